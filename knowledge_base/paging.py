"""Pages of the knowledge base's long lists: the page's ids are sorted and sliced
first, then only its objects are loaded."""

from collections.abc import Callable

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Model, QuerySet

from website.page_cache import kept_for_generation


class IdsFirstPaginator(Paginator):
    """Pages of `items` (a sorted queryset), whose ids are sorted and sliced; the
    page's objects then come from `load` (ids to a dict of objects by id), a plain
    lookup by id that does not repeat the list's filters: sorting the ids of
    thousands of practices costs a tenth of sorting their whole rows. The number of
    items is given (the facet counts know it): no COUNT query."""

    def __init__(
        self,
        items: QuerySet,
        per_page: int,
        *,
        count: int,
        load: Callable[[list[int]], dict[int, Model]],
        kept_as: str | None = None,
    ):
        """`kept_as`: a name for these sorted items, the same for every visitor;
        each page's ids are then kept under the page-cache generation, like the
        facet counts (FACET_COUNTS_CACHE_SECONDS)."""
        ids = items.prefetch_related(None).values_list("pk", flat=True)
        super().__init__(ids, per_page)
        self.load = load
        self._count = count
        self.kept_as = kept_as

    @property
    def count(self) -> int:
        return self._count

    def _get_page(self, ids, number, paginator):
        if self.kept_as is None:
            ids = list(ids)
        else:
            ids = kept_for_generation(
                f"page-ids:{self.kept_as}:{self.per_page}:{number}",
                lambda: list(ids),
                settings.FACET_COUNTS_CACHE_SECONDS,
            )
        objects = self.load(ids)
        # An item unpublished between the two queries is left out.
        loaded = [objects[pk] for pk in ids if pk in objects]
        return super()._get_page(loaded, number, paginator)
