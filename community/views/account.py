"""A person's own account: its overview, the profile, the JSON export of their
data and deleting the account."""

import json

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from community import access
from community.access import member_required
from community.forms import AccountDeleteForm, ProfileForm
from community.personal_data import personal_data_export
from community.services.accounts import account_delete
from community.services.profiles import profile_update


@login_required
def account_overview(request):
    """What a signed-in person may always see: where their membership stands, and
    their account's settings."""
    return render(
        request,
        "community/account.html",
        {
            "membership": access.membership_of(request.user),
            "is_member": access.is_approved_member(request.user),
        },
    )


@member_required
def profile_edit(request):
    profile = request.user.profile
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if form.is_valid():
        profile_update(
            profile=profile,
            actor=request.user,
            data=form.cleaned_data,
            avatar=form.cleaned_data["avatar_upload"],
            avatar_remove=form.cleaned_data["avatar_remove"],
        )
        messages.success(request, _("Your profile has been saved."))
        return redirect("community:profile_edit")
    return render(request, "community/profile_form.html", {"form": form})


@login_required
def personal_data(request):
    return render(request, "community/personal_data.html")


@login_required
@require_GET
def personal_data_download(request):
    data = personal_data_export(request.user, request)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"klastry-pomorskie-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@reauthentication_required
def account_delete_view(request):
    form = AccountDeleteForm(request.POST or None)
    if form.is_valid():
        user = request.user
        logout(request)
        account_delete(user=user, actor=user)
        messages.success(
            request, _("Your account and personal data have been deleted.")
        )
        return redirect("/")
    return render(request, "community/account_delete.html", {"form": form})
