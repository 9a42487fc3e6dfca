"""The knowledge base's taxonomies: what editors manage as snippets (topics, sectors,
subregions, funding sources) and the fixed cluster types of the regional programme."""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class ClusterType(models.TextChoices):
    """The three types of cluster the Regional Cluster Support Programme supports."""

    KEY = "key", _("key cluster")
    SUBREGIONAL = "subregional", _("subregional (local) cluster")
    EMBRYONIC = "embryonic", _("embryonic cluster (technology network)")


class Term(index.Indexed, models.Model):
    """A term of a taxonomy: a Polish and an English name and a slug that never changes
    with the name, so links, filters in URLs and import files keep working."""

    name_pl = models.CharField(_("name (Polish)"), max_length=150)
    name_en = models.CharField(_("name (English)"), max_length=150, blank=True)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_(
            "Used in addresses and import files. Change it only if nothing links "
            "to it yet."
        ),
    )

    panels = [FieldPanel("name_pl"), FieldPanel("name_en"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name_pl"),
        index.SearchField("name_en"),
        index.AutocompleteField("name_pl"),
    ]

    class Meta:
        abstract = True
        ordering = ["name_pl"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language; Polish when there is no English one."""
        return self.localized_name(self.name_pl, self.name_en)

    @staticmethod
    def localized_name(name_pl: str, name_en: str) -> str:
        if translation.get_language() == "en" and name_en:
            return name_en
        return name_pl


class Topic(Term):
    class Meta(Term.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Sector(Term):
    class Meta(Term.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class Subregion(Term):
    class Meta(Term.Meta):
        verbose_name = _("subregion")
        verbose_name_plural = _("subregions")


class FundingSource(Term):
    class Meta(Term.Meta):
        verbose_name = _("funding source")
        verbose_name_plural = _("funding sources")
