"""The member's notification pages, watch controls, and the links from e-mails
(unsubscribe works without signing in: the signed token is the permission)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from community.access import member_required
from community.forum.models import Category, Topic
from community.notifications import services
from community.notifications.forms import EmailModeForm, WatchLevelForm
from community.notifications.selectors import (
    notification_settings_of,
    notifications_for_list,
)
from community.notifications.tokens import unsubscribe_user
from community.notifications.watches import category_watch_set, topic_watch_set

PAGE_SIZE = 20


@member_required
def notification_list(request):
    page = Paginator(notifications_for_list(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "forum/notifications/notification_list.html",
        {"page_obj": page, "notifications": page.object_list},
    )


def _back_to_list(request):
    page = request.POST.get("page", "")
    url = reverse("forum:notifications:list")
    return redirect(f"{url}?page={page}" if page.isdigit() else url)


@member_required
@require_POST
def notification_read(request, pk: int):
    if not services.notification_mark_read(user=request.user, notification_id=pk):
        return redirect("forum:notifications:list")
    return _back_to_list(request)


@member_required
@require_POST
def notifications_read_all(request):
    services.notifications_mark_all_read(user=request.user)
    messages.success(request, _("All notifications are marked as read."))
    return _back_to_list(request)


def _preferences_page(request, *, form=None, feed_url=None, status=200):
    settings = notification_settings_of(request.user)
    form = form or EmailModeForm(initial={"email_mode": settings.email_mode})
    return render(
        request,
        "forum/notifications/preferences.html",
        {"form": form, "notification_settings": settings, "feed_url": feed_url},
        status=status,
    )


@member_required
def preferences(request):
    if request.method != "POST":
        return _preferences_page(request)
    form = EmailModeForm(request.POST)
    if not form.is_valid():
        return _preferences_page(request, form=form, status=400)
    services.notification_settings_update(
        user=request.user, email_mode=form.cleaned_data["email_mode"]
    )
    messages.success(request, _("Your notification settings have been saved."))
    return redirect("forum:notifications:preferences")


@member_required
@require_POST
def feed_token_new_view(request):
    token = services.feed_token_regenerate(user=request.user)
    feed_url = request.build_absolute_uri(
        reverse("forum:notifications:feed", kwargs={"token": token})
    )
    # Shown in this answer only: the database keeps just the token's hash.
    return _preferences_page(request, feed_url=feed_url)


@member_required
@require_POST
def feed_token_revoke_view(request):
    services.feed_token_revoke(user=request.user)
    messages.success(request, _("Your private feed address no longer works."))
    return redirect("forum:notifications:preferences")


# No CSRF token: mail programs send the RFC 8058 one-click POST without cookies.
# The signed token in the address is the proof; without it nothing changes.
@csrf_exempt
def unsubscribe(request, token: str):
    user = unsubscribe_user(token)
    if user is None:
        return render(
            request, "forum/notifications/unsubscribe_invalid.html", status=404
        )
    if request.method == "POST":
        services.email_unsubscribe(user=user)
        return render(request, "forum/notifications/unsubscribe_done.html")
    return render(
        request, "forum/notifications/unsubscribe_confirm.html", {"token": token}
    )


@member_required
@require_POST
def topic_watch(request, pk: int):
    topic = get_object_or_404(Topic.objects.visible_to(request.user), pk=pk)
    form = WatchLevelForm(request.POST)
    if form.is_valid():
        topic_watch_set(
            user=request.user, topic=topic, level=form.cleaned_data["level"]
        )
        messages.success(request, _("Your notification level for this topic is saved."))
    else:
        messages.error(request, _("Choose one of the notification levels."))
    return redirect(topic.get_absolute_url())


@member_required
@require_POST
def category_watch(request, pk: int):
    category = get_object_or_404(Category.objects.visible_to(request.user), pk=pk)
    form = WatchLevelForm(request.POST)
    if form.is_valid():
        category_watch_set(
            user=request.user, category=category, level=form.cleaned_data["level"]
        )
        messages.success(
            request, _("Your notification level for this category is saved.")
        )
    else:
        messages.error(request, _("Choose one of the notification levels."))
    return redirect(category.get_absolute_url())
