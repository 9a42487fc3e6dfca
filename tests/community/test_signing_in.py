"""Signing in and out: rate limits, suspension, "remember me", logout everywhere."""

import datetime

import pytest
from allauth.usersessions.models import UserSession
from django.conf import settings
from django.test import Client
from django.utils import timezone

from community.models import Membership
from community.services.membership import member_suspend
from tests.community import factories

pytestmark = pytest.mark.django_db

TOO_MANY = "Zbyt wiele nieudanych prób logowania"


def sign_in(client, email: str, password: str = factories.PASSWORD, **extra):
    return client.post(
        "/accounts/login/", {"login": email, "password": password, **extra}
    )


def test_five_failed_logins_block_the_account_for_a_while(client, home):
    member = factories.approved_member()
    for _ in range(5):
        failed = sign_in(client, member.email, "wrong-password")
        assert failed.status_code == 200
        assert TOO_MANY not in failed.content.decode()

    blocked = sign_in(client, member.email)

    assert blocked.status_code == 200
    assert TOO_MANY in blocked.content.decode()
    assert "_auth_user_id" not in client.session


def test_failed_logins_of_one_account_do_not_block_another(client, home):
    member, other = factories.approved_member(), factories.approved_member()
    for _ in range(5):
        sign_in(client, member.email, "wrong-password")

    assert sign_in(client, other.email).status_code == 302


def test_suspended_member_cannot_sign_in_and_is_told_why_and_until_when(client, home):
    until = timezone.localdate() + datetime.timedelta(days=10)
    member = factories.suspended_member(until=until, reason="Spam na forum.")

    response = sign_in(client, member.email)

    assert response.status_code == 403
    page = response.content.decode()
    assert "Spam na forum." in page
    assert until.strftime("%Y") in page
    assert "_auth_user_id" not in client.session


def test_suspension_signs_the_member_out_of_every_session(home):
    member = factories.approved_member()
    browsers = [Client(), Client()]
    for browser in browsers:
        assert sign_in(browser, member.email).status_code == 302
    assert UserSession.objects.filter(user=member).count() == 2

    member_suspend(
        membership=member.membership,
        actor=factories.moderator(),
        until=timezone.localdate(),
        reason="Naruszenie regulaminu.",
    )

    assert not UserSession.objects.filter(user=member).exists()
    for browser in browsers:
        response = browser.get("/czlonkowie/")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_member_suspended_while_signed_in_is_signed_out_and_told_why(client, home):
    member = factories.approved_member()
    client.force_login(member)
    Membership.objects.filter(user=member).update(
        suspended_until=timezone.localdate(), suspension_reason="Spam."
    )

    response = client.get("/czlonkowie/konto/")

    assert response.status_code == 403
    assert "Spam." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_without_remember_me_the_session_ends_with_the_browser(client, home):
    sign_in(client, factories.approved_member().email)

    assert client.session.get_expire_at_browser_close()


def test_remember_me_keeps_the_session_for_two_weeks(client, home):
    sign_in(client, factories.approved_member().email, remember="on")

    assert not client.session.get_expire_at_browser_close()
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE


def test_signing_out_of_other_sessions_ends_them(home):
    member = factories.approved_member()
    here, elsewhere = Client(), Client()
    sign_in(here, member.email)
    sign_in(elsewhere, member.email)
    here.post("/accounts/reauthenticate/", {"password": factories.PASSWORD})

    response = here.post("/accounts/sessions/")

    assert response.status_code == 302
    assert here.get("/czlonkowie/").status_code == 200
    assert elsewhere.get("/czlonkowie/").status_code == 302


def test_sign_in_page_offers_remember_me_and_password_reset(client, home):
    page = client.get("/accounts/login/").content.decode()

    assert 'name="remember"' in page
    assert 'href="/accounts/password/reset/"' in page


def test_password_reset_mail_has_a_link_that_sets_a_new_password(client, home):
    from django.core import mail

    member = factories.approved_member()
    client.post("/accounts/password/reset/", {"email": member.email})
    link = next(
        word for word in mail.outbox[-1].body.split() if "/password/reset/key/" in word
    )
    form = client.get(link, follow=True)
    new_password = "Nowe-haslo-klastra-2026"

    done = client.post(
        form.redirect_chain[-1][0],
        {"password1": new_password, "password2": new_password},
    )

    assert done.status_code == 302
    assert sign_in(Client(), member.email, new_password).status_code == 302
