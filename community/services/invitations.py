"""Invitations: a moderator invites by e-mail; the link makes an approved account."""

import secrets

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from community.mail import absolute_url, mail_send
from community.models import Invitation, Membership
from community.models.invitation import token_hash
from community.roles import Role
from community.services.membership import _require_moderator, member_create
from knowledge_base.models import ClusterInitiativePage


def email_has_account(email: str) -> bool:
    return (
        EmailAddress.objects.filter(email__iexact=email).exists()
        or get_user_model().objects.filter(email__iexact=email).exists()
    )


@transaction.atomic
def invitation_create(*, email: str, actor) -> Invitation:
    """Store the invitation and e-mail its single-use link (valid 14 days). The
    token exists only in that e-mail; the database keeps its hash."""
    _require_moderator(actor)
    email = email.strip().lower()
    if email_has_account(email):
        raise ValidationError(
            {"email": _("Someone with this e-mail address already has an account.")}
        )
    token = secrets.token_urlsafe(32)
    invitation = Invitation(email=email, token_hash=token_hash(token), invited_by=actor)
    invitation.full_clean()
    invitation.save()
    mail_send(
        template="invitation",
        to=email,
        language=get_language(),
        context={
            "inviter": actor.get_full_name() or actor.email,
            "accept_url": absolute_url(
                reverse("community:invitation_accept", kwargs={"token": token})
            ),
            "expires_at": invitation.expires_at,
        },
    )
    return invitation


def invitation_problem(invitation: Invitation | None) -> str | None:
    """Why this invitation cannot be used, or None when it can."""
    if invitation is None:
        return _("This invitation link is not valid. Check that it was copied whole.")
    if invitation.is_accepted:
        return _("This invitation has already been used. Sign in instead.")
    if invitation.is_expired:
        return _("This invitation has expired. Ask a moderator to send you a new one.")
    if email_has_account(invitation.email):
        return _(
            "An account with this e-mail address already exists. Sign in, or reset "
            "your password if you have forgotten it."
        )
    return None


@transaction.atomic
def invitation_accept(
    *,
    invitation: Invitation,
    first_name: str,
    last_name: str,
    password: str,
    organisation: str,
    cluster_initiative: str,
    rules_accepted: bool,
    privacy_accepted: bool,
    initiative: ClusterInitiativePage | None = None,
):
    """Use the invitation once: an approved member with a verified address."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    problem = invitation_problem(invitation)
    if problem:
        raise ValidationError(problem)
    if not (rules_accepted and privacy_accepted):
        raise ValidationError(
            _("An account needs consent to the rules and the privacy policy.")
        )
    user = member_create(
        email=invitation.email,
        first_name=first_name,
        last_name=last_name,
        password=password,
        role=Role.MEMBER,
        source=Membership.Source.INVITATION,
        organisation=organisation,
        initiative=initiative,
        cluster_initiative=cluster_initiative,
        language=get_language(),
    )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return user
