"""axe-core on the knowledge base's page types, in both themes; the facets work with
JavaScript turned off."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.knowledge_base_content import knowledge_base_build

pytestmark = pytest.mark.browser

PAGES = {
    "practice_index": lambda pages: pages.practice_index.url,
    "filtered_practice_index": lambda pages: (
        pages.practice_index.url + "?topic=sieciowanie&year_from=2019"
    ),
    "practice": lambda pages: pages.practice.url,
    "cluster_index": lambda pages: pages.cluster_index.url,
    "initiative": lambda pages: pages.initiative.url,
}
HIGH_CONTRAST = re.compile(r"\bcontrast-high\b")


@pytest.fixture
def kb_pages(live_server):
    return knowledge_base_build()


@pytest.mark.parametrize("contrast", ["normal", "high"])
@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_serious_accessibility_violations(
    page, live_server, kb_pages, axe, name, contrast
):
    if contrast == "high":
        page.context.add_cookies(
            [{"name": "contrast", "value": "high", "url": live_server.url}]
        )
    page.goto(PAGES[name](kb_pages))
    if contrast == "high":
        expect(page.locator("html")).to_have_class(HIGH_CONTRAST)
    axe(page)


def test_cluster_chart_is_an_image_with_a_text_alternative(page, kb_pages):
    page.goto(kb_pages.initiative.url)

    chart = page.get_by_role("img", name="Członkowie według lat")
    expect(chart).to_be_visible()
    expect(chart).to_have_accessible_description(re.compile(r"65.*2019.*86.*2022"))


def test_facets_narrow_the_list_without_javascript(page_without_js, kb_pages):
    page = page_without_js
    page.goto(kb_pages.practice_index.url)
    expect(page.locator(".kb-cards > li")).to_have_count(3)

    page.get_by_label(re.compile(r"^Szkolenia")).check()
    page.get_by_role("button", name="Zastosuj filtry").click()

    expect(page).to_have_url(re.compile(r"\?topic=szkolenia"))
    expect(page.locator(".kb-cards > li")).to_have_count(2)
