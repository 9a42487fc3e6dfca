import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext

from knowledge_base.selectors import practice_listing
from tests.knowledge_base.factories import (
    ClusterIndexPageFactory,
    ClusterInitiativePageFactory,
    FundingSourceFactory,
    GoodPracticePageFactory,
    SectorFactory,
    SubregionFactory,
    TopicFactory,
    practices_bulk_create,
)


@pytest.fixture
def base(practice_index):
    """Six practices: 2 ICT key, 1 ICT embryonic, 2 food key, 1 food subregional."""
    topics = {slug: TopicFactory(slug=slug) for slug in ("sieciowanie", "szkolenia")}
    ict = SectorFactory(slug="ict", name_pl="ICT")
    food = SectorFactory(slug="zywnosc", name_pl="Żywność")
    north = SubregionFactory(slug="slupski")
    fund = FundingSourceFactory(slug="fep")
    rows = [
        ("Alfa", ict, "key", ["sieciowanie"], 2015, 2016),
        ("Beta", ict, "key", ["sieciowanie", "szkolenia"], 2018, 2020),
        ("Gamma", ict, "embryonic", ["szkolenia"], 2021, None),
        ("Delta", food, "key", ["sieciowanie"], 2019, 2019),
        ("Epsilon", food, "key", [], 2022, 2023),
        ("Zeta", food, "subregional", ["szkolenia"], 2010, 2012),
    ]
    for title, sector, cluster_type, topic_slugs, start, end in rows:
        GoodPracticePageFactory(
            parent=practice_index,
            title=title,
            sector=sector,
            cluster_type=cluster_type,
            topics=[topics[slug] for slug in topic_slugs],
            timescale_start=start,
            timescale_end=end,
            subregion=north if title in {"Alfa", "Delta"} else None,
            funding=fund if title == "Beta" else None,
        )


def listing(client, query: str = ""):
    response = client.get(f"/dobre-praktyki/{query}")
    assert response.status_code == 200
    return response.context["listing"], BeautifulSoup(response.content, "html.parser")


def counts(listing, facet_name: str) -> dict:
    facet = next(f for f in listing.faceted.facets if f.name == facet_name)
    return {option.value: option.count for option in facet.options}


def titles(listing) -> list[str]:
    return [practice.title for practice in listing.page.object_list]


def test_without_filters_lists_every_live_practice_newest_first(
    client, practice_index, base
):
    GoodPracticePageFactory(parent=practice_index, title="Szkic", live=False)

    result, _ = listing(client)

    assert titles(result) == ["Epsilon", "Gamma", "Delta", "Beta", "Alfa", "Zeta"]


def test_filters_of_different_facets_combine(client, base):
    result, _ = listing(client, "?sector=ict&cluster_type=key&topic=szkolenia")

    assert titles(result) == ["Beta"]


def test_values_of_one_facet_are_alternatives(client, base):
    result, _ = listing(client, "?cluster_type=embryonic&cluster_type=subregional")

    assert sorted(titles(result)) == ["Gamma", "Zeta"]


def test_facet_counts_reflect_the_other_facets_filters(client, base):
    result, _ = listing(client, "?sector=ict&cluster_type=key")

    # Cluster types among ICT practices, whichever type is chosen.
    assert counts(result, "cluster_type") == {
        "key": 2,
        "subregional": 0,
        "embryonic": 1,
    }
    # Sectors among key practices, whichever sector is chosen.
    assert counts(result, "sector") == {"ict": 2, "zywnosc": 2}
    # Topics among key ICT practices; Beta counts once under each of its topics.
    assert counts(result, "topic") == {"sieciowanie": 2, "szkolenia": 1}


def test_topic_filter_counts_a_practice_with_two_chosen_topics_once(client, base):
    result, _ = listing(client, "?topic=sieciowanie&topic=szkolenia")

    assert result.page.paginator.count == 5
    assert counts(result, "sector") == {"ict": 3, "zywnosc": 2}


def test_years_select_practices_running_in_the_range(client, base):
    result, _ = listing(client, "?year_from=2019&year_to=2021")

    assert sorted(titles(result)) == ["Beta", "Delta", "Gamma"]


def test_year_counts_are_practices_running_in_each_year(client, base):
    result, _ = listing(client, "?sector=ict")

    years = dict(result.faceted.years.counts)
    assert years[2015] == 1  # Alfa
    assert years[2019] == 1  # Beta
    assert years[2021] == 1  # Gamma, still running
    assert years[2025] == 1  # Gamma
    assert years[2017] == 0


def test_url_state_is_shown_in_the_form_and_the_list_of_chosen_filters(client, base):
    _, html = listing(client, "?sector=ict&topic=szkolenia&year_from=2018&sort=title")

    checked = {(box["name"], box["value"]) for box in html.select("input[checked]")}
    assert checked == {("sector", "ict"), ("topic", "szkolenia")}
    assert html.select_one("#practice-filters-year-from option[selected]")["value"] == (
        "2018"
    )
    assert html.select_one("#practice-filters-sort option[selected]")["value"] == (
        "title"
    )
    chosen = [link.get_text(" ", strip=True) for link in html.select(".kb-chosen a")]
    assert len(chosen) == 3
    assert any("ICT" in text for text in chosen)


