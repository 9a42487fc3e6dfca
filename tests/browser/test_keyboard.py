"""The visitor's journey with the keyboard alone: the skip link first, then Tab to
move and Enter to follow or send (and Space, the keyboard's way to tick a checkbox).
Every element that takes the focus on the way must show a visible focus indicator."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.whole_site_content import whole_site_build

pytestmark = pytest.mark.browser

MAX_TABS = 80
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    return {
        element: el.outerHTML.slice(0, 120),
        // A date field's calendar button is inside the field's own shadow tree:
        // the field is then :focus-within, not :focus-visible.
        indicated: el.matches(":focus-visible, :focus-within") && (outline || ring),
        inMain: Boolean(el.closest("#main")),
    };
}"""


def focused(page) -> dict:
    state = page.evaluate(FOCUSED)
    assert state is not None, "Tab left the focus on nothing"
    assert state["indicated"], f"no visible focus indicator on {state['element']}"
    return state


def tab_to(page, target) -> None:
    """Press Tab until `target` has the focus, checking each element met on the way
    shows where the focus is."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focused(page)
        if target.evaluate("el => el === document.activeElement"):
            return
    pytest.fail(f"{target} was not reached in {MAX_TABS} presses of Tab")


def skip_to_main(page) -> None:
    """The first Tab reaches the skip link, shown when focused; Enter moves the focus
    into the main content, so the next Tab lands there and not in the header."""
    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    focused(page)
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert focused(page)["inMain"], "after the skip link Tab left the main content"


def test_visitor_journey_with_the_keyboard_only(page, live_server):
    site = whole_site_build()
    practice = site.maritime_practice
    page.goto("/")

    skip_link = page.locator(".skip-link")
    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    tab_to(page, page.locator("#header-search-q"))
    page.keyboard.type("klastrów morskich")
    page.keyboard.press("Enter")
    expect(page.locator("[data-search-result]", has_text=practice.title)).to_have_count(
        1
    )

    skip_to_main(page)
    tab_to(page, page.locator("#search-type-practice"))
    page.keyboard.press("Space")
    expect(page.locator("#search-type-practice")).to_be_checked()
    tab_to(page, page.locator(".search-facets button[type=submit]"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"type=practice"))

    skip_to_main(page)
    tab_to(page, page.locator("[data-search-result] a", has_text=practice.title))
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(practice.title)

    tab_to(page, page.locator(".main-nav a", has_text="Kalendarz wydarzeń"))
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(site.calendar.title)

    skip_to_main(page)
    feed_link = page.get_by_role("link", name=re.compile(r"\(iCalendar\)"))
    tab_to(page, feed_link)
    feed = page.request.get(feed_link.get_attribute("href"))
    assert feed.headers["content-type"].startswith("text/calendar")
    assert site.event.title in feed.text()
