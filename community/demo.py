"""The community's demo accounts: a moderator, three approved members of different
cluster initiatives and one applicant waiting for a decision. It also makes the
website's demo editor an approved member.

The members are linked to the knowledge base's demo initiatives when those exist
(its loader runs first); otherwise their initiatives are names typed as free text.

Passwords are generated with `secrets` when an account is created (or again with
--reset-passwords) and printed once. The site requires two-factor authentication of
moderators and editors, so the demo moderator and editor come with an authenticator
app already turned on; its secret is printed with them, to type into any TOTP app.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.utils import decrypt
from django.contrib.auth import get_user_model

from community.models import Membership
from community.roles import Role
from community.services.membership import (
    application_submit,
    member_create,
    member_enrol,
)
from community.services.profiles import profile_update
from knowledge_base.models import ClusterInitiativePage, Subregion
from website.demo import Tally
from website.demo.accounts import DEMO_ACCOUNTS, EDITORS_GROUP


@dataclass(frozen=True)
class DemoPerson:
    label: str
    email: str
    first_name: str
    last_name: str
    organisation: str
    cluster_initiative: str
    initiative_slug: str = ""
    subregion: str = ""
    role: Role = Role.MEMBER
    pending: bool = False
    profile: dict = field(default_factory=dict)


PEOPLE = (
    DemoPerson(
        label="Moderator",
        email="moderator@klastry.pomorskie.eu",
        first_name="Katarzyna",
        last_name="Zielińska",
        organisation="Urząd Marszałkowski Województwa Pomorskiego",
        cluster_initiative="Punkt Kontaktowy ds. klastrów",
        subregion="metropolitalny",
        role=Role.MODERATOR,
        profile={"position": "Specjalistka ds. klastrów"},
    ),
    DemoPerson(
        label="Member",
        email="anna.kaminska@interizon.example",
        first_name="Anna",
        last_name="Kamińska",
        organisation="Fundacja „Latarnia Cyfrowa”",
        cluster_initiative="Pomorska Sieć Cyfrowa „Latarnia”",
        initiative_slug="siec-cyfrowa-latarnia",
        subregion="metropolitalny",
        profile={
            "position": "Koordynatorka klastra",
            "bio": "Od 2012 r. koordynuję współpracę firm ICT i uczelni Trójmiasta.",
            "listed_publicly": True,
            "show_email_to_members": True,
        },
    ),
    DemoPerson(
        label="Member",
        email="piotr.nowicki@zielonachemia.example",
        first_name="Piotr",
        last_name="Nowicki",
        organisation="Fundacja Rozwoju Powiśla",
        cluster_initiative="Sieć Innowacji Chemicznych Powiśla",
        initiative_slug="siec-innowacji-chemicznych-powisla",
        subregion="kwidzynski",
        profile={
            "position": "Menedżer klastra",
            "listed_publicly": True,
        },
    ),
    DemoPerson(
        label="Member",
        email="ewa.szymanska@kociewie.example",
        first_name="Ewa",
        last_name="Szymańska",
        organisation="Stowarzyszenie „Kociewskie Smaki”",
        cluster_initiative="Klaster Spożywczy „Kociewskie Smaki”",
        initiative_slug="klaster-kociewskie-smaki",
        subregion="starogardzki",
        profile={"position": "Animatorka klastra"},
    ),
    DemoPerson(
        label="Applicant",
        email="marek.lewandowski@turystyka.example",
        first_name="Marek",
        last_name="Lewandowski",
        organisation="Słupska Izba Turystyki",
        cluster_initiative="Słupski Klaster Turystyczny (w tworzeniu)",
        pending=True,
    ),
)


def load(*, stdout, reset_passwords: bool = False) -> list[Tally]:
    tally = Tally("member accounts")
    for person in PEOPLE:
        user, created = _person(person)
        tally.record(created=created)
        if created or reset_passwords:
            password = _new_password(user)
            action = "created" if created else "has a new password"
            stdout.write(
                f"{person.label} {person.email} {action}, password: {password}"
            )
        else:
            stdout.write(
                f"{person.label} {person.email} already exists; "
                "run with --reset-passwords to set a new password."
            )
        if person.role != Role.MEMBER:
            _two_factor(user, label=person.label, stdout=stdout, show=reset_passwords)
    _website_editor(stdout=stdout, show=reset_passwords)
    return [tally]


def _person(person: DemoPerson):
    User = get_user_model()
    existing = User.objects.filter(email__iexact=person.email).first()
    if existing is not None:
        return existing, False
    placeholder = secrets.token_urlsafe(12)  # replaced by _new_password at once
    if person.pending:
        user = User.objects.create_user(
            username=person.email,
            email=person.email,
            password=placeholder,
            first_name=person.first_name,
            last_name=person.last_name,
        )
        EmailAddress.objects.create(
            user=user, email=person.email, verified=True, primary=True
        )
        application_submit(
            user=user,
            organisation=person.organisation,
            cluster_initiative=person.cluster_initiative,
            role="coordinator",
            motivation=(
                "Tworzymy klaster turystyczny w subregionie słupskim i chcemy uczyć "
                "się od koordynatorów, którzy mają to już za sobą."
            ),
            rules_accepted=True,
            privacy_accepted=True,
            language="pl",
        )
        return user, True
    initiative = _initiative(person.initiative_slug)
    user = member_create(
        email=person.email,
        first_name=person.first_name,
        last_name=person.last_name,
        password=placeholder,
        role=person.role,
        organisation=person.organisation,
        initiative=initiative,
        cluster_initiative="" if initiative else person.cluster_initiative,
    )
    subregion = Subregion.objects.filter(slug=person.subregion).first()
    profile_update(
        profile=user.profile,
        actor=user,
        data={**person.profile, "subregion": subregion},
    )
    return user, True


def _initiative(slug: str) -> ClusterInitiativePage | None:
    """The knowledge base's Polish page of a demo initiative, if it is loaded."""
    if not slug:
        return None
    return ClusterInitiativePage.objects.filter(
        slug=slug, locale__language_code="pl"
    ).first()


def _two_factor(user, *, label: str, stdout, show: bool) -> None:
    """Turn on an authenticator app, printing its secret when it is new (or on
    --reset-passwords, to set up the app again)."""
    authenticator = Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).first()
    if authenticator is None:
        secret = generate_totp_secret()
        TOTP.activate(user, secret)
    elif show:
        secret = decrypt(authenticator.data["secret"])
    else:
        return
    stdout.write(
        f"{label} {user.email}: two-factor authentication is on; "
        f"authenticator app secret (TOTP): {secret}"
    )


def _website_editor(*, stdout, show: bool) -> None:
    email = next(a.email for a in DEMO_ACCOUNTS if a.group == EDITORS_GROUP)
    editor = get_user_model().objects.filter(email__iexact=email).first()
    if editor is None:
        return
    if not Membership.objects.filter(user=editor).exists():
        if not EmailAddress.objects.filter(user=editor).exists():
            EmailAddress.objects.create(
                user=editor, email=email, verified=True, primary=True
            )
        member_enrol(
            user=editor,
            role=Role.EDITOR,
            organisation="Urząd Marszałkowski Województwa Pomorskiego",
            cluster_initiative="Punkt Kontaktowy ds. klastrów",
        )
    _two_factor(editor, label="Editor", stdout=stdout, show=show)


def _new_password(user) -> str:
    password = secrets.token_urlsafe(12)
    user.set_password(password)
    user.save(update_fields=["password"])
    return password
