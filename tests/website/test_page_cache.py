"""The anonymous page cache (website.page_cache) and the cached navigation."""

import re

import pytest
from django.test import Client
from wagtail.models import Page, PageViewRestriction

from community.roles import MEMBERS_GROUP, role_group
from tests.community import factories as people
from tests.knowledge_base.factories import (
    GoodPracticePageFactory,
    PracticeIndexPageFactory,
)
from tests.website.factories import (
    ContactPointPageFactory,
    StandardPageFactory,
    add_consultation_fields,
    make_english_home,
    make_home_page,
)
from website.display_preferences import CONTRAST_COOKIE
from website.page_cache import HIT_HEADER

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    """The test settings turn them off for the rest of the suite."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE_SECONDS = 600


@pytest.fixture
def home():
    return make_home_page(intro="Witamy na stronie klastrów.")


@pytest.fixture
def strategy(home):
    return StandardPageFactory(
        parent=home,
        title="Strategia rozwoju",
        slug="strategia",
        show_in_menus=True,
        intro="Pierwsza wersja strategii.",
    )


def test_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, strategy, django_assert_num_queries
):
    first = client.get(strategy.url)

    with django_assert_num_queries(0):
        second = client.get(strategy.url)

    assert first[HIT_HEADER] == "miss"
    assert second[HIT_HEADER] == "hit"
    assert second.content == first.content
    assert "Pierwsza wersja strategii." in second.content.decode()


def test_cached_copy_keeps_the_security_headers(client, strategy):
    client.get(strategy.url)

    second = client.get(strategy.url)

    assert second[HIT_HEADER] == "hit"
    assert "script-src 'self'" in second["Content-Security-Policy"]
    assert second["X-Frame-Options"] == "DENY"
    assert "Cookie" in second["Vary"]


def test_publishing_a_new_version_replaces_the_cached_page(client, strategy):
    client.get(strategy.url)
    strategy.intro = "Druga wersja strategii."
    strategy.save_revision().publish()

    response = client.get(strategy.url)

    assert response[HIT_HEADER] == "miss"
    assert "Druga wersja strategii." in response.content.decode()


def test_saving_a_draft_keeps_the_published_page_in_the_cache(client, strategy):
    client.get(strategy.url)
    strategy.intro = "Szkic, jeszcze nie opublikowany."
    strategy.save_revision()

    response = client.get(strategy.url)

    assert response[HIT_HEADER] == "hit"
    assert "Szkic" not in response.content.decode()


def test_unpublishing_removes_the_page_and_its_menu_link(client, home, strategy):
    client.get(strategy.url)
    client.get("/")

    strategy.unpublish()

    assert client.get(strategy.url).status_code == 404
    assert "Strategia rozwoju" not in client.get("/").content.decode()


def test_publishing_a_practice_updates_the_cached_practice_index(client, home):
    index = PracticeIndexPageFactory(parent=home)
    client.get(index.url)

    GoodPracticePageFactory(parent=index, title="Giełda kooperacyjna")

    assert "Giełda kooperacyjna" in client.get(index.url).content.decode()


def test_deleting_a_page_invalidates_the_cache(client, home, strategy):
    client.get(strategy.url)

    strategy.delete()

    assert client.get(strategy.url).status_code == 404


def test_moving_a_page_invalidates_the_menu(client, home, strategy):
    section = StandardPageFactory(parent=home, title="Dział", slug="dzial")
    client.get("/")

    strategy.move(section, pos="last-child")

    assert "Strategia rozwoju" not in client.get("/").content.decode()


def test_high_contrast_visitors_get_their_own_cached_variant(strategy):
    normal, contrast = Client(), Client()
    contrast.cookies[CONTRAST_COOKIE] = "high"
    normal.get(strategy.url)

    response = contrast.get(strategy.url)
    again = contrast.get(strategy.url)

    assert response[HIT_HEADER] == "miss"
    assert "contrast-high" in response.content.decode()
    assert again[HIT_HEADER] == "hit"
    assert "contrast-high" in again.content.decode()
    assert "contrast-high" not in normal.get(strategy.url).content.decode()


def test_english_home_is_cached_apart_from_the_polish_one(client, home):
    make_english_home(home, intro="Welcome to the clusters' site.")
    client.get("/")

    english = client.get("/en/")
    polish = client.get("/")

    assert english[HIT_HEADER] == "miss"
    assert english["Content-Language"] == "en"
    assert "Welcome to the clusters" in english.content.decode()
    assert polish[HIT_HEADER] == "hit"
    assert "Witamy na stronie klastrów." in polish.content.decode()


def test_signed_in_member_is_never_served_or_stored(client, strategy):
    client.force_login(people.approved_member())

    first = client.get(strategy.url)
    second = client.get(strategy.url)

    assert HIT_HEADER not in first
    assert HIT_HEADER not in second
    assert Client().get(strategy.url)[HIT_HEADER] == "miss"


def test_members_only_contact_never_reaches_the_anonymous_cache(home):
    index = PracticeIndexPageFactory(parent=home)
    practice = GoodPracticePageFactory(
        parent=index, contact_name="Ewa Tajna", contact_email="ewa@example.org"
    )
    member = Client()
    member.force_login(people.approved_member())
    assert "ewa@example.org" in member.get(practice.url).content.decode()

    anonymous = Client().get(practice.url)

    assert anonymous[HIT_HEADER] == "miss"
    assert "ewa@example.org" not in anonymous.content.decode()


def test_page_with_a_csrf_form_is_never_cached(client, home):
    page = ContactPointPageFactory(parent=home, slug="punkt-kontaktowy")
    add_consultation_fields(page)

    first = client.get(page.url)
    second = client.get(page.url)

    assert "csrfmiddlewaretoken" in second.content.decode()
    assert HIT_HEADER not in first
    assert HIT_HEADER not in second


def test_page_restricted_to_members_is_not_stored_for_anyone(home):
    page = StandardPageFactory(parent=home, title="Dla członków", slug="dla-nas")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(role_group(MEMBERS_GROUP))
    member = Client()
    member.force_login(people.approved_member())
    assert member.get(page.url).status_code == 200

    anonymous = Client()

    assert anonymous.get(page.url).status_code == 302
    assert anonymous.get(page.url).status_code == 302


def test_page_under_a_password_is_never_cached(client, home):
    page = StandardPageFactory(parent=home, title="Zarząd", slug="zarzad")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="tajne"
    )

    first = client.get(page.url)
    second = client.get(page.url)

    assert HIT_HEADER not in first
    assert HIT_HEADER not in second


def test_preview_shows_the_draft_and_never_reaches_visitors(client, strategy):
    client.get(strategy.url)
    strategy.intro = "Wersja w podglądzie."
    strategy.save_revision()
    draft = strategy.get_latest_revision_as_object()

    preview = draft.make_preview_request()
    anonymous = client.get(strategy.url)

    assert "Wersja w podglądzie." in preview.content.decode()
    assert HIT_HEADER not in preview
    assert "Wersja w podglądzie." not in anonymous.content.decode()


def test_visitor_with_a_messages_cookie_is_not_served_from_the_cache(strategy):
    client = Client()
    client.get(strategy.url)
    client.cookies["messages"] = "anything"

    assert HIT_HEADER not in client.get(strategy.url)


def test_not_found_is_not_cached(client, home):
    client.get("/nie-ma-takiej-strony/")

    assert HIT_HEADER not in client.get("/nie-ma-takiej-strony/")


def test_page_cache_off_when_its_lifetime_is_zero(client, strategy, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(strategy.url)

    assert HIT_HEADER not in client.get(strategy.url)


def test_menu_fragment_is_reused_for_members_until_something_is_published(
    strategy,
):
    member = Client()
    member.force_login(people.approved_member())
    member.get(strategy.url)
    # A change that bypasses publishing: the cached menu does not see it...
    Page.objects.filter(pk=strategy.pk).update(title="Strategia (bez publikacji)")

    cached = _main_menu(member.get(strategy.url))
    StandardPageFactory(parent=strategy.get_parent(), title="Nowa", show_in_menus=True)
    fresh = _main_menu(member.get(strategy.url))

    assert "Strategia rozwoju" in cached
    assert "Nowa" in fresh
    assert "Strategia (bez publikacji)" in fresh


def _main_menu(response) -> str:
    html = response.content.decode()
    return re.search(r'<nav class="main-nav".*?</nav>', html, re.DOTALL).group(0)


def test_page_made_members_only_leaves_the_cache_at_once(client, strategy):
    client.get(strategy.url)
    assert client.get(strategy.url)[HIT_HEADER] == "hit"

    restriction = PageViewRestriction.objects.create(
        page=strategy, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(role_group(MEMBERS_GROUP))
    response = client.get(strategy.url)

    assert response.status_code == 302
    assert "Pierwsza wersja strategii." not in response.content.decode()
