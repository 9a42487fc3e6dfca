"""community.demo: the demo members, as load_demo_content makes them."""

import io
import re

import pytest
from allauth.mfa.models import Authenticator
from django.core.management.base import OutputWrapper
from django.test import Client

from community import demo
from community.access import is_approved_member, is_moderator
from community.models import Membership, Profile
from knowledge_base import demo as knowledge_base_demo

pytestmark = pytest.mark.django_db


def load(**options) -> str:
    """As load_demo_content calls it: each write is a line."""
    out = io.StringIO()
    demo.load(stdout=OutputWrapper(out), **options)
    return out.getvalue()


def password_of(output: str, email: str) -> str:
    return re.search(rf"{re.escape(email)} .*password: (\S+)$", output, re.M).group(1)


def test_makes_a_moderator_three_members_and_an_applicant(home):
    output = load()

    memberships = Membership.objects.select_related("user", "user__profile")
    approved = [m.user for m in memberships if is_approved_member(m.user)]
    moderators = [user for user in approved if is_moderator(user)]
    assert len(moderators) == 1
    assert len(approved) == 4
    assert len({user.profile.initiative_name for user in approved}) == 4
    assert Membership.objects.awaiting_decision().count() == 1
    assert Authenticator.objects.filter(user=moderators[0]).exists()
    assert "authenticator app secret (TOTP)" in output


def test_without_the_knowledge_base_initiatives_are_typed_names(home):
    load()

    members = Profile.objects.filter(user__email__in=[p.email for p in demo.PEOPLE])
    assert not members.filter(initiative__isnull=False).exists()
    assert "Pomorska Sieć Cyfrowa „Latarnia”" in {p.initiative_name for p in members}


def test_members_are_linked_to_the_knowledge_base_initiatives(home):
    knowledge_base_demo.load(stdout=io.StringIO())

    load()

    linked = Profile.objects.filter(initiative__isnull=False).select_related(
        "initiative__subregion"
    )
    assert sorted(profile.initiative.slug for profile in linked) == sorted(
        person.initiative_slug for person in demo.PEOPLE if person.initiative_slug
    )
    assert all(profile.cluster_initiative == "" for profile in linked)
    assert all(profile.effective_subregion for profile in linked)


def test_printed_passwords_work(home):
    output = load()

    for person in demo.PEOPLE:
        password = password_of(output, person.email)
        response = Client().post(
            "/accounts/login/", {"login": person.email, "password": password}
        )
        assert response.status_code == 302, person.email


def test_second_run_creates_nothing_and_prints_no_password(home):
    load()

    output = load()

    assert "password:" not in output
    assert Membership.objects.count() == len(demo.PEOPLE)


def test_reset_passwords_prints_new_ones(home):
    first = load()

    second = load(reset_passwords=True)

    email = demo.PEOPLE[1].email
    assert password_of(second, email) != password_of(first, email)
