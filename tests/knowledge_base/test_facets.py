import pytest
from django.db.models import Q
from django.http import QueryDict

from knowledge_base.facets import Facet, YearRange, facet_apply, facet_filter
from knowledge_base.models import GoodPracticePage
from knowledge_base.paging import IdsFirstPaginator
from knowledge_base.selectors import practice_facets, practice_years
from tests.knowledge_base.factories import (
    GoodPracticePageFactory,
    SectorFactory,
    TopicFactory,
)

YEARS = YearRange("timescale_start", "timescale_end", "Lata")


@pytest.fixture
def topics(db):
    return {slug: TopicFactory(slug=slug) for slug in ("sieciowanie", "szkolenia")}


@pytest.fixture
def practices(practice_index, topics):
    """Multi-year, one-year and still running practices, some with two topics."""
    ict = SectorFactory(slug="ict")
    rows = [
        ("Alfa", "key", ["sieciowanie", "szkolenia"], 2012, 2016, ict),
        ("Beta", "key", ["sieciowanie"], 2015, 2015, None),
        ("Gamma", "embryonic", ["szkolenia"], 2014, None, ict),
        ("Delta", "key", [], 2018, None, None),
        ("Epsilon", "subregional", ["sieciowanie", "szkolenia"], 2010, 2013, ict),
    ]
    return [
        GoodPracticePageFactory(
            parent=practice_index,
            title=title,
            cluster_type=cluster_type,
            topics=[topics[slug] for slug in slugs],
            timescale_start=start,
            timescale_end=end,
            sector=sector,
        )
        for title, cluster_type, slugs, start, end, sector in rows
    ]


def running_in(year: int) -> Q:
    return Q(timescale_start__lte=year) & (
        Q(timescale_end__isnull=True) | Q(timescale_end__gte=year)
    )


def test_year_counts_equal_the_practices_running_in_each_year(practices):
    practices_ = GoodPracticePage.objects.all()
    years = range(2009, 2021)

    counts = YEARS.counts(practices_, years)

    assert counts == {
        year: practices_.filter(running_in(year)).count() for year in years
    }
    assert counts[2015] == 3  # Alfa, Beta and Gamma, still running
    assert counts[2020] == 2  # Gamma and Delta, still running


def test_year_counts_cover_only_the_years_asked_for(practices):
    counts = YEARS.counts(GoodPracticePage.objects.all(), range(2014, 2017))

    assert counts == {2014: 2, 2015: 3, 2016: 2}


def test_a_practice_with_two_topics_counts_once_under_each(practices):
    topic = next(facet for facet in practice_facets() if facet.name == "topic")

    counts = topic.counts(GoodPracticePage.objects.all())

    assert counts == {"sieciowanie": 3, "szkolenia": 3}


def test_a_topic_filter_keeps_each_practice_once_and_counts_stay_exact(practices):
    params = QueryDict("topic=sieciowanie&topic=szkolenia")

    chosen = facet_apply(
        GoodPracticePage.objects.all(), facets=practice_facets(), params=params
    )

    assert sorted(chosen.values_list("title", flat=True)) == [
        "Alfa",
        "Beta",
        "Epsilon",
        "Gamma",
    ]
    sector = next(facet for facet in practice_facets() if facet.name == "sector")
    assert sector.counts(chosen) == {"ict": 3}


def test_facets_counted_in_one_pass_equal_their_own_counts(practices):
    params = QueryDict("cluster_type=key&topic=sieciowanie")
    facets = practice_facets()

    faceted = facet_filter(
        GoodPracticePage.objects.all(),
        facets=facets,
        params=params,
        years=practice_years(),
        this_year=2020,
    )

    matching = facet_apply(GoodPracticePage.objects.all(), facets=facets, params=params)
    assert faceted.count == matching.count() == 2
    for facet, shown in zip(facets, faceted.facets, strict=True):
        if facet.name in {"cluster_type", "topic"}:
            continue
        own = facet.counts(matching)
        assert {o.value: o.count for o in shown.options} == {
            value: own.get(value, 0) for value, _label in facet.known_choices()
        }


def test_chosen_facets_count_among_the_practices_of_the_other_facets(practices):
    faceted = facet_filter(
        GoodPracticePage.objects.all(),
        facets=practice_facets(),
        params=QueryDict("cluster_type=key&topic=sieciowanie"),
        this_year=2020,
    )

    counts = {
        facet.name: {o.value: o.count for o in facet.options if o.count}
        for facet in faceted.facets
    }
    # Types among the practices on networking; topics among key practices.
    assert counts["cluster_type"] == {"key": 2, "subregional": 1}
    assert counts["topic"] == {"sieciowanie": 2, "szkolenia": 1}


def test_unknown_lookup_of_a_many_facet_still_filters_by_a_subquery(practices):
    facet = Facet("title", "Tytuł", "title", lambda: [("Alfa", "Alfa")], many=True)

    chosen = facet.apply(GoodPracticePage.objects.all(), ["Alfa"])

    assert list(chosen.values_list("title", flat=True)) == ["Alfa"]


def test_pages_hold_the_sorted_items_and_trust_the_given_count(
    practices, django_assert_num_queries
):
    items = GoodPracticePage.objects.newest_first()

    paginator = IdsFirstPaginator(
        items, 2, count=5, load=GoodPracticePage.objects.in_bulk
    )
    with django_assert_num_queries(2):  # the page's ids, then its practices
        page = paginator.get_page(2)
        titles = [practice.title for practice in page.object_list]

    assert titles == ["Gamma", "Alfa"]  # Delta, Beta on page 1
    assert paginator.num_pages == 3
    assert page.has_next()
