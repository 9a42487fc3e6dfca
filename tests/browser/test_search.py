"""The search page in a browser: axe finds no serious violation, the form works
without JavaScript, suggestions appear and can be chosen with the keyboard."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.knowledge_base_content import knowledge_base_build

pytestmark = pytest.mark.browser


@pytest.fixture
def kb_pages(live_server):
    return knowledge_base_build()


@pytest.mark.parametrize("query", ["sieciowanie", "zzyzx", "kooperacyjbej"])
def test_search_page_has_no_serious_accessibility_violations(
    page, kb_pages, axe, query
):
    page.goto(f"/szukaj/?q={query}")
    axe(page)


def test_search_form_works_without_javascript(page_without_js, kb_pages):
    page = page_without_js
    page.goto(kb_pages.practice.url)

    page.get_by_role("searchbox", name="Szukaj w serwisie").fill(
        kb_pages.practice.title
    )
    page.get_by_role("button", name="Szukaj").first.click()

    result = page.locator("[data-search-result]").first
    expect(result.get_by_role("link")).to_have_text(kb_pages.practice.title)


def test_suggestions_are_chosen_with_the_keyboard(page, kb_pages):
    page.goto("/szukaj/")
    box = page.get_by_role("combobox", name="Szukaj w serwisie")
    words = kb_pages.practice.title.split()[0][:4]

    box.press_sequentially(words, delay=50)
    option = page.get_by_role("option").first
    expect(option).to_be_visible()
    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    box.press("Enter")

    expect(page).to_have_url(re.compile(re.escape(kb_pages.practice.url) + "$"))
