"""Moderators' pages: applications, invitations and suspensions."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.access import moderator_required
from community.forms import InvitationForm, RejectionForm, SuspensionForm
from community.models import Invitation, Membership
from community.services.invitations import invitation_create
from community.services.membership import (
    application_reject,
    member_approve,
    member_suspend,
    member_suspension_lift,
)


def _form_errors_from(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@moderator_required
def applications(request):
    pending = Membership.objects.awaiting_decision().select_related(
        "user", "user__profile__initiative"
    )
    return render(
        request, "community/moderation/applications.html", {"applications": pending}
    )


@moderator_required
@require_POST
def application_approve(request, pk: int):
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=pk)
    try:
        member_approve(membership=membership, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(name)s is now a member; they have been told by e-mail.")
            % {"name": membership.user.get_full_name()},
        )
    return redirect("community:moderation_applications")


@moderator_required
def application_reject_form(request, pk: int):
    membership = get_object_or_404(
        Membership.objects.pending().select_related("user", "user__profile"), pk=pk
    )
    form = RejectionForm(request.POST or None)
    if form.is_valid():
        try:
            application_reject(
                membership=membership,
                actor=request.user,
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            _form_errors_from(form, error)
        else:
            messages.success(
                request,
                _("The application of %(name)s has been rejected.")
                % {"name": membership.user.get_full_name()},
            )
            return redirect("community:moderation_applications")
    return render(
        request,
        "community/moderation/reject.html",
        {"form": form, "membership": membership},
    )


@moderator_required
def invitations(request):
    form = InvitationForm(request.POST or None)
    if form.is_valid():
        try:
            invitation = invitation_create(
                email=form.cleaned_data["email"], actor=request.user
            )
        except ValidationError as error:
            _form_errors_from(form, error)
        else:
            messages.success(
                request,
                _("An invitation has been sent to %(email)s.")
                % {"email": invitation.email},
            )
            return redirect("community:moderation_invitations")
    sent = Invitation.objects.select_related("invited_by")[:50]
    return render(
        request,
        "community/moderation/invitations.html",
        {"form": form, "invitations": sent},
    )


@moderator_required
def members(request):
    memberships = (
        Membership.objects.filter(status=Membership.Status.APPROVED)
        .select_related("user", "user__profile")
        .order_by("user__last_name", "user__first_name")
    )
    return render(
        request, "community/moderation/members.html", {"memberships": memberships}
    )


@moderator_required
def member_suspend_form(request, pk: int):
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=pk)
    form = SuspensionForm(request.POST or None)
    if form.is_valid():
        try:
            member_suspend(
                membership=membership,
                actor=request.user,
                until=form.cleaned_data["until"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            _form_errors_from(form, error)
        else:
            messages.success(
                request,
                _("%(name)s has been suspended and signed out.")
                % {"name": membership.user.get_full_name()},
            )
            return redirect("community:moderation_members")
    return render(
        request,
        "community/moderation/suspend.html",
        {"form": form, "membership": membership},
    )


@moderator_required
@require_POST
def member_suspension_lift_view(request, pk: int):
    membership = get_object_or_404(Membership.objects.select_related("user"), pk=pk)
    member_suspension_lift(membership=membership, actor=request.user)
    messages.success(
        request,
        _("The suspension of %(name)s has been lifted.")
        % {"name": membership.user.get_full_name()},
    )
    return redirect("community:moderation_members")
