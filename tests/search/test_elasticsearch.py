"""The Elasticsearch path. No server runs on the test machines: the request bodies
elasticsearch-dsl builds are asserted exactly, the fallback is tested against an
address that refuses connections, and the contract test runs only when
ELASTICSEARCH_URL points at a real server. None of this is coverage of a live server.
"""

import logging
import os

import pytest
from django.conf import settings as django_settings
from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping

from knowledge_base.models import GoodPracticePage
from search.elastic import PracticeSearch
from search.query import AnalysedQuery, QueryWord

PREFIX = "knowledge_base_goodpracticepage__"
UNREACHABLE = "http://127.0.0.1:9"


def elasticsearch_backends(url: str) -> dict:
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [url],
            "INDEX_PREFIX": "klastry_test_",
            "TIMEOUT": 2,
        },
        "database": django_settings.SEARCH_DATABASE_BACKEND,
    }


def query() -> AnalysedQuery:
    return AnalysedQuery(
        "klastrów morskich",
        [
            QueryWord("klastrów", frozenset({"klaster"})),
            QueryWord("morskich", frozenset({"morski", "morska"})),
        ],
    )


def facet_agg(name: str, inner: dict, chosen: dict | None = None) -> dict:
    return {"filter": chosen or {"match_all": {}}, "aggs": {name: inner}}


def test_practice_search_builds_this_exact_request_body():
    search = PracticeSearch(query(), index="klastry_wagtailcore_page")

    assert search._s.to_dict() == {
        "query": {
            "bool": {
                "filter": [
                    {
                        "term": {
                            "_django_content_type": "knowledge_base.GoodPracticePage"
                        }
                    },
                    {"term": {"live_filter": True}},
                ],
                "must": [
                    {
                        "multi_match": {
                            "query": query_text,
                            "fields": [
                                f"{PREFIX}search_title_lemmas^3",
                                f"{PREFIX}search_lemmas",
                            ],
                            "operator": "or",
                        }
                    }
                    for query_text in ("klaster", "morska morski")
                ],
            }
        },
        "aggs": {
            "_filter_topic": facet_agg(
                "topic",
                {
                    "nested": {"path": f"{PREFIX}topics"},
                    "aggs": {
                        "inner": {"terms": {"field": f"{PREFIX}topics.slug_filter"}}
                    },
                },
            ),
            "_filter_cluster_type": facet_agg(
                "cluster_type", {"terms": {"field": f"{PREFIX}cluster_type_filter"}}
            ),
            "_filter_sector": facet_agg(
                "sector", {"terms": {"field": f"{PREFIX}sector_id_filter"}}
            ),
            "_filter_subregion": facet_agg(
                "subregion", {"terms": {"field": f"{PREFIX}subregion_id_filter"}}
            ),
            "_filter_funding": facet_agg(
                "funding", {"terms": {"field": f"{PREFIX}funding_id_filter"}}
            ),
            "_filter_year": facet_agg(
                "year",
                {
                    "histogram": {
                        "field": f"{PREFIX}timescale_start_filter",
                        "interval": 1,
                        "min_doc_count": 1,
                    }
                },
            ),
        },
        "highlight": {
            "fields": {
                f"{PREFIX}summary": {"pre_tags": ["<mark>"], "post_tags": ["</mark>"]},
                "title": {"pre_tags": ["<mark>"], "post_tags": ["</mark>"]},
            }
        },
        "_source": ["pk"],
        "size": 1000,
    }


def test_a_chosen_facet_filters_hits_and_the_other_facets_counts():
    search = PracticeSearch(
        query(), index="klastry_wagtailcore_page", filters={"sector": [3]}
    )
    body = search._s.to_dict()
    chosen = {"terms": {f"{PREFIX}sector_id_filter": [3]}}

    assert body["post_filter"] == chosen
    assert body["aggs"]["_filter_cluster_type"]["filter"] == chosen
    # A facet's own choice does not narrow its own counts.
    assert body["aggs"]["_filter_sector"]["filter"] == {"match_all": {}}


def test_index_mapping_holds_the_lemma_fields():
    mapping = Elasticsearch8Mapping(GoodPracticePage).get_mapping()["properties"]

    assert mapping[f"{PREFIX}search_lemmas"] == {"type": "text", "copy_to": "_all_text"}
    assert mapping[f"{PREFIX}search_title_lemmas"]["type"] == "text"
    assert mapping[f"{PREFIX}topics"]["type"] == "nested"


@pytest.mark.django_db
def test_unreachable_elasticsearch_falls_back_to_the_database(
    client, site_content, settings, caplog
):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(UNREACHABLE)

    with caplog.at_level(logging.ERROR, logger="search.backends"):
        response = client.get("/api/search/", {"q": "klastrów morskich"})

    assert response.status_code == 200
    assert response.json()["total"] == 2
    assert "Elasticsearch failed, answered from the database" in caplog.text


@pytest.mark.django_db
def test_unreachable_elasticsearch_practice_index_still_searches(
    client, practice_index, site_content, settings
):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(UNREACHABLE)

    response = client.get(practice_index.url, {"q": "energii"})

    assert response.status_code == 200
    assert response.context["listing"].page.paginator.count == 1


@pytest.mark.django_db
def test_healthz_reports_search_degraded_when_elasticsearch_is_unreachable(
    client, site_content, settings
):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(UNREACHABLE)

    response = client.get("/healthz")

    assert response.json() == {"database": "ok", "search": "degraded"}
    assert response.status_code == 200


@pytest.mark.django_db
def test_healthz_reports_search_ok_on_the_database_backend(client):
    assert client.get("/healthz").json()["search"] == "ok"


@pytest.mark.django_db
@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="contract test: needs a real Elasticsearch 8 at ELASTICSEARCH_URL",
)
def test_contract_with_a_real_elasticsearch(settings, site_content, offshore_practice):
    from wagtail.search.backends import get_search_backend

    from search.elastic import practice_ids

    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(
        os.environ["ELASTICSEARCH_URL"]
    )
    backend = get_search_backend("default")
    index = backend.get_index_for_model(GoodPracticePage)
    index.reset()
    index.add_model(GoodPracticePage)
    index.add_items(GoodPracticePage, list(GoodPracticePage.objects.all()))
    index.refresh()

    assert practice_ids(query()) == [offshore_practice.pk]
