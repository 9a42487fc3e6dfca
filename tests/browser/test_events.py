"""The events calendar in Chromium: axe on the list, the month grid, an event and
the form with errors; the filters without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.events_content import CalendarPages, calendar_build

pytestmark = pytest.mark.browser

VIEWS = {
    "list": "",
    "month": "kalendarz/",
    "invalid-filters": "?od=2026-13-45&do=tekst",
}


@pytest.fixture
def calendar_pages(live_server) -> CalendarPages:
    return calendar_build()


@pytest.mark.parametrize("view", VIEWS)
def test_calendar_view_has_no_serious_accessibility_violations(
    page, calendar_pages, axe, view
):
    page.goto(calendar_pages.calendar.url + VIEWS[view])
    expect(page.locator("h1")).to_have_text("Kalendarz wydarzeń")
    axe(page)


def test_month_grid_in_high_contrast_has_no_serious_accessibility_violations(
    page, calendar_pages, axe, live_server
):
    page.context.add_cookies(
        [{"name": "contrast", "value": "high", "url": live_server.url}]
    )
    page.goto(calendar_pages.calendar.url + "kalendarz/")
    expect(page.locator("html")).to_have_class(re.compile(r"\bcontrast-high\b"))
    axe(page)


def test_event_page_has_no_serious_accessibility_violations(page, calendar_pages, axe):
    page.goto(calendar_pages.workshop.url)
    expect(page.get_by_role("link", name="Dodaj do kalendarza")).to_be_visible()
    axe(page)


def test_filters_work_without_javascript_and_stay_in_the_address(
    page_without_js, calendar_pages
):
    page = page_without_js
    page.goto(calendar_pages.calendar.url)

    page.get_by_label("Rodzaj").select_option("webinar")
    page.get_by_role("button", name="Pokaż wydarzenia").click()

    expect(page).to_have_url(re.compile(r"\?(.*&)?typ=webinar"))
    expect(page.locator(".event-card h3")).to_have_text(
        ["Webinar: czuwanie technologiczne"]
    )
    expect(page.get_by_label("Rodzaj")).to_have_value("webinar")


def test_month_grid_links_reach_an_event_from_the_keyboard(page, calendar_pages):
    page.goto(calendar_pages.calendar.url + "kalendarz/")
    link = page.locator(".month-grid a", has_text="Warsztat konsultacyjny").first

    link.focus()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(re.escape(calendar_pages.workshop.url) + "$"))
