from allauth.account.utils import perform_login
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.urls import reverse

from community.forms import InvitationAcceptForm
from community.models import Invitation
from community.services.invitations import invitation_accept, invitation_problem


def invitation_accept_view(request, token: str):
    """The invitation link: a form that makes an approved account for the invited
    address, or a page that says why the link cannot be used."""
    invitation = Invitation.objects.for_token(token).first()
    problem = invitation_problem(invitation)
    if problem:
        return render(
            request,
            "community/invitation_invalid.html",
            {"problem": problem},
            status=410,
        )
    form = InvitationAcceptForm(request.POST or None, email=invitation.email)
    if form.is_valid():
        data = form.cleaned_data
        try:
            user = invitation_accept(
                invitation=invitation,
                first_name=data["first_name"],
                last_name=data["last_name"],
                password=data["password1"],
                organisation=data["organisation"],
                initiative=data["initiative"],
                cluster_initiative=data["cluster_initiative"],
                rules_accepted=data["accept_rules"],
                privacy_accepted=data["accept_privacy"],
            )
        except ValidationError as error:
            return render(
                request,
                "community/invitation_invalid.html",
                {"problem": " ".join(error.messages)},
                status=410,
            )
        # Through allauth, so the session is recorded like any other sign-in.
        return perform_login(
            request, user, redirect_url=reverse("community:home"), signup=True
        )
    return render(
        request,
        "community/invitation_accept.html",
        {"form": form, "invitation": invitation},
    )
