"""The terms of the taxonomies as the faceted lists offer them, kept in the cache.

Every practice and cluster list offers every topic, sector, subregion and funding
source as a filter: four queries per request for rows that change a few times a
year. They are kept under the page-cache generation, and saving or deleting a term
makes a new one (which also refreshes cached pages that show its name).
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save

from knowledge_base.models import FundingSource, Sector, Subregion, Topic
from knowledge_base.models.taxonomies import Term
from website.page_cache import cache_generation_bump, kept_for_generation

TAXONOMIES = (Topic, Sector, Subregion, FundingSource)


def term_choices(model: type[Term]) -> list[tuple[str, str]]:
    """(slug, name in the active language) of the taxonomy's terms, in its order."""
    return [
        (slug, Term.localized_name(name_pl, name_en))
        for slug, name_pl, name_en in _terms(model)
    ]


def _terms(model: type[Term]) -> list[tuple[str, str, str]]:
    return kept_for_generation(
        f"terms:{model._meta.label_lower}",
        lambda: list(model.objects.values_list("slug", "name_pl", "name_en")),
        settings.FACET_COUNTS_CACHE_SECONDS,
    )


def _term_changed(**kwargs) -> None:
    cache_generation_bump()


def connect_invalidation() -> None:
    for model in TAXONOMIES:
        name = model._meta.label_lower
        post_save.connect(_term_changed, sender=model, dispatch_uid=f"{name}.saved")
        post_delete.connect(_term_changed, sender=model, dispatch_uid=f"{name}.deleted")
