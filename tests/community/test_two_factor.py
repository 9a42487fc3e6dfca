"""Two-factor authentication: optional for members, required of moderators and
editors before moderator pages and the admin."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)

from tests.community import factories

pytestmark = pytest.mark.django_db

SETUP = "/accounts/2fa/totp/activate/"


def current_code(secret: str) -> str:
    counter = next(yield_hotp_counters_from_time())
    return format_hotp_value(hotp_value(secret, counter))


def test_moderator_without_two_factor_is_sent_to_set_it_up(client, home):
    client.force_login(factories.moderator(two_factor=False))

    response = client.get("/czlonkowie/moderacja/wnioski/")

    assert response.status_code == 302
    assert response["Location"] == SETUP
    # allauth asks for the password again before a security setting changes.
    setup = client.get(SETUP, follow=True)
    assert "muszą włączyć uwierzytelnianie dwuskładnikowe" in setup.content.decode()


@pytest.mark.parametrize("make", [factories.moderator, factories.editor])
def test_staff_without_two_factor_cannot_open_the_admin(client, home, make):
    client.force_login(make(two_factor=False))

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == SETUP


@pytest.mark.parametrize("make", [factories.moderator, factories.editor])
def test_staff_with_two_factor_opens_the_admin(client, home, make):
    client.force_login(make())

    assert client.get("/admin/").status_code == 200


def test_member_without_two_factor_reaches_members_pages(client, home):
    client.force_login(factories.approved_member())

    assert client.get("/czlonkowie/katalog/").status_code == 200


def test_member_may_turn_two_factor_on_and_then_must_give_a_code(client, home):
    member = factories.approved_member()
    client.post(
        "/accounts/login/", {"login": member.email, "password": factories.PASSWORD}
    )
    client.post("/accounts/reauthenticate/", {"password": factories.PASSWORD})
    page = client.get(SETUP)
    secret = page.context["form"].secret
    activated = client.post(SETUP, {"code": current_code(secret)})
    assert activated.status_code == 302
    assert Authenticator.objects.filter(
        user=member, type=Authenticator.Type.TOTP
    ).exists()
    assert Authenticator.objects.filter(
        user=member, type=Authenticator.Type.RECOVERY_CODES
    ).exists()
    client.post("/accounts/logout/")

    response = client.post(
        "/accounts/login/", {"login": member.email, "password": factories.PASSWORD}
    )

    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session


def test_sign_in_with_password_and_authenticator_code(client, home):
    moderator = factories.moderator(two_factor=False)
    secret = factories.two_factor_enable(moderator)
    client.post(
        "/accounts/login/", {"login": moderator.email, "password": factories.PASSWORD}
    )

    response = client.post(
        "/accounts/2fa/authenticate/", {"code": current_code(secret)}
    )

    assert response.status_code == 302
    assert client.get("/czlonkowie/moderacja/wnioski/").status_code == 200


def test_the_admins_own_login_forms_send_people_to_allauth(client, home):
    for url in ("/admin/login/", "/django-admin/login/"):
        response = client.get(url + "?next=/admin/")
        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/?next=/admin/"


def test_anonymous_visitor_of_the_admin_is_sent_to_allauth_login(client, home):
    response = client.get("/admin/")

    assert response["Location"].startswith("/accounts/login/")
