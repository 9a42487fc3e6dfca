"""The browser suite: Debian's Chromium, driven by Playwright, against live_server.

One Chromium serves all the browser tests; every test gets a fresh browser context (no
cookies carried over) and builds its own pages, because live_server's transactional
tests empty the database after each test.
"""

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from tests.browser.site_content import SitePages, site_build

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="package", autouse=True)
def _django_allows_sync_database_access():
    """Playwright's sync API runs an asyncio event loop in the test thread, and
    Django refuses database access from a thread with a running loop
    (SynchronousOnlyOperation), so the tests' own factory calls would fail. No async
    code touches the database here. Set for this package only: the variable must not
    reach other tests or the subprocesses they start (`check --deploy` rejects it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="package")
def browser(_django_allows_sync_database_access):
    """One Chromium for all the browser tests. Package-scoped rather than
    session-scoped: Playwright's event loop stays current in the test thread while it
    runs, so it must stop before the tests outside this package touch the database."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is not at {CHROMIUM}; install Debian's chromium package."
        )
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


def _context(browser, live_server, **options):
    return browser.new_context(
        base_url=live_server.url,
        locale="pl-PL",
        viewport={"width": 1280, "height": 900},
        **options,
    )


@pytest.fixture
def page(browser, live_server):
    context = _context(browser, live_server)
    yield context.new_page()
    context.close()


@pytest.fixture
def page_without_js(browser, live_server):
    context = _context(browser, live_server, java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.fixture
def site_pages(live_server) -> SitePages:
    return site_build()


@pytest.fixture(scope="session")
def axe():
    """Run axe-core on a page; fail on any serious or critical violation, naming the
    rule, its help and the offending elements."""
    axe_runner = Axe()

    def check(page) -> None:
        violations = axe_runner.run(page).response["violations"]
        blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if blocking:
            pytest.fail(_violations_report(page.url, blocking))

    return check


def _violations_report(url: str, violations: list[dict]) -> str:
    lines = [f"axe: {len(violations)} serious or critical violation(s) on {url}"]
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"<{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            summary = node.get("failureSummary", "").replace("\n", "\n      ")
            lines.append(f"    {target}\n      {node['html']}\n      {summary}")
    return "\n".join(lines)
