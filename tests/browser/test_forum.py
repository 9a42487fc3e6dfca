"""The forum in a real browser: a topic full of XSS payloads runs none of them,
axe finds nothing serious on the main pages, preview works without JavaScript and
in place with it (keeping the chosen files), and @mentions are suggested with it."""

import pytest
from playwright.sync_api import expect

from community.forum.services.posts import post_create
from tests.community import factories
from tests.community.forum.factories import make_category, make_topic
from tests.community.forum.xss_payloads import PAYLOADS
from tests.community.forum_moderation.images import PDF
from tests.website.factories import make_home_page

pytestmark = pytest.mark.browser


@pytest.fixture
def member(live_server):
    make_home_page()
    return factories.approved_member(first_name="Ewa", last_name="Lis")


@pytest.fixture
def category(live_server):
    return make_category(name="Sieciowanie", slug="sieciowanie", kind="questions")


def sign_in(page, user) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("E-mail").fill(user.email)
    page.get_by_label("Hasło").fill(factories.PASSWORD)
    page.get_by_role("button", name="Zaloguj").click()
    expect(page).not_to_have_url("/accounts/login/")


def test_no_payload_runs_in_the_browser(page, member, category):
    topic = make_topic(category=category, author=member, body=PAYLOADS[0])
    writer = factories.approved_member(first_name="Marek", last_name="Wiśniewski")
    for payload in PAYLOADS[1:]:
        post_create(author=writer, topic=topic, body_markdown=payload)
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    sign_in(page, member)
    for number in range(1, (len(PAYLOADS) - 1) // 20 + 2):
        page.goto(f"{topic.get_absolute_url()}?page={number}")
        expect(page.locator(".forum-post").first).to_be_visible()
        # Fire the events payloads hook into, then look for their traces.
        page.evaluate(
            """() => document.querySelectorAll('.forum-post__body *').forEach(el => {
                for (const type of ['mouseover', 'focus', 'click', 'toggle']) {
                    if (type !== 'click' || el.tagName !== 'A') {
                        el.dispatchEvent(new Event(type, {bubbles: true}));
                    }
                }
            })"""
        )
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.evaluate("typeof parent.__xss") == "undefined"
    assert dialogs == []


def test_main_forum_pages_have_no_serious_accessibility_violations(
    page, member, category, axe
):
    topic = make_topic(
        category=category,
        author=member,
        title="Jak rozliczyć warsztaty sieciujące?",
        body="Czy ktoś rozliczał już **warsztaty**?\n\n> cytat\n\n- punkt",
        replies=3,
    )
    sign_in(page, member)
    for url in [
        "/forum/",
        category.get_absolute_url(),
        "/forum/najnowsze/",
        topic.get_absolute_url(),
        f"/forum/temat/{topic.pk}/odpowiedz/",
    ]:
        page.goto(url)
        axe(page)
    page.get_by_label("Twój wpis").fill("   ")
    page.get_by_role("button", name="Opublikuj odpowiedź").click()
    expect(page.locator(".error-summary")).to_be_visible()
    axe(page)


def test_preview_works_without_javascript(page_without_js, member, category):
    page = page_without_js
    topic = make_topic(category=category)
    sign_in(page, member)
    page.goto(f"/forum/temat/{topic.pk}/odpowiedz/")
    page.get_by_label("Twój wpis").fill("**Ważne**: sprawdźcie *terminy*.")
    page.get_by_role("button", name="Podgląd").click()
    preview = page.locator(".forum-preview")
    expect(preview.locator("strong")).to_have_text("Ważne")
    expect(page.get_by_label("Twój wpis")).to_have_value(
        "**Ważne**: sprawdźcie *terminy*."
    )
    assert topic.posts.count() == 1
    page.get_by_role("button", name="Opublikuj odpowiedź").click()
    expect(page.locator("#post-2 strong")).to_have_text("Ważne")


def test_preview_in_place_keeps_the_chosen_files(page, member, category, axe):
    topic = make_topic(category=category)
    sign_in(page, member)
    page.goto(f"/forum/temat/{topic.pk}/odpowiedz/")
    page.get_by_label("Twój wpis").fill("W załączniku **wzór** umowy.")
    files = page.get_by_label("Załączniki")
    files.set_input_files(
        [{"name": "wzór umowy.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    address = page.url

    page.get_by_role("button", name="Podgląd").click()

    preview = page.locator(".forum-preview")
    expect(preview.locator("strong")).to_have_text("wzór")
    expect(preview).to_be_focused()
    assert page.url == address
    assert files.evaluate("input => input.files.length") == 1
    axe(page)
    page.get_by_label("Twój wpis").fill("W załączniku **poprawiony wzór** umowy.")
    page.get_by_role("button", name="Podgląd").click()
    expect(preview.locator("strong")).to_have_text("poprawiony wzór")
    expect(page.locator(".forum-preview")).to_have_count(1)
    assert topic.posts.count() == 1

    page.get_by_role("button", name="Opublikuj odpowiedź").click()

    expect(page.locator("#post-2 strong")).to_have_text("poprawiony wzór")
    reply = topic.posts.get(number=2)
    assert [a.filename for a in reply.attachments.all()] == ["wzór umowy.pdf"]


def test_a_preview_of_text_with_errors_shows_them_as_without_javascript(
    page, member, category
):
    topic = make_topic(category=category)
    sign_in(page, member)
    page.goto(f"/forum/temat/{topic.pk}/odpowiedz/")
    page.get_by_label("Twój wpis").fill("   ")

    page.get_by_role("button", name="Podgląd").click()

    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator(".forum-preview")).to_have_count(0)


def test_mentions_are_suggested_while_typing(page, member, category):
    factories.approved_member(first_name="Anna", last_name="Kamińska")
    topic = make_topic(category=category)
    sign_in(page, member)
    page.goto(f"/forum/temat/{topic.pk}/odpowiedz/")
    editor = page.get_by_label("Twój wpis")
    editor.press_sequentially("Dzięki @Kami")
    option = page.get_by_role("option", name="Anna Kamińska (@anna.kaminska)")
    expect(option).to_be_visible(timeout=15_000)
    editor.press("ArrowDown")
    editor.press("Enter")
    expect(editor).to_have_value("Dzięki @anna.kaminska ")
