"""People in every state the community knows, for tests of any app:

    from tests.community.factories import approved_member, pending_applicant
    member = approved_member()
    client.force_login(member)

Each call makes a new person with a unique e-mail address and the password
PASSWORD. Moderators and editors have two-factor authentication turned on unless
asked otherwise (`two_factor=False`), as the site requires of them.
"""

import datetime
import itertools

from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth import get_user_model
from django.utils import timezone

from community.models import Membership
from community.roles import Role
from community.services.membership import application_submit, member_create

PASSWORD = "Pomorskie-klastry-2026"
_numbers = itertools.count(1)


def _email(kind: str) -> str:
    return f"{kind}{next(_numbers)}@example.org"


def approved_member(
    email: str | None = None,
    *,
    first_name: str = "Anna",
    last_name: str = "Nowak",
    organisation: str = "Pomorski Klaster ICT",
    cluster_initiative: str = "Interizon",
    initiative=None,
    role: Role = Role.MEMBER,
):
    """`initiative` (a ClusterInitiativePage) replaces the free-text name."""
    return member_create(
        email=email or _email(role.value),
        first_name=first_name,
        last_name=last_name,
        password=PASSWORD,
        role=role,
        organisation=organisation,
        initiative=initiative,
        cluster_initiative="" if initiative else cluster_initiative,
    )


def two_factor_enable(user) -> str:
    """Turn on an authenticator app for the user; returns its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def moderator(email: str | None = None, *, two_factor: bool = True, **kwargs):
    user = approved_member(email, role=Role.MODERATOR, **kwargs)
    if two_factor:
        two_factor_enable(user)
    return user


def editor(email: str | None = None, *, two_factor: bool = True, **kwargs):
    user = approved_member(email, role=Role.EDITOR, **kwargs)
    if two_factor:
        two_factor_enable(user)
    return user


def pending_applicant(
    email: str | None = None,
    *,
    first_name: str = "Piotr",
    last_name: str = "Kowalski",
    verified: bool = True,
):
    """Signed up, e-mail verified (unless told otherwise), waiting for a decision."""
    email = email or _email("applicant")
    user = get_user_model().objects.create_user(
        username=email,
        email=email,
        password=PASSWORD,
        first_name=first_name,
        last_name=last_name,
    )
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    application_submit(
        user=user,
        organisation="Bałtycki Klaster Morski",
        cluster_initiative="Klaster Morski",
        role="coordinator",
        motivation="Chcę wymieniać doświadczenia z innymi koordynatorami.",
        rules_accepted=True,
        privacy_accepted=True,
        language="pl",
    )
    return user


def rejected_applicant(email: str | None = None, *, reason: str = "Brak danych."):
    user = pending_applicant(email)
    Membership.objects.filter(user=user).update(
        status=Membership.Status.REJECTED,
        rejection_reason=reason,
        decided_at=timezone.now(),
    )
    return get_user_model().objects.get(pk=user.pk)


def suspended_member(
    email: str | None = None,
    *,
    until: datetime.date | None = None,
    reason: str = "Naruszenie regulaminu forum.",
    **kwargs,
):
    user = approved_member(email, **kwargs)
    Membership.objects.filter(user=user).update(
        suspended_until=until or timezone.localdate() + datetime.timedelta(days=7),
        suspension_reason=reason,
    )
    return get_user_model().objects.get(pk=user.pk)
