"""Results editors promoted for a query (wagtail.contrib.search_promotions)."""

from dataclasses import dataclass

from django.db.models import Q
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string


@dataclass(frozen=True)
class Promotion:
    title: str
    url: str
    description: str


def promotions_for(text: str, *, locale: Locale) -> list[Promotion]:
    """The promoted results for the query, in the editors' order: published,
    unrestricted pages in the request's language, and external links."""
    if not text:
        return []
    public_pages = Page.objects.live().public().filter(locale=locale)
    promoted = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .filter(Q(page__isnull=True) | Q(page__in=public_pages))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    return [
        Promotion(
            title=promotion.title or promotion.external_link_url,
            url=promotion.page.url if promotion.page else promotion.external_link_url,
            description=promotion.description,
        )
        for promotion in promoted
        if promotion.page or promotion.external_link_url
    ]
