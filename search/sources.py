"""What the site search searches: one declared source per kind of content.

A source names its result `type` (the API's contract: practice, cluster, event, page,
forum_topic), says who may find its content at all, gives the queryset a user may
find, and how a hit shows: title, address, the text its snippet comes from. The
search views iterate `SOURCES`; they never name a model.

To make more content searchable, give its model `PolishSearchable` and the
`LEMMA_SEARCH_FIELDS` (search.indexing) and declare a source here.
"""

from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from community import access
from knowledge_base.facets import facet_apply
from website.restrictions import restricted_q


class SearchSource:
    type: str = ""
    label = ""

    def available_to(self, user) -> bool:
        """Whether the user may find anything of this kind; when not, the source is
        not even counted in the facets."""
        return True

    def queryset(self, user, *, locale: Locale) -> QuerySet:
        raise NotImplementedError

    def narrow(self, queryset: QuerySet, params: QueryDict) -> QuerySet | None:
        """The queryset narrowed by the facet filters in `params` (FACET_PARAMS); None
        when this kind of content cannot match them."""
        return None if chosen_facets(params) else queryset

    def title(self, obj) -> str:
        return obj.title

    def url(self, obj) -> str:
        return obj.get_url() if isinstance(obj, Page) else obj.get_absolute_url()

    def text(self, obj) -> str:
        """The text a snippet is cut from."""
        return obj.search_body_text()


class PageSource(SearchSource):
    """Published pages of one type without a view restriction, in the language of the
    request."""

    def __init__(self, type_: str, label, model_path: str, facets=None):
        self.type = type_
        self.label = label
        self.model_path = model_path
        self.facets = facets

    @property
    def model(self):
        from django.apps import apps

        return apps.get_model(self.model_path)

    def queryset(self, user, *, locale: Locale) -> QuerySet:
        return self.model.objects.live().exclude(restricted_q()).filter(locale=locale)

    def narrow(self, queryset: QuerySet, params: QueryDict) -> QuerySet | None:
        names = chosen_facets(params)
        if not names:
            return queryset
        if self.facets is None:
            return None
        facets, years = self.facets()
        if not names <= {facet.name for facet in facets} | _year_names(years):
            return None
        narrowed = facet_apply(queryset, facets=facets, params=params, years=years)
        # Search backends filter on indexed fields only: the facets' joins become ids.
        return queryset.filter(id__in=list(narrowed.values_list("pk", flat=True)))


class OtherPagesSource(SearchSource):
    """Every other published, unrestricted page: the strategy pages, indexes, the
    Contact Point."""

    type = "page"
    label = _("Page")

    def queryset(self, user, *, locale: Locale) -> QuerySet:
        others = [source.model for source in SOURCES if isinstance(source, PageSource)]
        return (
            Page.objects.live()
            .exclude(restricted_q())
            .filter(locale=locale, depth__gt=1)
            .not_type(*others)
        )


class ForumTopicSource(SearchSource):
    """Forum topics: approved members only; moderators-only categories for moderators
    only; a merged topic never (its posts live on in the target)."""

    type = "forum_topic"
    label = _("Forum topic")

    def available_to(self, user) -> bool:
        return access.is_approved_member(user)

    def queryset(self, user, *, locale: Locale) -> QuerySet:
        from community.forum.models import Category, Topic

        if not self.available_to(user):
            return Topic.objects.none()
        categories = list(
            Category.objects.visible_to(user).values_list("pk", flat=True)
        )
        return Topic.objects.filter(category_id__in=categories, merged_into=None)

    def text(self, obj) -> str:
        return obj.opening_post_text()


def _practice_facets():
    from knowledge_base.selectors import practice_facets, practice_years

    return practice_facets(), practice_years()


def _cluster_facets():
    from knowledge_base.selectors import cluster_facets

    return cluster_facets(), None


def _year_names(years) -> set[str]:
    return {years.name_from, years.name_to} if years else set()


SOURCES: list[SearchSource] = [
    PageSource(
        "practice",
        _("Good practice"),
        "knowledge_base.GoodPracticePage",
        facets=_practice_facets,
    ),
    PageSource(
        "cluster",
        _("Cluster initiative"),
        "knowledge_base.ClusterInitiativePage",
        facets=_cluster_facets,
    ),
    PageSource("event", _("Event"), "events.EventPage"),
    OtherPagesSource(),
    ForumTopicSource(),
]
SOURCE_TYPES = [source.type for source in SOURCES]


FACET_PARAMS = (
    "topic",
    "cluster_type",
    "sector",
    "subregion",
    "funding",
    "year_from",
    "year_to",
)


def chosen_facets(params: QueryDict) -> set[str]:
    return {name for name in FACET_PARAMS if params.get(name, "").strip()}


def source_for(type_: str) -> SearchSource | None:
    return next((source for source in SOURCES if source.type == type_), None)


def sources_for(user) -> list[SearchSource]:
    return [source for source in SOURCES if source.available_to(user)]
