"""Cluster initiatives: their index, their pages and their yearly monitoring data."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from knowledge_base.models.taxonomies import ClusterType
from knowledge_base.querysets import ClusterInitiativeQuerySet
from search.indexing import LEMMA_SEARCH_FIELDS, PolishSearchable

FIRST_YEAR = 1990
LAST_YEAR = 2100
YEAR_VALIDATORS = [MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
DESCRIPTION_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


class ClusterIndexPage(PolishSearchable, Page):
    """Lists the region's cluster initiatives, filtered by type, sector and
    subregion."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["knowledge_base.ClusterInitiativePage"]

    class Meta:
        verbose_name = _("cluster initiative index")
        verbose_name_plural = _("cluster initiative indexes")

    def get_context(self, request, *args, **kwargs):
        from knowledge_base.selectors import cluster_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = cluster_listing(index_page=self, params=request.GET)
        return context


class ClusterInitiativePage(PolishSearchable, Page):
    cluster_type = models.CharField(
        _("cluster type"), max_length=20, choices=ClusterType.choices
    )
    sectors = ParentalManyToManyField(
        "knowledge_base.Sector",
        verbose_name=_("sectors"),
        related_name="cluster_initiatives",
        blank=True,
    )
    subregion = models.ForeignKey(
        "knowledge_base.Subregion",
        verbose_name=_("subregion"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cluster_initiatives",
    )
    coordinator = models.CharField(_("coordinator organisation"), max_length=255)
    year_founded = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    website = models.URLField(_("website"), blank=True)
    intro = models.TextField(
        _("short description"), help_text=_("One or two sentences, shown in lists.")
    )
    description = RichTextField(
        _("long description"), features=DESCRIPTION_FEATURES, blank=True
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    objects = PageManager.from_queryset(ClusterInitiativeQuerySet)()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("cluster_type"),
                FieldPanel("sectors"),
                FieldPanel("subregion"),
                FieldPanel("coordinator"),
                FieldRowPanel([FieldPanel("year_founded"), FieldPanel("website")]),
                FieldPanel("logo"),
            ],
            heading=_("The initiative"),
        ),
        FieldPanel("intro"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel(
                    [FieldPanel("contact_email"), FieldPanel("contact_phone")]
                ),
            ],
            heading=_("Contact (shown to members only)"),
        ),
        InlinePanel(
            "indicators",
            heading=_("Monitoring indicators"),
            label=_("Year"),
            help_text=_("One row per year of monitoring."),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("description"),
        index.SearchField("coordinator"),
        index.FilterField("cluster_type"),
        index.FilterField("subregion"),
        index.FilterField("year_founded"),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = ["knowledge_base.ClusterIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("cluster initiative")
        verbose_name_plural = _("cluster initiatives")

    def get_context(self, request, *args, **kwargs):
        from knowledge_base.access import can_see_contact
        from knowledge_base.charts import members_chart

        context = super().get_context(request, *args, **kwargs)
        indicators = list(self.indicators.order_by("year"))
        context["indicators"] = indicators
        context["chart"] = members_chart(indicators) if indicators else None
        context["show_contact"] = can_see_contact(request.user)
        context["practices"] = (
            self.practices.live().public().filter(locale_id=self.locale_id)
        ).order_by("title")
        return context


class ClusterIndicator(Orderable):
    """One year of an initiative's monitoring: its members, by kind, and what they
    did together."""

    page = ParentalKey(
        ClusterInitiativePage, related_name="indicators", on_delete=models.CASCADE
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=YEAR_VALIDATORS)
    enterprises = models.PositiveIntegerField(_("enterprises"), default=0)
    research_institutions = models.PositiveIntegerField(
        _("R&D institutions"), default=0
    )
    other_members = models.PositiveIntegerField(_("other members"), default=0)
    joint_projects = models.PositiveIntegerField(_("joint projects"), default=0)
    jobs = models.PositiveIntegerField(
        _("jobs"), default=0, help_text=_("People employed by the members.")
    )

    panels = [
        FieldPanel("year"),
        FieldRowPanel(
            [
                FieldPanel("enterprises"),
                FieldPanel("research_institutions"),
                FieldPanel("other_members"),
            ],
            heading=_("Members"),
        ),
        FieldRowPanel([FieldPanel("joint_projects"), FieldPanel("jobs")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("monitoring indicators of a year")
        verbose_name_plural = _("monitoring indicators")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "year"], name="kb_indicator_one_row_per_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.page} {self.year}"

    def clean(self):
        if self.members_total == 0:
            raise ValidationError(_("An initiative has at least one member."))

    @property
    def members_total(self) -> int:
        return self.enterprises + self.research_institutions + self.other_members