def test_removing_a_chosen_filter_keeps_the_others(client, base):
    _, html = listing(client, "?sector=ict&topic=szkolenia")

    links = [link["href"] for link in html.select(".kb-chosen a")]
    assert "/dobre-praktyki/?topic=szkolenia" in links
    assert "/dobre-praktyki/?sector=ict" in links


def test_filter_form_works_without_javascript(client, base):
    _, html = listing(client)

    form = html.select_one("form.kb-filters")
    assert form["method"] == "get"
    assert form["action"] == "/dobre-praktyki/"
    assert form.select_one("button[type=submit]")
    assert not html.select("script:not([src])")


def test_no_match_says_so(client, base):
    result, html = listing(client, "?sector=ict&cluster_type=subregional")

    assert titles(result) == []
    assert html.select_one(".kb-empty")
    assert "0" in html.select_one("#results-heading").get_text()


def test_unknown_filter_values_are_ignored(client, base):
    result, _ = listing(client, "?sector=kosmos&year_from=abc&sort=random")

    assert result.page.paginator.count == 6


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("oldest", ["Zeta", "Alfa", "Beta", "Delta", "Gamma", "Epsilon"]),
        ("title", ["Alfa", "Beta", "Delta", "Epsilon", "Gamma", "Zeta"]),
    ],
)
def test_sort_orders(client, base, sort, expected):
    result, _ = listing(client, f"?sort={sort}")

    assert titles(result) == expected


def test_pages_of_twelve_with_links_that_keep_the_filters(client, practice_index):
    practices_bulk_create(practice_index, 30)

    result, html = listing(client, "?cluster_type=key&page=2")

    assert len(result.page.object_list) == 12
    links = [link["href"] for link in html.select(".kb-pagination a")]
    assert "?cluster_type=key&sort=newest&page=3" in links


def test_export_links_carry_the_filters(client, base):
    _, html = listing(client, "?sector=ict")

    hrefs = [link["href"] for link in html.select(".kb-export a")]
    assert hrefs == [
        "/dobre-praktyki/eksport/csv/?sector=ict&sort=newest",
        "/dobre-praktyki/eksport/jsonl/?sector=ict&sort=newest",
    ]


def queries_of(client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?cluster_type=key&topic=sieciowanie",
        "?topic=sieciowanie&sector=ict&year_from=2016&sort=title&page=2",
    ],
)
def test_query_count_does_not_grow_with_the_number_of_practices(
    client, practice_index, base, django_assert_num_queries, query
):
    url = f"/dobre-praktyki/{query}"
    practices_bulk_create(practice_index, 4)
    queries_of(client, url)  # the first request fills per-process caches
    queries_for_10 = queries_of(client, url)

    practices_bulk_create(practice_index, 190)

    with django_assert_num_queries(queries_for_10):
        client.get(url)


def test_listing_with_two_facets_takes_a_fixed_number_of_queries(
    practice_index, base, django_assert_num_queries
):
    params = QueryDict("cluster_type=key&topic=sieciowanie")
    practice_listing(index_page=practice_index, params=params)

    # View restrictions, 4 taxonomies; the unchosen facets and the count in one
    # pass, cluster types, topics, the span and counts of years; the page's ids,
    # its practices and their topics.
    with django_assert_num_queries(13):
        listing = practice_listing(index_page=practice_index, params=params)
        titles = [practice.title for practice in listing.page.object_list]

    assert titles == ["Delta", "Beta", "Alfa"]
    assert listing.page.paginator.count == 3


def test_a_long_list_links_to_the_pages_around_this_one_and_at_both_ends(
    client, practice_index
):
    practices_bulk_create(practice_index, 200)  # 17 pages

    _, html = listing(client, "?page=9")

    pages = html.select_one(".kb-pagination")
    numbers = [
        link.get_text(" ", strip=True).split()[-1]
        for link in pages.select("a:not([rel])")
    ]
    assert numbers == ["1", "2", "7", "8", "9", "10", "11", "16", "17"]
    assert len(pages.select(".kb-pagination__gap")) == 2


def test_cards_name_their_initiatives_in_one_query_whatever_their_number(
    client, home, practice_index, django_assert_num_queries
):
    clusters = ClusterIndexPageFactory(parent=home)
    for number in range(3):
        initiative = ClusterInitiativePageFactory(
            parent=clusters, title=f"Klaster {number}"
        )
        GoodPracticePageFactory(
            parent=practice_index,
            title=f"Praktyka {number}",
            cluster_initiative=initiative,
        )
    queries_of(client, "/dobre-praktyki/")
    queries_for_3 = queries_of(client, "/dobre-praktyki/")

    initiative = ClusterInitiativePageFactory(parent=clusters, title="Klaster 9")
    GoodPracticePageFactory(
        parent=practice_index, title="Praktyka 9", cluster_initiative=initiative
    )

    with django_assert_num_queries(queries_for_3):
        response = client.get("/dobre-praktyki/")
    page = response.content.decode()
    assert all(f"Klaster {number}" in page for number in (0, 1, 2, 9))
