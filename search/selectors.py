"""Reads of the site search: the hits a user may see for a query, ranked, with their
counts by type; autocomplete suggestions; the pages editors promoted for a query."""

from dataclasses import dataclass, field
from functools import lru_cache

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.safestring import SafeString
from wagtail.models import Locale

from search.analysis import fold, lemma_text, words
from search.backends import with_fallback
from search.elastic import FACETED_SEARCHES
from search.highlighting import highlight_title, snippet
from search.models import Term
from search.query import AnalysedQuery, QueryWord, analyse_query
from search.sources import SOURCES, SearchSource, sources_for

RESULTS_PER_PAGE = 10
# Matches ranked per type of result (more when a later page asks for more);
# further matches are counted, not ranked.
CANDIDATES = 100
MAX_PAGE = 50
SUGGESTIONS = 8
SUGGESTION_PREFIX_FORMS = 30


@dataclass(frozen=True)
class Hit:
    type: str
    type_label: str
    title: str
    url: str
    snippet: SafeString
    title_html: SafeString


@dataclass
class SiteResults:
    query: AnalysedQuery
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    facets: dict[str, int] = field(default_factory=dict)
    page: int = 1
    per_page: int = RESULTS_PER_PAGE

    @cached_property
    def page_count(self) -> int:
        return min(-(-self.total // self.per_page), MAX_PAGE)

    @property
    def first_number(self) -> int:
        return (self.page - 1) * self.per_page + 1

    @property
    def has_next(self) -> bool:
        return self.page < self.page_count

    @property
    def has_previous(self) -> bool:
        return self.page > 1


@lru_cache(maxsize=20_000)
def title_lemmas(title: str) -> frozenset[str]:
    return frozenset(lemma_text(title).split())


def _ranked(query: AnalysedQuery, candidates):
    """Hits whose title holds more of the query's words first; within that, each
    backend's own order, sources interleaved."""

    def score(candidate):
        source, position, obj = candidate
        coverage = query.coverage(title_lemmas(source.title(obj)))
        return (-coverage, position, SOURCES.index(source))

    return sorted(candidates, key=score)


def _hit(source: SearchSource, obj, lemmas: frozenset[str]) -> Hit:
    title = source.title(obj)
    return Hit(
        type=source.type,
        type_label=str(source.label),
        title=title,
        url=source.url(obj),
        snippet=snippet(source.text(obj), lemmas),
        title_html=highlight_title(title, lemmas),
    )


def _found(backend, search_query, queryset, limit=CANDIDATES) -> tuple[list, int]:
    """Up to `limit` matches (id and title only) and how many match in all.

    Matches are ranked here (title coverage, search.selectors._ranked), not by the
    backend: the database backends' relevance ordering costs a correlated subquery
    per matching row, far too slow on thousands of rows."""
    results = backend.search(
        search_query, queryset.only("pk", "title"), order_by_relevance=False
    )
    found = list(results[:limit])
    count = len(found) if len(found) < limit else results.count()
    return found, count


def _full_objects(chosen, *, user, locale) -> dict:
    """The hits of one page in full (specific pages), one query per type of hit."""
    by_source: dict = {}
    for source, _, obj in chosen:
        by_source.setdefault(source, []).append(obj.pk)
    objects = {}
    for source, pks in by_source.items():
        queryset = source.queryset(user, locale=locale).filter(pk__in=pks)
        if hasattr(queryset, "specific"):
            queryset = queryset.specific()
        objects |= {(source.type, obj.pk): obj for obj in queryset}
    return objects


def site_search(
    *,
    query: AnalysedQuery,
    user,
    locale: Locale,
    types: list[str] | None = None,
    params: QueryDict | None = None,
    page: int = 1,
    per_page: int = RESULTS_PER_PAGE,
) -> SiteResults:
    """The page `page` of the hits for `query` the user may see, of the chosen types
    (all when none), narrowed by the facet filters in `params`, and the number of
    hits of every type the user may see.

    A corrected query that finds nothing the user may see is searched as typed: a
    correction is only shown with results, so it never reveals a word that only
    hidden content holds."""
    page = max(1, min(page, MAX_PAGE))
    results = SiteResults(query=query, page=page, per_page=per_page)
    if not query:
        return results
    search_query = query.search_query()
    wanted = page * per_page

    def run(backend):
        counts, candidates = {}, []
        for source in sources_for(user):
            queryset = source.narrow(
                source.queryset(user, locale=locale), params or QueryDict()
            )
            if queryset is None:
                continue
            found, counts[source.type] = _found(
                backend, search_query, queryset, max(CANDIDATES, wanted)
            )
            if not types or source.type in types:
                candidates += [(source, i, obj) for i, obj in enumerate(found)]
        return counts, candidates

    counts, candidates = with_fallback(run)
    if query.is_corrected and not any(counts.values()):
        return site_search(
            query=query.without_corrections(),
            user=user,
            locale=locale,
            types=types,
            params=params,
            page=page,
            per_page=per_page,
        )
    results.facets = counts
    results.total = sum(
        count for type_, count in counts.items() if not types or type_ in types
    )
    chosen = _ranked(query, candidates)[(page - 1) * per_page : wanted]
    objects = _full_objects(chosen, user=user, locale=locale)
    results.hits = [
        _hit(source, objects[source.type, obj.pk], query.lemmas)
        for source, _, obj in chosen
    ]
    return results


def matching_ids(text: str, queryset: QuerySet) -> list[int] | None:
    """The primary keys of the objects of `queryset` that match `text`, the most
    relevant first; None when the text holds no word to search for."""
    query = analyse_query(text)
    if not query:
        return None

    def run(backend):
        faceted = FACETED_SEARCHES.get(queryset.model._meta.label)
        if faceted is not None and hasattr(backend, "es"):
            ids = faceted(query)
            objects = queryset.in_bulk(ids)
            return [objects[pk] for pk in ids if pk in objects]
        return list(
            backend.search(
                query.search_query(),
                queryset.only("pk", "title"),
                order_by_relevance=False,
            )
        )

    found = with_fallback(run)
    order = {
        obj.pk: (-query.coverage(title_lemmas(obj.title)), i)
        for i, obj in enumerate(found)
    }
    return sorted(order, key=order.get)


def _prefix_query(text: str) -> AnalysedQuery:
    """The query with its last word taken as the start of a word: it stands for the
    lemmas of the vocabulary's words that begin with it."""
    query = analyse_query(text, correct=False)
    typed = words(query.text)
    if not query or not typed or typed[-1] != query.words[-1].typed:
        return query
    prefix = fold(typed[-1])
    lemmas = set(query.words[-1].lemmas)
    for term in Term.objects.filter(form__startswith=prefix).order_by("form")[
        :SUGGESTION_PREFIX_FORMS
    ]:
        lemmas |= term.lemma_set
    last = QueryWord(typed[-1], frozenset(lemmas))
    return AnalysedQuery(query.text, [*query.words[:-1], last])


def suggestions(*, text: str, user, locale: Locale, limit: int = SUGGESTIONS):
    """Titles for the search box: hits whose title holds the query's words, the
    last word as a prefix."""
    query = _prefix_query(text)
    if not query:
        return []
    search_query = query.search_query()

    def run(backend):
        candidates = []
        for source in sources_for(user):
            queryset = source.queryset(user, locale=locale)
            found, _count = _found(backend, search_query, queryset)
            candidates += [(source, i, obj) for i, obj in enumerate(found)]
        return candidates

    ranked = _ranked(query, with_fallback(run))
    return [
        {"title": source.title(obj), "url": source.url(obj), "type": source.type}
        for source, _, obj in ranked
        if query.coverage(title_lemmas(source.title(obj))) > 0
    ][:limit]
