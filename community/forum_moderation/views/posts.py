"""Members flag posts; moderators hide them and show them again."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.access import is_moderator, member_required, moderator_required
from community.forum.models import Post, Topic
from community.forum_moderation.forms import FlagForm, HideForm
from community.forum_moderation.services.posts import (
    flag_create,
    post_hide,
    post_unhide,
)
from community.forum_moderation.views.forms import form_errors_from


def _visible_post(user, pk: int) -> Post:
    posts = Post.objects.filter(
        topic__in=Topic.objects.visible_to(user), deleted_at__isnull=True
    ).select_related("topic__category", "author__profile")
    if not is_moderator(user):
        # A hidden post's text is for moderators: the flag form must not show it.
        posts = posts.filter(is_hidden=False)
    return get_object_or_404(posts, pk=pk)


def _next_or(request, default: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else default


@member_required
def flag(request, pk: int):
    post = _visible_post(request.user, pk)
    form = FlagForm(request.POST or None)
    if form.is_valid():
        try:
            flag_create(
                reporter=request.user, post=post, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form_errors_from(form, error)
        else:
            messages.success(
                request, _("Thank you. Moderators will look at this post.")
            )
            return redirect(post.get_absolute_url())
    return render(request, "forum/moderation/flag.html", {"form": form, "post": post})


@moderator_required
def hide(request, pk: int):
    post = _visible_post(request.user, pk)
    form = HideForm(request.POST or None)
    if form.is_valid():
        try:
            post_hide(
                moderator=request.user, post=post, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form_errors_from(form, error)
        else:
            messages.success(request, _("The post has been hidden."))
            return redirect(_next_or(request, post.get_absolute_url()))
    return render(
        request,
        "forum/moderation/hide.html",
        {"form": form, "post": post, "next": _next_or(request, "")},
    )


@moderator_required
@require_POST
def unhide(request, pk: int):
    post = _visible_post(request.user, pk)
    try:
        post_unhide(
            moderator=request.user, post=post, reason=request.POST.get("reason", "")
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The post is shown again."))
    return redirect(post.get_absolute_url())
