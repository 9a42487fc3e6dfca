"""A coordinator's way in, in a real browser: apply, verify the e-mail address with the
link from the mail, get approved by a moderator (who signs in with an authenticator
code), sign in and reach the members' area. axe checks the pages on the way."""

import re

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.core import mail
from playwright.sync_api import expect

from tests.community import factories
from tests.website.factories import make_home_page

pytestmark = pytest.mark.browser

EMAIL = "jan.kowalski@example.org"
PASSWORD = "Klaster-Morski-2026"


def totp_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


@pytest.fixture
def site(live_server):
    return make_home_page()


def apply(page) -> None:
    page.goto("/accounts/signup/")
    page.fill("#id_email", EMAIL)
    page.fill("#id_first_name", "Jan")
    page.fill("#id_last_name", "Kowalski")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.fill("#id_organisation", "Bałtycki Klaster Morski")
    page.fill("#id_cluster_initiative", "Klaster Morski i Offshore")
    page.select_option("#id_role", "coordinator")
    page.fill("#id_motivation", "Chcę wymieniać doświadczenia z koordynatorami.")
    page.check("#id_accept_rules")
    page.check("#id_accept_privacy")
    page.get_by_role("button", name="Wyślij wniosek").click()
    expect(page.locator("h1")).to_contain_text("Zweryfikuj")


def verify_email_from_the_mail(page) -> None:
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[-1].body)
    page.goto(link.group(0))
    page.get_by_role("button", name="Potwierdź").click()


def sign_in(page, email: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Hasło").fill(password)
    page.get_by_role("button", name="Zaloguj").click()


def test_coordinator_applies_is_approved_and_signs_in(page, browser, site, axe):
    apply(page)
    verify_email_from_the_mail(page)

    expect(page.locator("[data-application-status=pending]")).to_be_visible()
    axe(page)

    moderator = factories.moderator(two_factor=False)
    secret = factories.two_factor_enable(moderator)
    moderator_context = browser.new_context(base_url=page.url.split("/czlonkowie")[0])
    moderator_page = moderator_context.new_page()
    sign_in(moderator_page, moderator.email, factories.PASSWORD)
    moderator_page.fill("#id_code", totp_code(secret))
    moderator_page.get_by_role("button", name="Zaloguj").click()
    moderator_page.goto("/czlonkowie/moderacja/wnioski/")
    axe(moderator_page)
    moderator_page.get_by_role("button", name="Zatwierdź: Jan Kowalski").click()
    expect(moderator_page.locator(".messages")).to_contain_text("Jan Kowalski")
    moderator_context.close()
    assert "zatwierdzony" in mail.outbox[-1].subject

    page.goto("/accounts/logout/")
    page.get_by_role("button", name="Wyloguj").click()
    sign_in(page, EMAIL, PASSWORD)

    expect(page.locator("h1")).to_have_text("Strefa członków")
    page.get_by_role("link", name="Katalog członków").click()
    expect(page.locator(".member-list")).to_contain_text("Jan Kowalski")


@pytest.mark.parametrize("path", ["/accounts/login/", "/accounts/signup/"])
def test_account_page_has_no_serious_accessibility_violations(page, site, axe, path):
    page.goto(path)
    axe(page)


def test_signup_with_errors_has_no_serious_accessibility_violations(page, site, axe):
    page.goto("/accounts/signup/")
    page.get_by_role("button", name="Wyślij wniosek").click()

    expect(page.locator(".error-summary")).to_be_focused()
    axe(page)


def test_application_status_page_has_no_serious_accessibility_violations(
    page, site, axe
):
    applicant = factories.pending_applicant()
    sign_in(page, applicant.email, factories.PASSWORD)

    expect(page.locator("[data-application-status=pending]")).to_be_visible()
    axe(page)


def test_members_pages_have_no_serious_accessibility_violations(page, site, axe):
    member = factories.approved_member()
    sign_in(page, member.email, factories.PASSWORD)

    for path in (
        "/czlonkowie/",
        "/czlonkowie/katalog/",
        "/czlonkowie/profil/",
        "/czlonkowie/konto/",
        "/czlonkowie/moje-dane/",
        "/accounts/2fa/",
        "/accounts/email/",
        "/accounts/password/change/",
        "/accounts/sessions/",
        "/czlonkowie/kim-jestesmy/",
    ):
        page.goto(path)
        axe(page)


def test_authenticator_setup_page_has_no_serious_accessibility_violations(
    page, site, axe
):
    moderator = factories.moderator(two_factor=False)
    sign_in(page, moderator.email, factories.PASSWORD)
    page.goto("/czlonkowie/moderacja/wnioski/")
    # Sent to set up two-factor authentication, after giving the password again.
    page.get_by_label("Hasło").fill(factories.PASSWORD)
    page.get_by_role("button", name="Potwierdź").click()

    expect(page.locator("img.qr-code")).to_be_visible()
    axe(page)
