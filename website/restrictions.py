"""Which pages are under a view restriction, as a filter that needs no query.

Wagtail's `PageQuerySet.public()` reads every view restriction from the database
each time it is called: a list of practices, the site search (once per kind of
content) and the calendar each pay a query for a table that changes a few times a
year. The restricted pages' places in the tree are kept under the page-cache
generation instead; adding, changing or removing a restriction, and moving or
deleting a page, make a new one (`website.page_cache.connect_invalidation`).
"""

from django.conf import settings
from django.db.models import Q
from wagtail.models import PageViewRestriction

from website.page_cache import kept_for_generation


def restricted_q() -> Q:
    """Pages under a view restriction (the restricted page and its descendants):
    `queryset.exclude(restricted_q())` is `queryset.public()`."""
    condition = Q()
    for path, depth in _restricted_places():
        condition |= Q(path__startswith=path, depth__gte=depth)
    return condition if condition else Q(pk__in=[])


def _restricted_places() -> list[tuple[str, int]]:
    return kept_for_generation(
        "restricted-pages",
        lambda: list(
            PageViewRestriction.objects.values_list("page__path", "page__depth")
        ),
        settings.ROUTE_CACHE_SECONDS,
    )
