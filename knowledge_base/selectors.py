"""Reads of the knowledge base: the faceted lists, related practices, the practices
waiting for an expert's review."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.db.models import (
    Case,
    Count,
    ExpressionWrapper,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState

from knowledge_base.facets import (
    Facet,
    FacetedItems,
    YearRange,
    facet_apply,
    facet_filter,
)
from knowledge_base.models import (
    ClusterIndexPage,
    ClusterInitiativePage,
    ClusterType,
    FundingSource,
    GoodPracticePage,
    PracticeIndexPage,
    Sector,
    Subregion,
    Topic,
)
from knowledge_base.paging import IdsFirstPaginator
from knowledge_base.terms import term_choices

PRACTICES_PER_PAGE = 12
CLUSTERS_PER_PAGE = 24


@dataclass(frozen=True)
class ChosenFilter:
    """A filter in force, with the address of the same list without it."""

    label: str
    value: str
    remove_query: str


@dataclass(frozen=True)
class Listing:
    faceted: FacetedItems
    page: PaginatorPage
    # The pages to link to: the first and last, those around this one, and
    # Paginator.ELLIPSIS for the gaps (a link per page would be thousands of links).
    page_numbers: list
    chosen: list[ChosenFilter]
    sort: str
    sort_options: list[tuple[str, str]]
    filter_query: str
    page_query: str


def _term_choices(model):
    return lambda: term_choices(model)


def practice_facets() -> list[Facet]:
    return [
        Facet("topic", _("Topic"), "topics__slug", _term_choices(Topic), many=True),
        Facet(
            "cluster_type",
            _("Cluster type"),
            "cluster_type",
            lambda: ClusterType.choices,
        ),
        Facet("sector", _("Sector"), "sector__slug", _term_choices(Sector)),
        Facet("subregion", _("Subregion"), "subregion__slug", _term_choices(Subregion)),
        Facet(
            "funding",
            _("Funding source"),
            "funding__slug",
            _term_choices(FundingSource),
        ),
    ]


def practice_years() -> YearRange:
    return YearRange("timescale_start", "timescale_end", _("Years"))


def cluster_facets() -> list[Facet]:
    return [
        Facet(
            "cluster_type",
            _("Cluster type"),
            "cluster_type",
            lambda: ClusterType.choices,
        ),
        Facet("sector", _("Sector"), "sectors__slug", _term_choices(Sector), many=True),
        Facet("subregion", _("Subregion"), "subregion__slug", _term_choices(Subregion)),
    ]


SORTS = {
    "newest": _("newest first"),
    "oldest": _("oldest first"),
    "title": _("by title"),
}


def _sorted(practices: QuerySet, sort: str) -> QuerySet:
    if sort == "oldest":
        return practices.oldest_first()
    if sort == "title":
        return practices.by_title()
    return practices.newest_first()


# Words in `q` order the best matches by relevance (unless another order is chosen).
RELEVANCE = "relevance"
RELEVANCE_RANKED = 200


def practices_of_index(index_page: PracticeIndexPage) -> QuerySet:
    return GoodPracticePage.objects.child_of(index_page).published()


def _practices_matching(
    index_page: PracticeIndexPage, params: QueryDict
) -> tuple[QuerySet, list[int] | None]:
    """The index's practices matching the words in `q` (site search's analysis:
    any inflected form, with or without diacritics), and their ids by relevance."""
    from search.selectors import matching_ids

    practices = practices_of_index(index_page)
    ids = matching_ids(params.get("q", ""), practices)
    if ids is None:
        return practices, None
    return practices.filter(pk__in=ids), ids


def _practice_sort(params: QueryDict, ids: list[int] | None) -> str:
    if ids is not None and params.get("sort", RELEVANCE) not in SORTS:
        return RELEVANCE
    return _sort(params)


def _by_relevance(practices: QuerySet, ids: list[int] | None, sort: str):
    if sort != RELEVANCE:
        return _sorted(practices, sort)
    rank = Case(
        *(When(pk=pk, then=Value(i)) for i, pk in enumerate(ids[:RELEVANCE_RANKED])),
        default=Value(RELEVANCE_RANKED),
        output_field=IntegerField(),
    )
    return practices.alias(rank=rank).order_by("rank", "-timescale_start", "pk")


def practices_filtered(*, index_page: PracticeIndexPage, params: QueryDict) -> QuerySet:
    """The index's practices matching the words in `q` and the facets in `params`,
    in the chosen order (by relevance for words), ready to list or export."""
    matching, ids = _practices_matching(index_page, params)
    practices = facet_apply(
        matching, facets=practice_facets(), params=params, years=practice_years()
    )
    return _by_relevance(practices.for_listing(), ids, _practice_sort(params, ids))


def practice_listing(*, index_page: PracticeIndexPage, params: QueryDict) -> Listing:
    """Counts of every facet are among the practices matching the words in `q`."""
    matching, ids = _practices_matching(index_page, params)
    faceted = facet_filter(
        matching,
        facets=practice_facets(),
        params=params,
        years=practice_years(),
        this_year=timezone.localdate().year,
        # Counts among words' matches are not kept: any text makes a new set.
        tallies_key=f"practices:{index_page.pk}" if ids is None else None,
    )
    sort = _practice_sort(params, ids)
    items = _by_relevance(faceted.items, ids, sort)
    sorts = list(SORTS.items())
    if ids is not None:
        sorts.insert(0, (RELEVANCE, _("by relevance")))
    return _listing(
        faceted,
        items,
        params,
        load=GoodPracticePage.objects.for_cards().in_bulk,
        sort=sort,
        per_page=PRACTICES_PER_PAGE,
        sort_options=sorts,
    )


def cluster_listing(*, index_page: ClusterIndexPage, params: QueryDict) -> Listing:
    initiatives = ClusterInitiativePage.objects.child_of(index_page).published()
    faceted = facet_filter(
        initiatives,
        facets=cluster_facets(),
        params=params,
        this_year=timezone.localdate().year,
        tallies_key=f"clusters:{index_page.pk}",
    )
    items = faceted.items.order_by("title", "pk")
    return _listing(
        faceted,
        items,
        params,
        load=ClusterInitiativePage.objects.for_listing().in_bulk,
        sort="",
        per_page=CLUSTERS_PER_PAGE,
    )


def _sort(params: QueryDict) -> str:
    sort = params.get("sort", "")
    return sort if sort in SORTS else "newest"


def _listing(
    faceted, items, params, *, load, sort: str, per_page: int, sort_options=None
) -> Listing:
    """`items` sorted, `load` gives the objects of a page (with what a card shows) by
    their ids."""
    kept_as = f"{faceted.kept_as}:{sort}" if faceted.kept_as else None
    paginator = IdsFirstPaginator(
        items, per_page, count=faceted.count, load=load, kept_as=kept_as
    )
    page = paginator.get_page(params.get("page"))
    page_numbers = paginator.get_elided_page_range(page.number, on_each_side=2)
    filters = params.copy()
    for name in ("page", "sort"):
        filters.pop(name, None)
    paging = filters.copy()
    if sort:
        paging["sort"] = sort
    return Listing(
        faceted=faceted,
        page=page,
        page_numbers=list(page_numbers),
        chosen=_chosen_filters(faceted, filters),
        sort=sort,
        sort_options=sort_options or list(SORTS.items()),
        filter_query=filters.urlencode(),
        page_query=paging.urlencode(),
    )


def _chosen_filters(faceted: FacetedItems, filters: QueryDict) -> list[ChosenFilter]:
    chosen = []
    for facet in faceted.facets:
        for option in facet.selected:
            chosen.append(
                ChosenFilter(
                    f"{facet.label}: {option.label}",
                    option.value,
                    _without(filters, facet.name, option.value),
                )
            )
    years = faceted.years
    if years is not None:
        for name, year, label in (
            (years.name_from, years.year_from, _("from")),
            (years.name_to, years.year_to, _("to")),
        ):
            if year is not None:
                chosen.append(
                    ChosenFilter(
                        f"{years.label}: {label} {year}",
                        str(year),
                        _without(filters, name, None),
                    )
                )
    return chosen


def _without(params: QueryDict, name: str, value: str | None) -> str:
    remaining = params.copy()
    kept = [
        item for item in remaining.getlist(name) if value is not None and item != value
    ]
    remaining.setlist(name, kept)
    return remaining.urlencode()


def latest_practices(limit: int = 3, *, locale: Locale | None = None) -> QuerySet:
    """The practices published last, in the active language."""
    locale = locale or Locale.get_active()
    return (
        GoodPracticePage.objects.published()
        .filter(locale=locale)
        .for_listing()
        .recently_published()[:limit]
    )


def related_practices(practice: GoodPracticePage, limit: int = 4) -> list:
    """Practices of other initiatives sharing the most topics with this one, the same
    sector counting as one more; the best overlap first."""
    topic_ids = list(practice.topics.values_list("pk", flat=True))
    same_sector = Value(0)
    if practice.sector_id:
        same_sector = Case(
            When(sector_id=practice.sector_id, then=Value(1)), default=Value(0)
        )
    shared_topics = Count("topics", filter=Q(topics__in=topic_ids), distinct=True)
    others = (
        GoodPracticePage.objects.published()
        .filter(locale_id=practice.locale_id)
        .exclude(pk=practice.pk)
    )
    if practice.cluster_initiative_id:
        # Listed on their own, as the initiative's other practices.
        others = others.exclude(cluster_initiative_id=practice.cluster_initiative_id)
    # The ids are ranked first, then four practices loaded: grouping whole rows of
    # thousands of practices costs several times more.
    ids = list(
        others.order_by()
        .values("pk")
        .annotate(
            overlap=ExpressionWrapper(
                shared_topics + same_sector, output_field=IntegerField()
            )
        )
        .filter(overlap__gt=0)
        .order_by("-overlap", "-first_published_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    practices = GoodPracticePage.objects.select_related("cluster_initiative").in_bulk(
        ids
    )
    return [practices[pk] for pk in ids if pk in practices]


def practices_of_initiative(practice: GoodPracticePage) -> QuerySet:
    if not practice.cluster_initiative_id:
        return GoodPracticePage.objects.none()
    return (
        GoodPracticePage.objects.published()
        .filter(
            cluster_initiative_id=practice.cluster_initiative_id,
            locale_id=practice.locale_id,
        )
        .exclude(pk=practice.pk)
        .order_by("title")
    )


def practices_awaiting_review() -> list[tuple[GoodPracticePage, WorkflowState]]:
    """Practices waiting on a task of a moderation workflow, oldest request first,
    each with its workflow state (the task it waits on, who asked, when)."""
    states = list(
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
            content_type=ContentType.objects.get_for_model(GoodPracticePage),
        )
        .select_related("workflow", "current_task_state__task", "requested_by")
        .order_by("created_at")
    )
    practices = GoodPracticePage.objects.in_bulk([int(s.object_id) for s in states])
    return [
        (practices[int(state.object_id)], state)
        for state in states
        if int(state.object_id) in practices
    ]
