"""Contrast and text size, with the script and without it, and the keyboard path
through the page header."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

CONTRAST_LINK = '[data-display-preference="contrast"]'
# The Polish labels, or the English msgids while the Polish catalogue is missing.
CONTRAST_ON_LABEL = re.compile(r"^\s*(Wersja kontrastowa|High contrast version)\s*$")
CONTRAST_OFF_LABEL = re.compile(r"^\s*(Wyłącz kontrast|Turn contrast off)\s*$")
HIGH_CONTRAST = re.compile(r"\bcontrast-high\b")


def text_size_link(page, value: str):
    return page.locator(f'[data-display-preference="text-size"][data-value="{value}"]')


def root_font_size(page) -> float:
    size = page.evaluate("getComputedStyle(document.documentElement).fontSize")
    return float(size.removesuffix("px"))


def main_frame_navigations(page) -> list[str]:
    """The URLs the page's main frame navigates to from now on."""
    urls = []
    page.on(
        "framenavigated",
        lambda frame: urls.append(frame.url) if frame == page.main_frame else None,
    )
    return urls


def test_contrast_switch_with_javascript_applies_without_reload_and_persists(
    page, site_pages
):
    page.goto(site_pages.strategy.url)
    html = page.locator("html")
    switch = page.locator(CONTRAST_LINK)
    expect(switch).to_have_text(CONTRAST_ON_LABEL)
    expect(html).not_to_have_class(HIGH_CONTRAST)
    navigations = main_frame_navigations(page)

    switch.click()

    expect(html).to_have_class(HIGH_CONTRAST)
    expect(switch).to_have_text(CONTRAST_OFF_LABEL)
    assert navigations == []

    page.goto(site_pages.declaration.url)
    expect(html).to_have_class(HIGH_CONTRAST)
    expect(switch).to_have_text(CONTRAST_OFF_LABEL)
    navigations.clear()

    switch.click()

    expect(html).not_to_have_class(HIGH_CONTRAST)
    expect(switch).to_have_text(CONTRAST_ON_LABEL)
    assert navigations == []
    page.goto(site_pages.home.url)
    expect(html).not_to_have_class(HIGH_CONTRAST)


def test_contrast_switch_without_javascript_reloads_the_same_page_and_persists(
    page_without_js, site_pages, live_server
):
    page = page_without_js
    page.goto(site_pages.strategy.url)
    html = page.locator("html")
    switch = page.locator(CONTRAST_LINK)
    expect(html).not_to_have_class(HIGH_CONTRAST)

    switch.click()

    expect(html).to_have_class(HIGH_CONTRAST)
    expect(page).to_have_url(live_server.url + site_pages.strategy.url)
    expect(switch).to_have_text(CONTRAST_OFF_LABEL)

    page.goto(site_pages.declaration.url)
    expect(html).to_have_class(HIGH_CONTRAST)

    switch.click()

    expect(html).not_to_have_class(HIGH_CONTRAST)
    expect(page).to_have_url(live_server.url + site_pages.declaration.url)
    expect(switch).to_have_text(CONTRAST_ON_LABEL)


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_text_size_choice_enlarges_the_text_and_persists(
    request, javascript, site_pages, live_server
):
    page = request.getfixturevalue("page" if javascript else "page_without_js")
    page.goto(site_pages.strategy.url)
    html = page.locator("html")
    expect(text_size_link(page, "normal")).to_have_attribute("aria-current", "true")
    sizes = [root_font_size(page)]

    for value in ("large", "larger"):
        text_size_link(page, value).click()

        expect(html).to_have_class(re.compile(rf"\btext-{value}\b"))
        expect(text_size_link(page, value)).to_have_attribute("aria-current", "true")
        expect(text_size_link(page, "normal")).not_to_have_attribute(
            "aria-current", "true"
        )
        expect(page).to_have_url(live_server.url + site_pages.strategy.url)
        sizes.append(root_font_size(page))

    assert sizes == sorted(sizes)
    assert len(set(sizes)) == 3, (
        f"the root font size did not grow at each step: {sizes}"
    )

    page.goto(site_pages.home.url)
    expect(html).to_have_class(re.compile(r"\btext-larger\b"))
    expect(text_size_link(page, "larger")).to_have_attribute("aria-current", "true")
    assert root_font_size(page) == sizes[-1]


def test_first_tab_shows_the_skip_link_and_enter_moves_focus_to_main(page, site_pages):
    page.goto(site_pages.strategy.url)
    skip_link = page.locator(".skip-link")
    assert skip_link.bounding_box()["y"] < 0, "the skip link shows before focus"

    page.keyboard.press("Tab")

    expect(skip_link).to_be_focused()
    box = skip_link.bounding_box()
    assert box["y"] >= 0 and box["height"] > 0, f"skip link is off screen: {box}"

    page.keyboard.press("Enter")

    expect(page.locator("main#main")).to_be_focused()


FOCUS_STATE = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return {
        href: element.getAttribute("href"),
        focusVisible: element.matches(":focus-visible"),
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth),
    };
}"""


def test_menu_links_and_display_controls_are_reached_by_tab_with_visible_focus(
    page, site_pages
):
    page.goto(site_pages.strategy.url)
    wanted = page.locator(".main-nav a, .display-controls a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert len(wanted) >= 6  # contrast, three text sizes, two menu sections

    reached = {}
    for _ in range(len(wanted) + 10):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state["href"] in wanted:
            reached[state["href"]] = state

    assert set(reached) == set(wanted), "not reached by Tab: " + ", ".join(
        set(wanted) - set(reached)
    )
    for href, state in reached.items():
        assert state["focusVisible"], href
        assert state["outlineStyle"] != "none", href
        assert state["outlineWidth"] >= 2, href
