"""Reads of the knowledge base's pages that chain: `GoodPracticePage.objects.published()
.for_listing().newest_first()`."""

from wagtail.query import PageQuerySet


class GoodPracticeQuerySet(PageQuerySet):
    def published(self):
        """Live and without a view restriction: what any visitor may see."""
        return self.live().public()

    def for_listing(self):
        """With everything a list of practices shows, in a constant number of
        queries."""
        return self.select_related(
            "cluster_initiative", "sector", "subregion", "funding", "locale"
        ).prefetch_related("topics")

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
        return self.live().public()

    def for_listing(self):
        return self.select_related("subregion", "logo").prefetch_related("sectors")
