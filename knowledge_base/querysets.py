"""Reads of the knowledge base's pages that chain: `GoodPracticePage.objects.published()
.for_listing().newest_first()`."""

from django.db.models import Prefetch
from wagtail.query import PageQuerySet

from website.restrictions import restricted_q

PRACTICE_LONG_TEXTS = (
    "challenge",
    "solution",
    "results",
    "resources",
    "lessons",
    "transferability",
    "materials",
)

# What knowledge_base/components/practice_card.html shows, and what its address
# needs (the page's place in the tree and its locale).
PRACTICE_CARD_FIELDS = (
    "title",
    "url_path",
    "path",
    "depth",
    "locale",
    "summary",
    "organisation",
    "cluster_initiative",
    "cluster_type",
    "timescale_start",
    "timescale_end",
    "sector",
    "subregion",
)


class GoodPracticeQuerySet(PageQuerySet):
    def published(self):
        """Live and without a view restriction: what any visitor may see."""
        return self.live().exclude(restricted_q())

    def for_listing(self):
        """With everything a list of practices shows, in a constant number of
        queries."""
        return self.select_related(
            "cluster_initiative", "sector", "subregion", "funding", "locale"
        ).prefetch_related("topics")

    def for_cards(self):
        """What a practice's card shows (PRACTICE_CARD_FIELDS). The initiative (its
        title only) and the topics come in queries of their own: joining them too
        costs PostgreSQL more time to plan than all three queries take to run."""
        from knowledge_base.models import ClusterInitiativePage

        initiatives = ClusterInitiativePage.objects.only("title")
        return (
            self.select_related("sector", "subregion", "locale")
            .prefetch_related(Prefetch("cluster_initiative", initiatives), "topics")
            .only(*PRACTICE_CARD_FIELDS)
        )

    def newest_first(self):
        return self.order_by("-timescale_start", "-timescale_end", "title", "pk")

    def oldest_first(self):
        return self.order_by("timescale_start", "timescale_end", "title", "pk")

    def by_title(self):
        return self.order_by("title", "pk")

    def recently_published(self):
        return self.order_by("-first_published_at", "-pk")


class ClusterInitiativeQuerySet(PageQuerySet):
    def published(self):
        return self.live().exclude(restricted_q())

    def for_listing(self):
        return self.select_related("subregion", "logo").prefetch_related("sectors")
