"""add_member EMAIL --name "..." [--role member|moderator|editor]."""

import io

import pytest
from allauth.account.models import EmailAddress
from django.core.management import CommandError, call_command
from django.test import Client

from community.access import is_approved_member, is_moderator
from community.roles import EDITORS_GROUP

pytestmark = pytest.mark.django_db

EMAIL = "jan.nowak@example.org"


def add_member(*args, stdin: str = "") -> str:
    out = io.StringIO()
    call_command("add_member", *args, stdout=out, stdin=io.StringIO(stdin))
    return out.getvalue()


def test_creates_a_verified_approved_member_with_the_password_from_stdin(home):
    output = add_member(EMAIL, "--name", "Jan Nowak", stdin="Haslo-z-wejscia-2026\n")

    address = EmailAddress.objects.get(email=EMAIL)
    assert address.verified and address.primary
    user = address.user
    assert user.get_full_name() == "Jan Nowak"
    assert is_approved_member(user)
    assert "password" not in output
    response = Client().post(
        "/accounts/login/", {"login": EMAIL, "password": "Haslo-z-wejscia-2026"}
    )
    assert response["Location"] == "/czlonkowie/"


def test_prints_a_generated_password_when_none_is_given(home):
    output = add_member(EMAIL, "--name", "Jan Nowak")

    password = output.split("password: ")[1].split()[0]
    response = Client().post("/accounts/login/", {"login": EMAIL, "password": password})
    assert response.status_code == 302


def test_roles(home):
    add_member("mod@example.org", "--name", "Ewa Mod", "--role", "moderator")
    add_member("red@example.org", "--name", "Ola Red", "--role", "editor")

    moderator = EmailAddress.objects.get(email="mod@example.org").user
    editor = EmailAddress.objects.get(email="red@example.org").user
    assert is_moderator(moderator)
    assert editor.groups.filter(name=EDITORS_GROUP).exists()
    assert editor.has_perm("wagtailadmin.access_admin")


def test_refuses_an_address_that_has_an_account(home):
    add_member(EMAIL, "--name", "Jan Nowak")

    with pytest.raises(CommandError, match="istnieje"):
        add_member(EMAIL, "--name", "Jan Nowak")


def test_refuses_a_weak_password(home):
    with pytest.raises(CommandError):
        add_member(EMAIL, "--name", "Jan Nowak", stdin="123\n")

    assert not EmailAddress.objects.filter(email=EMAIL).exists()
