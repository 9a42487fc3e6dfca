"""Elasticsearch: the knowledge base's faceted practice search with elasticsearch-dsl.

Used instead of the database when ELASTICSEARCH_URL is set (search.selectors
.matching_ids). It searches the lemma fields Wagtail's Elasticsearch backend indexes
(search.indexing), so it finds what the database backends find; it counts the same
facets (topic, cluster type, sector, subregion, funding, start year) and highlights
the summary. The database still decides what a visitor may see: the ids found are
filtered by the caller's queryset (published, unrestricted, in the index page).
"""

from elasticsearch_dsl import FacetedSearch, HistogramFacet, NestedFacet, Q, TermsFacet
from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping
from wagtail.search.backends import get_search_backend

from search.indexing import BODY_LEMMAS, TITLE_LEMMAS
from search.query import AnalysedQuery

MAX_HITS = 1000


def _field_names(model) -> dict[str, str]:
    """Wagtail's Elasticsearch names of the model's search fields."""
    mapping = Elasticsearch8Mapping(model)
    return {
        field.field_name: mapping.get_field_column_name(field)
        for field in model.get_search_fields()
    }


def _practice_model():
    from knowledge_base.models import GoodPracticePage

    return GoodPracticePage


class PracticeSearch(FacetedSearch):
    """`PracticeSearch(query, filters={"sector": [3]})`: an AnalysedQuery, facet
    filters by the values the index holds (slugs for topics, ids for the rest)."""

    def __init__(self, query: AnalysedQuery, *, index: str, filters=None):
        self.index = index
        model = _practice_model()
        self.names = _field_names(model)
        self.content_type = Elasticsearch8Mapping(model).get_content_type()
        prefix = self.names[TITLE_LEMMAS].rsplit("__", 1)[0]
        self.fields = [f"{self.names[TITLE_LEMMAS]}^3", self.names[BODY_LEMMAS]]
        self.facets = {
            "topic": NestedFacet(
                f"{prefix}__topics", TermsFacet(field=f"{prefix}__topics.slug_filter")
            ),
            "cluster_type": TermsFacet(field=f"{prefix}__cluster_type_filter"),
            "sector": TermsFacet(field=f"{prefix}__sector_id_filter"),
            "subregion": TermsFacet(field=f"{prefix}__subregion_id_filter"),
            "funding": TermsFacet(field=f"{prefix}__funding_id_filter"),
            "year": HistogramFacet(
                field=f"{prefix}__timescale_start_filter", interval=1, min_doc_count=1
            ),
        }
        self.analysed = query
        super().__init__(query=query.text, filters=filters or {})

    def search(self):
        search = super().search()
        return (
            search.filter("term", _django_content_type=self.content_type)
            .filter("term", live_filter=True)
            .source(["pk"])
            .extra(size=MAX_HITS)
        )

    def query(self, search, query):
        """Every query word must match; a word matches by any of its lemmas, in the
        title's lemmas (boosted) or the body's."""
        if not self.analysed:
            return search
        words = [
            Q(
                "multi_match",
                query=" ".join(sorted(word.lemmas)),
                fields=self.fields,
                operator="or",
            )
            for word in self.analysed.words
        ]
        return search.query(Q("bool", must=words))

    def highlight(self, search):
        prefix = self.names[TITLE_LEMMAS].rsplit("__", 1)[0]
        return search.highlight(
            f"{prefix}__summary", "title", pre_tags=["<mark>"], post_tags=["</mark>"]
        )


def practice_search(query: AnalysedQuery, filters=None) -> PracticeSearch:
    backend = get_search_backend("default")
    index = backend.get_index_for_model(_practice_model()).name
    search = PracticeSearch(query, index=index, filters=filters)
    search._s = search._s.using(backend.es)
    return search


def practice_ids(query: AnalysedQuery) -> list[int]:
    """The ids of the practices matching the query, the most relevant first."""
    response = practice_search(query).execute()
    return [int(hit.pk) for hit in response]


# The faceted searches used in place of the backend's own search, by model label.
FACETED_SEARCHES = {"knowledge_base.GoodPracticePage": practice_ids}
