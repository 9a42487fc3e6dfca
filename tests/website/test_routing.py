"""Remembered routes (website.routing): the page for an address is found without
walking the tree, and every change to the tree is seen at once."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction, Site

from community.roles import MEMBERS_GROUP, role_group
from tests.community import factories as people
from tests.events.factories import EventIndexPageFactory
from tests.website.factories import (
    StandardPageFactory,
    make_english_home,
    make_home_page,
)
from website.page_cache import cache_generation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _routes_remembered(settings):
    """The test settings walk the tree (ROUTE_CACHE_SECONDS = 0)."""
    settings.ROUTE_CACHE_SECONDS = 600


@pytest.fixture
def home():
    return make_home_page()


@pytest.fixture
def section(home):
    return StandardPageFactory(parent=home, title="Poziom regionalny", slug="region")


@pytest.fixture
def strategy(section):
    return StandardPageFactory(
        parent=section,
        title="Strategia rozwoju",
        slug="strategia",
        intro="Pierwsza wersja strategii.",
    )


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, len(captured)


def test_second_visit_finds_the_page_with_fewer_queries_and_the_same_html(
    client, strategy
):
    first, walked = _queries(client, strategy.url)
    second, remembered = _queries(client, strategy.url)

    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    # The site by host, and the three levels of the tree (a query for the child
    # and one for its specific page at each) give way to one query for the page.
    assert walked - remembered >= 5


def test_route_is_remembered_per_language(client, home, strategy):
    english_home = make_english_home(home)
    english = StandardPageFactory(
        parent=english_home, title="About the region", slug="region"
    )

    polish = client.get("/region/")
    client.get("/en/region/")
    again = client.get("/en/region/")

    assert polish.status_code == 200
    assert "Poziom regionalny" in polish.content.decode()
    assert again.status_code == 200
    assert english.title in again.content.decode()


def test_unpublished_page_answers_404_at_once(client, strategy):
    client.get(strategy.url)

    strategy.unpublish()

    assert client.get(strategy.url).status_code == 404


def test_page_that_stopped_being_live_without_a_signal_still_answers_404(
    client, strategy
):
    url = strategy.url
    client.get(url)

    Page.objects.filter(pk=strategy.pk).update(live=False)

    assert client.get(url).status_code == 404


def test_deleted_page_answers_404(client, strategy):
    url = strategy.url
    client.get(url)

    strategy.delete()

    assert client.get(url).status_code == 404


def test_new_slug_is_found_and_the_old_address_is_forgotten(client, strategy):
    old_url = strategy.url
    client.get(old_url)

    strategy.slug = "strategia-2030"
    strategy.save_revision().publish()

    assert client.get("/region/strategia-2030/").status_code == 200
    assert client.get(old_url).status_code == 404


def test_moved_page_is_found_at_its_new_address_and_the_old_one_redirects(
    client, home, section, strategy
):
    client.get(strategy.url)

    strategy.move(home, pos="last-child")

    assert client.get("/strategia/").status_code == 200
    old = client.get("/region/strategia/")
    assert old.status_code == 301
    assert old["Location"] == "/strategia/"


def test_page_under_a_view_restriction_stays_closed_on_a_remembered_route(
    section, strategy
):
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(role_group(MEMBERS_GROUP))
    member = Client()
    member.force_login(people.approved_member())
    assert member.get(strategy.url).status_code == 200

    anonymous = Client().get(strategy.url)

    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]


def test_routable_page_sub_address_is_routed_by_the_page_itself(client, home):
    events = EventIndexPageFactory(parent=home, title="Wydarzenia", slug="wydarzenia")
    month = f"{events.url}kalendarz/2026/11/"
    client.get(month)

    remembered = client.get(month)
    other_month = client.get(f"{events.url}kalendarz/2026/12/")

    assert remembered.status_code == 200
    assert "listopad" in remembered.content.decode().lower()
    assert other_month.status_code == 200
    assert "grudzień" in other_month.content.decode().lower()


def test_unknown_address_is_not_remembered_and_answers_404(client, strategy):
    assert client.get("/region/nie-ma/").status_code == 404

    assert client.get("/region/nie-ma/").status_code == 404


def test_saving_a_site_or_a_locale_makes_every_remembered_route_stale(home):
    before = cache_generation()
    Site.objects.get(root_page=home).save()
    after_site = cache_generation()
    Locale.objects.get(language_code="pl").save()

    assert before != after_site != cache_generation()
