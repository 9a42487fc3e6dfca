"""axe-core on the foundation's page types, in the normal and the high-contrast theme,
and what a screen-reader user meets after sending the Contact Point form with errors."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGES = ["home", "strategy", "contact_point", "declaration"]
HIGH_CONTRAST = re.compile(r"\bcontrast-high\b")


@pytest.fixture(params=["normal", "high"], ids=["normal-contrast", "high-contrast"])
def contrast(request, page, live_server):
    if request.param == "high":
        page.context.add_cookies(
            [{"name": "contrast", "value": "high", "url": live_server.url}]
        )
    return request.param


def open_page(page, url: str, contrast: str) -> None:
    page.goto(url)
    theme = expect(page.locator("html"))
    if contrast == "high":
        theme.to_have_class(HIGH_CONTRAST)
    else:
        theme.not_to_have_class(HIGH_CONTRAST)


def send_empty_contact_form(page) -> None:
    page.locator(".consultation-form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()


@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_serious_accessibility_violations(
    page, site_pages, contrast, axe, name
):
    open_page(page, getattr(site_pages, name).url, contrast)
    axe(page)


def test_contact_form_with_errors_has_no_serious_accessibility_violations(
    page, site_pages, contrast, axe
):
    open_page(page, site_pages.contact_point.url, contrast)
    send_empty_contact_form(page)
    axe(page)


def test_contact_form_with_errors_moves_focus_to_the_error_summary(page, site_pages):
    page.goto(site_pages.contact_point.url)
    send_empty_contact_form(page)
    expect(page.locator(".error-summary")).to_be_focused()


def test_each_invalid_contact_form_field_is_described_by_its_error(page, site_pages):
    page.goto(site_pages.contact_point.url)
    send_empty_contact_form(page)

    invalid_fields = page.locator("[aria-invalid=true]")
    summary_links = page.locator(".error-summary a")
    expect(invalid_fields).to_have_count(summary_links.count())
    for field in invalid_fields.all():
        expect(field).to_have_accessible_description(re.compile(r"\S"))
