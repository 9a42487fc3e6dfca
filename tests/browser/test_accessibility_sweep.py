"""axe-core across every page type of the site, public and members', in the normal and
the high-contrast theme, failing on a violation of ANY impact (the other browser tests
stop at serious and critical). One test per audience keeps a signed-in browser
context for all its pages; each test reports every violation it met, not only the
first page's."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from community.forum_moderation.services.posts import flag_create
from tests.browser.conftest import _violations_report
from tests.browser.signing_in import sign_in, staff
from tests.browser.whole_site_content import forum_build, whole_site_build
from tests.community import factories

pytestmark = pytest.mark.browser

HIGH_CONTRAST = re.compile(r"\bcontrast-high\b")
CONTRASTS = ["normal", "high"]


class Sweep:
    """Visits pages in both themes and gathers axe's violations of every impact."""

    def __init__(self, page, live_server):
        self.page = page
        self.live_server = live_server
        self.axe = Axe()
        self.reports: list[str] = []

    def contrast_set(self, contrast: str) -> None:
        self.page.context.add_cookies(
            [{"name": "contrast", "value": contrast, "url": self.live_server.url}]
        )

    def check(self, label: str) -> None:
        violations = self.axe.run(self.page).response["violations"]
        if violations:
            report = _violations_report(self.page.url, violations)
            report = report.replace("serious or critical violation", "violation", 1)
            self.reports.append(f"[{label} contrast] {report}")

    def visit(self, url: str, contrast: str, *, then=None) -> None:
        self.page.goto(url)
        theme = expect(self.page.locator("html"))
        if contrast == "high":
            theme.to_have_class(HIGH_CONTRAST)
        else:
            theme.not_to_have_class(HIGH_CONTRAST)
        if then:
            then(self.page)
        self.check(contrast)

    def assert_clean(self) -> None:
        if self.reports:
            pytest.fail("\n\n".join(self.reports), pytrace=False)


@pytest.fixture
def sweep(page, live_server):
    return Sweep(page, live_server)


def contact_form_send_empty(page) -> None:
    page.locator(".consultation-form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()


def reply_send_empty(page) -> None:
    page.get_by_label("Twój wpis").fill("   ")
    page.get_by_role("button", name="Opublikuj odpowiedź").click()
    expect(page.locator(".error-summary")).to_be_visible()


def test_every_public_page_type_has_no_accessibility_violation(sweep, live_server):
    site = whole_site_build()
    kb = site.kb
    pages = [
        (site.site.home.url, None),
        (site.site.strategy.url, None),
        (site.section.url, None),
        (site.site.contact_point.url, None),
        (site.site.contact_point.url, contact_form_send_empty),
        (site.site.declaration.url, None),
        (site.calendar.url, None),
        (site.calendar.url + "kalendarz/", None),
        (site.event.url, None),
        (kb.practice_index.url, None),
        (kb.practice_index.url + "?topic=sieciowanie&year_from=2019", None),
        (kb.practice.url, None),
        (kb.cluster_index.url, None),
        (kb.initiative.url, None),
        ("/szukaj/?q=klastr%C3%B3w+morskich", None),
        ("/szukaj/?q=zzyzx", None),
        ("/szukaj/", None),
        ("/nie-ma-takiej-strony/", None),
    ]
    for contrast in CONTRASTS:
        sweep.contrast_set(contrast)
        for url, then in pages:
            sweep.visit(url, contrast, then=then)
    sweep.assert_clean()


def test_every_members_page_type_has_no_accessibility_violation(sweep, live_server):
    whole_site_build()
    forum = forum_build()
    member = forum.author
    sign_in(sweep.page, member.email)
    topic_url = forum.topic.get_absolute_url()
    pages = [
        ("/czlonkowie/", None),
        ("/czlonkowie/katalog/", None),
        (f"/czlonkowie/katalog/{forum.replier.pk}/", None),
        ("/czlonkowie/konto/", None),
        ("/czlonkowie/profil/", None),
        ("/forum/", None),
        ("/forum/najnowsze/", None),
        (forum.category.get_absolute_url(), None),
        (topic_url, None),
        (f"/forum/temat/{forum.topic.pk}/odpowiedz/", reply_send_empty),
        ("/forum/powiadomienia/", None),
        ("/forum/powiadomienia/ustawienia/", None),
    ]
    for contrast in CONTRASTS:
        sweep.contrast_set(contrast)
        for url, then in pages:
            sweep.visit(url, contrast, then=then)
    sweep.assert_clean()


def test_every_moderators_page_type_has_no_accessibility_violation(sweep, live_server):
    whole_site_build()
    forum = forum_build()
    flag_create(
        reporter=forum.author,
        post=forum.topic.posts.get(number=2),
        reason="Reklama usług księgowych",
    )
    factories.pending_applicant()
    moderator = staff(factories.moderator)
    sign_in(sweep.page, moderator.email, totp=moderator.totp_secret)
    pages = [
        "/forum/moderacja/",
        "/forum/moderacja/dziennik/",
        "/czlonkowie/moderacja/wnioski/",
        "/czlonkowie/moderacja/czlonkowie/",
        forum.topic.get_absolute_url(),
    ]
    for contrast in CONTRASTS:
        sweep.contrast_set(contrast)
        for url in pages:
            sweep.visit(url, contrast)
    sweep.assert_clean()
