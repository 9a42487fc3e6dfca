"""Forum notifications in a real browser: the list with its badge, marking read,
the settings page, the watch control working without JavaScript; axe on each."""

import pytest
from playwright.sync_api import expect

from community.forum.services.posts import post_create
from community.notifications.models import NotificationSettings, TopicWatch
from tests.community import factories
from tests.community.forum.factories import make_topic
from tests.website.factories import make_home_page

pytestmark = pytest.mark.browser


@pytest.fixture
def member(live_server):
    make_home_page()
    return factories.approved_member(first_name="Anna", last_name="Nowak")


def sign_in(page, user) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Hasło").fill(factories.PASSWORD)
    page.get_by_role("button", name="Zaloguj").click()


def replies_to(member, count: int):
    topic = make_topic(author=member, title="Rozliczanie warsztatów sieciujących")
    writer = factories.approved_member(first_name="Marek", last_name="Lis")
    for number in range(count):
        post_create(author=writer, topic=topic, body_markdown=f"Odpowiedź {number}.")
    return topic


def test_member_reads_notifications_from_the_header_badge(page, member, axe):
    replies_to(member, 3)
    sign_in(page, member)

    badge = page.locator("[data-notification-badge]")
    expect(badge).to_contain_text("3")
    page.get_by_role("link", name="Powiadomienia").first.click()

    expect(page.locator("h1")).to_have_text("Powiadomienia")
    expect(page.locator("[data-notification]")).to_have_count(3)
    axe(page)

    page.get_by_role("button", name="Oznacz wszystkie jako przeczytane").click()
    expect(page.locator("[data-notification-badge]")).to_have_count(0)
    expect(page.locator(".notification--unread")).to_have_count(0)
    axe(page)


def test_notification_settings_page_is_accessible_and_saves(page, member, axe):
    sign_in(page, member)
    page.goto("/forum/powiadomienia/ustawienia/")
    axe(page)

    page.get_by_label("Jedno codzienne podsumowanie").check()
    page.get_by_role("button", name="Zapisz", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Zapisano")
    assert NotificationSettings.objects.get(user=member).email_mode == "digest"

    page.get_by_role("button", name="Utwórz adres kanału").click()
    feed_url = page.get_by_label("Twój nowy adres kanału", exact=False)
    assert "/forum/powiadomienia/kanal/" in feed_url.input_value()
    axe(page)


def test_the_topic_watch_control_works_without_javascript(page_without_js, member):
    topic = replies_to(member, 0)
    sign_in(page_without_js, member)
    page_without_js.goto(topic.get_absolute_url())

    page_without_js.get_by_label("Powiadomienia o tym temacie").select_option("muted")
    page_without_js.locator("[data-topic-watch] button").click()

    expect(page_without_js.get_by_label("Powiadomienia o tym temacie")).to_have_value(
        "muted"
    )
    assert TopicWatch.objects.get(user=member, topic=topic).level == "muted"
