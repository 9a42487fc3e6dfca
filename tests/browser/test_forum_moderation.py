"""The moderators' forum pages in a real browser: a moderator signs in with an
authenticator code, hides a flagged post from the queue, and axe finds nothing
serious on the queue, the hiding form or the audit log."""

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from playwright.sync_api import expect

from community.forum.models import Post
from community.forum_moderation.services.posts import flag_create
from community.forum_moderation.services.topics import topic_lock
from tests.community import factories
from tests.community.forum.factories import make_topic
from tests.website.factories import make_home_page

pytestmark = pytest.mark.browser


@pytest.fixture
def moderator(live_server):
    make_home_page()
    user = factories.moderator(
        first_name="Maria", last_name="Moderatorska", two_factor=False
    )
    user.totp_secret = factories.two_factor_enable(user)
    return user


@pytest.fixture
def flagged_post(moderator):
    topic = make_topic(title="Warsztaty z czuwania technologicznego", replies=2)
    post = topic.posts.get(number=2)
    flag_create(
        reporter=factories.approved_member(first_name="Ewa", last_name="Lis"),
        post=post,
        reason="Reklama usług księgowych",
    )
    topic_lock(moderator=moderator, topic=topic, reason="Temat wyczerpany")
    return post


def sign_in_as_moderator(page, user) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Hasło").fill(factories.PASSWORD)
    page.get_by_role("button", name="Zaloguj").click()
    code = hotp_value(user.totp_secret, next(yield_hotp_counters_from_time()))
    page.fill("#id_code", format_hotp_value(code))
    page.get_by_role("button", name="Zaloguj").click()
    expect(page).not_to_have_url("/accounts/login/")


def test_a_moderator_hides_a_flagged_post_from_the_queue(
    page, moderator, flagged_post, axe
):
    sign_in_as_moderator(page, moderator)

    page.goto("/forum/moderacja/")
    expect(page.get_by_text("Reklama usług księgowych")).to_be_visible()
    axe(page)

    page.get_by_role("link", name="Ukryj wpis nr 2…").click()
    page.get_by_role("button", name="Ukryj wpis").click()
    expect(page.locator(".error-summary")).to_be_visible()
    axe(page)
    page.get_by_label("Powód ukrycia").fill("Reklama")
    page.get_by_role("button", name="Ukryj wpis").click()

    expect(page.get_by_text("Żaden wpis nie czeka na moderatora")).to_be_visible()
    assert Post.objects.get(pk=flagged_post.pk).is_hidden


def test_the_moderation_log_has_no_serious_accessibility_violations(
    page, moderator, flagged_post, axe
):
    sign_in_as_moderator(page, moderator)

    page.goto("/forum/moderacja/dziennik/")

    expect(page.get_by_text("Temat wyczerpany")).to_be_visible()
    axe(page)
