"""Pages under view restrictions as a cached filter (website.restrictions)."""

import pytest
from wagtail.models import Page, PageViewRestriction

from tests.website.factories import StandardPageFactory, make_home_page
from website.restrictions import restricted_q

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _kept(settings):
    settings.ROUTE_CACHE_SECONDS = 600


@pytest.fixture
def pages():
    home = make_home_page()
    members = StandardPageFactory(parent=home, title="Dla członków", slug="czlonkowie")
    inner = StandardPageFactory(parent=members, title="Protokoły", slug="protokoly")
    open_page = StandardPageFactory(parent=home, title="Strategia", slug="strategia")
    return members, inner, open_page


def _titles(queryset) -> set[str]:
    return set(queryset.values_list("title", flat=True))


def test_excluding_it_gives_what_wagtails_public_gives(pages):
    members, _inner, _open_page = pages
    PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.LOGIN
    )

    kept = _titles(Page.objects.live().exclude(restricted_q()))

    assert kept == _titles(Page.objects.live().public())
    assert "Strategia" in kept
    assert not {"Dla członków", "Protokoły"} & kept


def test_a_new_restriction_applies_at_once(pages):
    members, _inner, _open_page = pages
    assert "Protokoły" in _titles(Page.objects.exclude(restricted_q()))

    restriction = PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    hidden = _titles(Page.objects.exclude(restricted_q()))
    restriction.delete()

    assert "Protokoły" not in hidden
    assert "Protokoły" in _titles(Page.objects.exclude(restricted_q()))


def test_the_restrictions_are_read_once_per_generation(
    pages, django_assert_num_queries
):
    restricted_q()

    with django_assert_num_queries(0):
        restricted_q()


def test_without_restrictions_nothing_is_excluded(pages):
    assert _titles(Page.objects.live().exclude(restricted_q())) == _titles(
        Page.objects.live()
    )
