"""Membership: applications, moderators' decisions, suspensions, operators' accounts."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from community import access
from community.forum.services.handles import handle_ensure
from community.mail import absolute_url, mail_send
from community.models import Membership, Profile
from community.roles import Role, role_grant
from community.sessions import sessions_end
from community.usernames import username_for_email
from knowledge_base.models import ClusterInitiativePage


def _require_moderator(actor) -> None:
    if not access.is_moderator(actor):
        raise PermissionDenied(_("Only moderators may do this."))


@transaction.atomic
def application_submit(
    *,
    user,
    organisation: str,
    cluster_initiative: str,
    role: str,
    motivation: str,
    rules_accepted: bool,
    privacy_accepted: bool,
    language: str,
    initiative: ClusterInitiativePage | None = None,
) -> Membership:
    """The application made at sign-up; it waits for a moderator."""
    if not (rules_accepted and privacy_accepted):
        raise ValidationError(
            _("An application needs consent to the rules and the privacy policy.")
        )
    now = timezone.now()
    membership = Membership(
        user=user,
        role=role,
        motivation=motivation,
        rules_accepted_at=now,
        privacy_accepted_at=now,
        language=language,
        applied_at=now,
    )
    membership.full_clean()
    membership.save()
    _profile_create(
        user=user,
        organisation=organisation,
        initiative=initiative,
        cluster_initiative=cluster_initiative,
    )
    return membership


def _profile_create(
    *,
    user,
    organisation: str,
    initiative: ClusterInitiativePage | None,
    cluster_initiative: str,
) -> Profile:
    profile = Profile(
        user=user,
        organisation=organisation,
        initiative=initiative,
        cluster_initiative=cluster_initiative,
    )
    profile.full_clean()
    profile.save()
    return profile


def _decide(membership: Membership, *, actor, status: str, reason: str = "") -> None:
    if not membership.is_pending:
        raise ValidationError(_("This application has already been decided."))
    membership.status = status
    membership.rejection_reason = reason
    membership.decided_at = timezone.now()
    membership.decided_by = actor
    membership.full_clean()
    membership.save()


@transaction.atomic
def member_approve(*, membership: Membership, actor) -> Membership:
    _require_moderator(actor)
    _decide(membership, actor=actor, status=Membership.Status.APPROVED)
    role_grant(membership.user, Role.MEMBER)
    handle_ensure(user=membership.user)  # others can @mention them from now on
    mail_send(
        template="application_approved",
        to=membership.user.email,
        language=membership.language,
        context={
            "name": membership.user.get_full_name(),
            "members_url": absolute_url(reverse("community:home")),
        },
    )
    return membership


@transaction.atomic
def application_reject(*, membership: Membership, actor, reason: str) -> Membership:
    _require_moderator(actor)
    if not reason.strip():
        raise ValidationError({"reason": _("Give the applicant a reason.")})
    _decide(membership, actor=actor, status=Membership.Status.REJECTED, reason=reason)
    mail_send(
        template="application_rejected",
        to=membership.user.email,
        language=membership.language,
        context={"name": membership.user.get_full_name(), "reason": reason},
    )
    return membership


@transaction.atomic
def member_suspend(
    *, membership: Membership, actor, until: datetime.date, reason: str
) -> Membership:
    """Suspend a member until the end of `until`: they are signed out everywhere and
    cannot sign in again before then."""
    _require_moderator(actor)
    if membership.user_id == actor.pk:
        raise ValidationError(_("You cannot suspend yourself."))
    if membership.user.is_superuser:
        raise ValidationError(_("Administrators cannot be suspended here."))
    if until < timezone.localdate():
        raise ValidationError({"until": _("The date must not be in the past.")})
    if not reason.strip():
        raise ValidationError({"reason": _("Give the member a reason.")})
    membership.suspended_until = until
    membership.suspension_reason = reason
    membership.suspended_by = actor
    membership.full_clean()
    membership.save()
    sessions_end(user=membership.user)
    mail_send(
        template="member_suspended",
        to=membership.user.email,
        language=membership.language,
        context={
            "name": membership.user.get_full_name(),
            "until": until,
            "reason": reason,
        },
    )
    return membership


@transaction.atomic
def member_suspension_lift(*, membership: Membership, actor) -> Membership:
    _require_moderator(actor)
    membership.suspended_until = None
    membership.suspension_reason = ""
    membership.suspended_by = None
    membership.full_clean()
    membership.save()
    return membership


@transaction.atomic
def member_create(
    *,
    email: str,
    first_name: str,
    last_name: str,
    password: str,
    role: Role = Role.MEMBER,
    source: str = Membership.Source.OPERATOR,
    organisation: str = "",
    initiative: ClusterInitiativePage | None = None,
    cluster_initiative: str = "",
    language: str = "pl",
):
    """A verified, approved account made by an operator (add_member) or through an
    invitation."""
    User = get_user_model()
    email = email.strip().lower()
    if EmailAddress.objects.filter(email__iexact=email).exists() or (
        User.objects.filter(email__iexact=email).exists()
    ):
        raise ValidationError({"email": _("An account with this e-mail exists.")})
    user = User(
        username=username_for_email(email),
        email=email,
        first_name=first_name,
        last_name=last_name,
    )
    user.set_password(password)
    user.full_clean()
    user.save()
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    member_enrol(
        user=user,
        role=role,
        source=source,
        organisation=organisation,
        initiative=initiative,
        cluster_initiative=cluster_initiative,
        language=language,
    )
    return user


@transaction.atomic
def member_enrol(
    *,
    user,
    role: Role = Role.MEMBER,
    source: str = Membership.Source.OPERATOR,
    organisation: str = "",
    initiative: ClusterInitiativePage | None = None,
    cluster_initiative: str = "",
    language: str = "pl",
) -> Membership:
    """Make an existing account an approved member with `role`, without an
    application (operators, invitations, the demo's staff accounts)."""
    now = timezone.now()
    consented = now if source == Membership.Source.INVITATION else None
    membership = Membership(
        user=user,
        status=Membership.Status.APPROVED,
        source=source,
        rules_accepted_at=consented,
        privacy_accepted_at=consented,
        language=language,
        applied_at=now,
        decided_at=now,
    )
    membership.full_clean()
    membership.save()
    _profile_create(
        user=user,
        organisation=organisation,
        initiative=initiative,
        cluster_initiative=cluster_initiative,
    )
    role_grant(user, role)
    handle_ensure(user=user)
    return membership
