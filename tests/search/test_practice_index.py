"""Full text inside the practice index: words narrow the list, facet counts follow."""

import pytest

from tests.knowledge_base.factories import GoodPracticePageFactory, TopicFactory

pytestmark = pytest.mark.django_db


def listing(client, index, **params):
    response = client.get(index.url, params)
    assert response.status_code == 200
    return response.context["listing"]


def facet(listing, name):
    return next(f for f in listing.faceted.facets if f.name == name)


def test_words_in_any_form_narrow_the_practices(
    client, practice_index, site_content, offshore_practice
):
    result = listing(client, practice_index, q="gieldy kooperacyjnej")

    assert list(result.page.object_list) == [offshore_practice]


def test_facet_counts_are_among_the_practices_matching_the_words(
    client, practice_index, site_content
):
    result = listing(client, practice_index, q="firmy")

    sector = {option.value: option.count for option in facet(result, "sector").options}
    assert sector["morska"] == 1
    topics = {o.value: o.count for o in facet(result, "topic").options}
    assert topics["sieciowanie"] == 1


def test_words_and_facets_combine(client, practice_index, site_content):
    assert (
        listing(
            client, practice_index, q="energii", sector="morska"
        ).page.paginator.count
        == 0
    )
    assert listing(client, practice_index, q="energii").page.paginator.count == 1


def test_best_matches_come_first_unless_another_order_is_chosen(client, practice_index):
    topic = TopicFactory(slug="wodor")
    weak = GoodPracticePageFactory(
        parent=practice_index,
        title="Magazyny",
        summary="Także wodór.",
        topics=[topic],
        timescale_start=2023,
        timescale_end=None,
    )
    strong = GoodPracticePageFactory(
        parent=practice_index,
        title="Wodór w portach",
        summary="Wodór.",
        timescale_start=2010,
    )

    by_relevance = listing(client, practice_index, q="wodór")
    newest = listing(client, practice_index, q="wodór", sort="newest")

    assert list(by_relevance.page.object_list) == [strong, weak]
    assert by_relevance.sort == "relevance"
    assert list(newest.page.object_list) == [weak, strong]


def test_the_filter_form_keeps_the_words_escaped(client, practice_index):
    content = client.get(practice_index.url, {"q": "<b>wodór</b>"}).content.decode()

    assert 'name="q" value="&lt;b&gt;wodór&lt;/b&gt;"' in content
    assert content.count('name="q"') == 3  # header box, words box, filter form


def test_export_follows_the_words(client, practice_index, site_content):
    response = client.get(practice_index.url + "eksport/jsonl/", {"q": "energii"})

    lines = b"".join(
        response.streaming_content if response.streaming else [response.content]
    )
    assert lines.count(b"\n") == 1
