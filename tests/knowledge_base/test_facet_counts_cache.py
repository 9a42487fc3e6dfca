"""Facet counts kept in the cache (knowledge_base.facets, FACET_COUNTS_CACHE_SECONDS):
the same numbers with fewer queries, and never older than the last publish."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from knowledge_base.services import cluster_initiative_practices_sync
from tests.knowledge_base.factories import (
    ClusterIndexPageFactory,
    ClusterInitiativePageFactory,
    GoodPracticePageFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db

URL = "/dobre-praktyki/?sector=ict&cluster_type=key"


@pytest.fixture(autouse=True)
def _counts_kept(settings):
    """The test settings count on every request (FACET_COUNTS_CACHE_SECONDS = 0)."""
    settings.FACET_COUNTS_CACHE_SECONDS = 600


@pytest.fixture
def ict():
    return SectorFactory(slug="ict", name_pl="ICT")


@pytest.fixture
def practices(practice_index, ict):
    food = SectorFactory(slug="zywnosc", name_pl="Żywność")
    for title, sector, cluster_type in [
        ("Alfa", ict, "key"),
        ("Beta", ict, "key"),
        ("Gamma", ict, "embryonic"),
        ("Delta", food, "key"),
    ]:
        GoodPracticePageFactory(
            parent=practice_index, title=title, sector=sector, cluster_type=cluster_type
        )


def _visit(client, url=URL):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    listing = response.context["listing"]
    counts = {
        facet.name: {option.value: option.count for option in facet.options}
        for facet in listing.faceted.facets
    }
    return listing, counts, len(captured)


def test_second_visit_shows_the_same_counts_with_fewer_queries(client, practices):
    first, first_counts, counted = _visit(client)
    second, second_counts, kept = _visit(client)

    assert second_counts == first_counts
    assert first_counts["cluster_type"]["key"] == 2
    assert first_counts["cluster_type"]["embryonic"] == 1
    assert first_counts["sector"] == {"ict": 2, "zywnosc": 1}
    assert second.faceted.count == first.faceted.count == 2
    assert second.faceted.years.counts == first.faceted.years.counts
    assert kept < counted


def test_other_filters_are_counted_apart(client, practices):
    _visit(client)

    _listing, counts, _queries = _visit(client, "/dobre-praktyki/?cluster_type=key")

    assert counts["sector"] == {"ict": 2, "zywnosc": 1}
    assert counts["cluster_type"]["key"] == 3


def test_a_published_practice_is_counted_at_once(
    client, practice_index, practices, ict
):
    _visit(client)

    GoodPracticePageFactory(
        parent=practice_index, title="Eta", sector=ict, cluster_type="key"
    )
    listing, counts, _queries = _visit(client)

    assert listing.faceted.count == 3
    assert counts["cluster_type"]["key"] == 3


def test_an_unpublished_practice_leaves_the_counts_at_once(client, practice_index, ict):
    kept = GoodPracticePageFactory(
        parent=practice_index, title="Alfa", sector=ict, cluster_type="key"
    )
    GoodPracticePageFactory(
        parent=practice_index, title="Beta", sector=ict, cluster_type="key"
    )
    _visit(client)

    kept.unpublish()
    listing, counts, _queries = _visit(client)

    assert listing.faceted.count == 1
    assert counts["cluster_type"]["key"] == 1


def test_an_initiatives_new_cluster_type_reaches_the_counts_of_its_practices(
    client, home, practice_index, ict
):
    clusters = ClusterIndexPageFactory(parent=home)
    initiative = ClusterInitiativePageFactory(parent=clusters, cluster_type="key")
    GoodPracticePageFactory(
        parent=practice_index,
        title="Alfa",
        sector=ict,
        cluster_type="key",
        cluster_initiative=initiative,
    )
    _visit(client)

    initiative.cluster_type = "embryonic"
    initiative.save(update_fields=["cluster_type"])
    cluster_initiative_practices_sync(initiative=initiative)
    _listing, counts, _queries = _visit(client, "/dobre-praktyki/")

    assert counts["cluster_type"]["key"] == 0
    assert counts["cluster_type"]["embryonic"] == 1


def test_counts_among_the_matches_of_words_are_never_kept(client, practices):
    _visit(client, "/dobre-praktyki/?q=alfa")

    _listing, _counts, first = _visit(client, "/dobre-praktyki/?q=alfa")
    _listing, _counts, second = _visit(client, "/dobre-praktyki/?q=alfa")

    assert first == second


def test_a_renamed_term_is_offered_under_its_new_name_at_once(client, practices, ict):
    client.get(URL)

    ict.name_pl = "Technologie cyfrowe"
    ict.save()
    listing, _counts, _queries = _visit(client)

    sector = next(f for f in listing.faceted.facets if f.name == "sector")
    assert "Technologie cyfrowe" in [option.label for option in sector.options]


def test_terms_are_read_once_while_nothing_changes(client, practices):
    _visit(client)

    term_queries = [
        query
        for query in _queries_of(client, URL)
        if "knowledge_base_sector" in query and 'FROM "knowledge_base_sector"' in query
    ]

    assert term_queries == []


def _queries_of(client, url) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return [query["sql"] for query in captured]


def test_the_kept_filter_form_follows_the_address_and_the_last_publish(
    client, settings, practice_index, practices, ict
):
    settings.FRAGMENT_CACHE_SECONDS = 600
    first = client.get(URL).content.decode()
    other = client.get("/dobre-praktyki/?sector=ict").content.decode()

    GoodPracticePageFactory(
        parent=practice_index, title="Eta", sector=ict, cluster_type="key"
    )
    after = client.get(URL).content.decode()

    key_checkbox = (
        'name="cluster_type" value="key" id="practice-filters-cluster_type-key" checked'
    )
    assert key_checkbox in first
    assert key_checkbox not in other
    assert "(2)" in first.split('practice-filters-cluster_type-key">', 1)[1][:80]
    assert "(3)" in after.split('practice-filters-cluster_type-key">', 1)[1][:80]


def _titles(listing) -> list[str]:
    return [practice.title for practice in listing.page]


def test_a_kept_page_of_ids_gives_the_same_cards_without_sorting_again(
    client, practices
):
    first, _counts, _queries = _visit(client)
    ids_queries = [
        query
        for query in _queries_of(client, URL)
        if query.startswith('SELECT "knowledge_base_goodpracticepage"."page_ptr_id"')
        and "ORDER BY" in query
    ]
    second, _counts, _queries = _visit(client)

    assert _titles(second) == _titles(first) == ["Alfa", "Beta"]
    assert ids_queries == []


def test_each_sort_and_page_keeps_its_own_ids(client, practice_index, ict, practices):
    for number in range(12):
        GoodPracticePageFactory(
            parent=practice_index,
            title=f"Praktyka {number:02}",
            sector=ict,
            timescale_start=2020 + number,
            timescale_end=2021 + number,
        )
    by_title = "/dobre-praktyki/?sector=ict&sort=title"
    newest = "/dobre-praktyki/?sector=ict"
    pages = {
        url: _titles(_visit(client, url)[0])
        for url in (by_title, by_title + "&page=2", newest, newest + "&page=2")
    }

    for url, titles in pages.items():
        assert _titles(_visit(client, url)[0]) == titles
    assert pages[by_title][:2] == ["Alfa", "Beta"]
    assert set(pages[by_title]).isdisjoint(pages[by_title + "&page=2"])
    assert pages[newest][0] == "Praktyka 11"
    assert sorted(pages[by_title] + pages[by_title + "&page=2"]) == sorted(
        pages[newest] + pages[newest + "&page=2"]
    )


def test_a_published_practice_takes_its_place_in_the_kept_pages_at_once(
    client, practice_index, practices, ict
):
    _visit(client, URL + "&sort=title")

    GoodPracticePageFactory(
        parent=practice_index, title="Aaa", sector=ict, cluster_type="key"
    )
    listing, _counts, _queries = _visit(client, URL + "&sort=title")

    assert _titles(listing) == ["Aaa", "Alfa", "Beta"]


def test_a_kept_card_shows_a_published_change_at_once(
    client, settings, practice_index, ict
):
    settings.FRAGMENT_CACHE_SECONDS = 600
    practice = GoodPracticePageFactory(
        parent=practice_index, title="Alfa", sector=ict, cluster_type="key"
    )
    assert "Alfa" in client.get(URL).content.decode()

    practice.title = "Alfa odnowiona"
    practice.save_revision().publish()
    page = client.get(URL).content.decode()

    assert "Alfa odnowiona" in page
