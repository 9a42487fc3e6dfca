"""Moderators keep the forum's categories and its edit window."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from community.access import moderator_required
from community.forum.forms import CategoryForm, ForumSettingsForm
from community.forum.models import Category, ForumSettings


@moderator_required
def category_list(request):
    settings_form = ForumSettingsForm(
        request.POST or None, instance=ForumSettings.current()
    )
    if request.method == "POST" and settings_form.is_valid():
        settings_form.save()
        messages.success(request, _("The forum settings are saved."))
        return redirect("forum:category_admin")
    return render(
        request,
        "forum/category_admin.html",
        {"categories": Category.objects.all(), "settings_form": settings_form},
    )


@moderator_required
def category_edit(request, pk=None):
    category = get_object_or_404(Category, pk=pk) if pk else None
    form = CategoryForm(request.POST or None, instance=category)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("The category is saved."))
        return redirect("forum:category_admin")
    return render(
        request, "forum/category_form.html", {"form": form, "category": category}
    )
