"""Signing in for the browser journeys: members with their password, moderators and
editors with an authenticator code as well."""

import re
import time

from playwright.sync_api import expect

from tests.browser.test_members import totp_code
from tests.community import factories


def fresh_totp_code(secret: str, period: int = 30) -> str:
    """An authenticator code that stays valid long enough to be typed and checked:
    near the end of its 30-second period, wait for the next one."""
    left = period - time.time() % period
    if left < 4:
        time.sleep(left + 0.2)
    return totp_code(secret)


def sign_in(page, email: str, password: str = factories.PASSWORD, *, totp=None):
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Hasło").fill(password)
    page.get_by_role("button", name="Zaloguj").click()
    if totp:
        page.fill("#id_code", fresh_totp_code(totp))
        page.get_by_role("button", name="Zaloguj").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/"))


def staff(role_factory, **names):
    user = role_factory(two_factor=False, **names)
    user.totp_secret = factories.two_factor_enable(user)
    return user
