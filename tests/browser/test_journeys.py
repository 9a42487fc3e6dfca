"""The site's main journeys end to end in Chromium, each as its people would make it:
a visitor who searches and subscribes to the calendar; a coordinator who applies,
is approved, posts and gets a reply; an editor whose practice an expert approves
into the search; and a forum discussion from a question with an attachment to a
locked topic with its solution."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from community.forum.models import Topic
from knowledge_base.models import GoodPracticePage
from knowledge_base.services import EXPERTS_GROUP, review_workflow_setup
from tests.browser.conftest import _context
from tests.browser.signing_in import sign_in, staff
from tests.browser.test_members import (
    EMAIL,
    apply,
    verify_email_from_the_mail,
)
from tests.browser.whole_site_content import forum_build, whole_site_build
from tests.community import factories
from tests.community.forum.factories import make_category

pytestmark = pytest.mark.browser

# A minimal valid PDF: the forum checks a document's type by its content.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.fixture
def new_page(browser, live_server):
    """Opens a page in a browser context of its own (one signed-in person each)."""
    contexts = []

    def open_page():
        context = _context(browser, live_server)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def publish_reply(page, text: str) -> None:
    page.get_by_label("Twój wpis").fill(text)
    page.get_by_role("button", name="Opublikuj odpowiedź").click()


def test_visitor_searches_narrows_opens_a_practice_and_subscribes_to_events(
    page, live_server
):
    site = whole_site_build()
    page.goto("/")

    page.get_by_label("Szukaj w serwisie").fill("klastrów morskich")
    page.get_by_label("Szukaj w serwisie").press("Enter")
    results = page.locator("[data-search-result]")
    expect(results.filter(has_text=site.maritime_practice.title)).to_have_count(1)
    expect(results.filter(has_text=site.event.title)).to_have_count(1)

    page.locator("#search-type-practice").check()
    page.get_by_role("button", name="Pokaż", exact=True).click()
    expect(page).to_have_url(re.compile(r"type=practice"))
    expect(results.filter(has_text=site.event.title)).to_have_count(0)
    expect(
        page.locator("[data-search-result]:not([data-type=practice])")
    ).to_have_count(0)
    results.get_by_role("link", name=site.maritime_practice.title).click()
    expect(page.locator("h1")).to_have_text(site.maritime_practice.title)

    page.locator(".main-nav").get_by_role("link", name="Kalendarz wydarzeń").click()
    feed_link = page.get_by_role("link", name=re.compile(r"\(iCalendar\)"))
    feed = page.request.get(feed_link.get_attribute("href"))
    assert feed.ok
    assert feed.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VCALENDAR" in feed.text()
    assert site.event.title in feed.text()


def test_coordinator_applies_is_approved_posts_and_reads_a_reply_notification(
    page, new_page, live_server
):
    whole_site_build()
    category = make_category(name="Współpraca", slug="wspolpraca")
    apply(page)
    verify_email_from_the_mail(page)
    expect(page.locator("[data-application-status=pending]")).to_be_visible()

    moderator = staff(factories.moderator)
    moderator_page = new_page()
    sign_in(moderator_page, moderator.email, totp=moderator.totp_secret)
    moderator_page.goto("/czlonkowie/moderacja/wnioski/")
    moderator_page.get_by_role("button", name="Zatwierdź: Jan Kowalski").click()
    expect(moderator_page.locator(".messages")).to_contain_text("Jan Kowalski")
    assert "zatwierdzony" in mail.outbox[-1].subject

    page.goto("/forum/")
    page.get_by_role("link", name="Współpraca").first.click()
    page.get_by_role("link", name="Załóż temat").click()
    page.get_by_label("Tytuł").fill("Szukamy partnera do projektu morskiego")
    page.get_by_label("Twój wpis").fill("Kto chce współtworzyć **laboratorium**?")
    page.get_by_role("button", name="Opublikuj temat").click()
    expect(page.locator("h1")).to_have_text("Szukamy partnera do projektu morskiego")
    topic = Topic.objects.get(category=category)

    other = factories.approved_member(first_name="Marta", last_name="Bałtycka")
    other_page = new_page()
    sign_in(other_page, other.email)
    other_page.goto(topic.get_absolute_url())
    publish_reply(other_page, "Chętnie, mamy doświadczenie z laboratoriami.")
    expect(other_page.locator("#post-2")).to_contain_text("Chętnie")

    page.goto("/czlonkowie/")
    expect(page.locator("[data-notification-badge]")).to_contain_text("1")
    page.get_by_role("link", name="Powiadomienia").first.click()
    notification = page.locator("[data-notification]")
    expect(notification).to_have_count(1)
    expect(notification).to_contain_text("Marta Bałtycka")
    expect(notification).to_contain_text("Szukamy partnera do projektu morskiego")
    assert topic.author.email == EMAIL


def test_editor_practice_approved_by_an_expert_appears_in_search(
    page, new_page, live_server
):
    site = whole_site_build()
    review_workflow_setup(index_pages=[site.kb.practice_index])
    editor = staff(factories.editor, first_name="Edyta", last_name="Redakcja")
    expert = factories.approved_member(first_name="Eryk", last_name="Ekspert")
    expert.groups.add(Group.objects.get(name=EXPERTS_GROUP))
    title = "Bony na doradztwo dla klastrów morskich"

    sign_in(page, editor.email, totp=editor.totp_secret)
    page.goto(
        f"/admin/pages/add/knowledge_base/goodpracticepage/{site.kb.practice_index.pk}/"
    )
    page.fill("#id_title", title)
    page.fill("#id_summary", "Bony doradcze dla firm z klastrów morskich.")
    page.fill("#id_challenge", "Małe firmy nie korzystały z doradztwa.")
    page.fill("#id_solution", "Klaster rozdał bony na doradztwo strategiczne.")
    page.fill("#id_results", "Czterdzieści firm skorzystało z bonów.")
    page.fill("#id_timescale_start", "2022")
    page.fill("#id_organisation", "Bałtycki Klaster Morski")
    page.select_option("#id_cluster_type", "key")
    page.locator("[data-w-dropdown-target=toggle]").last.click()
    page.locator("button[name=action-submit]").click()
    expect(page.locator(".messages")).to_contain_text(title)
    practice = GoodPracticePage.objects.get(title=title)
    assert not practice.live
    assert practice.current_workflow_task.name == "Ocena eksperta"

    expert_page = new_page()
    sign_in(expert_page, expert.email)
    expert_page.goto(f"/admin/pages/{practice.pk}/edit/")
    expert_page.locator("[data-w-dropdown-target=toggle]").last.click()
    expert_page.locator(
        "button[data-workflow-action-name=approve]"
        ":not([data-workflow-action-modal-url])"
    ).click()
    expect(expert_page.locator(".messages")).to_contain_text(title)
    assert GoodPracticePage.objects.get(pk=practice.pk).live

    visitor = new_page()
    visitor.goto("/szukaj/?q=bony+doradztwo")
    expect(
        visitor.locator("[data-search-result]").get_by_role("link", name=title)
    ).to_be_visible()


def test_forum_question_with_attachment_gets_a_quoted_solution_and_is_locked(
    page, new_page, live_server
):
    whole_site_build()
    forum = forum_build()
    asker, answerer = forum.author, forum.replier
    moderator = staff(factories.moderator, first_name="Maria", last_name="Moder")

    answerer_page = new_page()
    sign_in(answerer_page, answerer.email)
    answerer_page.goto(forum.category.get_absolute_url())
    answerer_page.get_by_label("Powiadomienia o tej kategorii").select_option(
        "watching"
    )
    answerer_page.locator("[data-category-watch] button").click()

    sign_in(page, asker.email)
    page.goto(forum.category.get_absolute_url())
    page.get_by_role("link", name="Zadaj pytanie").click()
    page.get_by_label("Tytuł").fill("Jak rozliczyć bony doradcze?")
    page.get_by_label("Twój wpis").fill("Załączam wzór umowy. Jak to rozliczyć?")
    page.get_by_label("Załączniki").set_input_files(
        [{"name": "wzór umowy.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="Opublikuj temat").click()
    expect(page.locator("h1")).to_have_text("Jak rozliczyć bony doradcze?")
    expect(
        page.locator("#post-1").get_by_role("link", name=re.compile("wzór"))
    ).to_be_visible()

    answerer_page.goto("/forum/powiadomienia/")
    notification = answerer_page.locator("[data-notification]", has_text="bony")
    expect(notification).to_have_count(1)
    notification.get_by_role("link").first.click()
    expect(answerer_page.locator("h1")).to_have_text("Jak rozliczyć bony doradcze?")
    answerer_page.get_by_role("link", name="Cytuj wpis #1").click()
    quoted = answerer_page.get_by_label("Twój wpis")
    expect(quoted).to_have_value(re.compile(r"^>.*Załączam wzór umowy", re.S))
    quoted.press("Control+End")
    quoted.press_sequentially("Rozliczamy je jako pomoc de minimis.")
    answerer_page.get_by_role("button", name="Opublikuj odpowiedź").click()
    quote = answerer_page.locator("#post-2 blockquote")
    expect(quote.get_by_role("link", name="Ewa Lis napisał(a)")).to_be_visible()
    expect(quote).to_contain_text("Załączam wzór umowy")
    expect(answerer_page.locator("#post-2 > .forum-post__body > p")).to_have_text(
        "Rozliczamy je jako pomoc de minimis."
    )

    page.reload()
    page.locator("#post-2").get_by_role(
        "button", name="Oznacz jako rozwiązanie"
    ).click()
    expect(page.locator(".forum-solution")).to_contain_text("de minimis")

    moderator_page = new_page()
    sign_in(moderator_page, moderator.email, totp=moderator.totp_secret)
    moderator_page.goto(page.url)
    moderator_page.get_by_role("link", name="Zamknij temat…").click()
    moderator_page.get_by_label("Powód (do dziennika moderacji)").fill("Rozwiązane")
    moderator_page.get_by_role("button", name="Zamknij temat").click()
    expect(moderator_page.locator(".badge", has_text="Zamknięty")).to_be_visible()

    answerer_page.reload()
    expect(answerer_page.get_by_label("Twój wpis")).to_have_count(0)
    topic = Topic.objects.get(title="Jak rozliczyć bony doradcze?")
    assert topic.is_locked
    assert topic.solution.author == answerer
