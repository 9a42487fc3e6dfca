"""Good practices, after the Interreg Europe good-practice database, and their
index."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from knowledge_base.models.clusters import YEAR_VALIDATORS
from knowledge_base.models.taxonomies import ClusterType
from knowledge_base.querysets import GoodPracticeQuerySet
from search.indexing import LEMMA_SEARCH_FIELDS, PolishSearchable
from website.blocks import CaptionedImageBlock, DocumentListBlock


class PracticeIndexPage(PolishSearchable, RoutablePageMixin, Page):
    """The knowledge base: good practices narrowed by facets, and exported."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["knowledge_base.GoodPracticePage"]

    class Meta:
        verbose_name = _("good practice index")
        verbose_name_plural = _("good practice indexes")

    def get_context(self, request, *args, **kwargs):
        from knowledge_base.selectors import practice_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = practice_listing(index_page=self, params=request.GET)
        return context

    @path(pgettext_lazy("URL path", "export/csv/"), name="export_csv")
    def export_csv(self, request):
        from knowledge_base import exporting

        return exporting.csv_response(self.filtered_practices(request))

    @path(pgettext_lazy("URL path", "export/jsonl/"), name="export_jsonl")
    def export_jsonl(self, request):
        from knowledge_base import exporting

        return exporting.jsonl_response(self.filtered_practices(request))

    def filtered_practices(self, request):
        from knowledge_base.selectors import practices_filtered

        return practices_filtered(index_page=self, params=request.GET)


class ExternalLinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link-external"
        label = _("External link")
        template = "knowledge_base/blocks/external_link_block.html"


class MaterialsBlock(blocks.StreamBlock):
    image = CaptionedImageBlock()
    documents = DocumentListBlock()
    link = ExternalLinkBlock()

    class Meta:
        label = _("Images, documents and links")


class GoodPracticePage(PolishSearchable, Page):
    external_id = models.CharField(
        _("external identifier"),
        max_length=100,
        blank=True,
        help_text=_(
            "The key of this practice in import files. Leave empty for practices "
            "entered here."
        ),
    )
    summary = models.TextField(_("summary"))
    challenge = models.TextField(_("the challenge it answered"))
    solution = models.TextField(_("what was done"))
    results = models.TextField(_("results and evidence of success"))
    resources = models.TextField(_("resources needed"), blank=True)
    lessons = models.TextField(_("difficulties and lessons learnt"), blank=True)
    transferability = models.TextField(_("potential for transfer"), blank=True)
    timescale_start = models.PositiveSmallIntegerField(
        _("from (year)"), validators=YEAR_VALIDATORS
    )
    timescale_end = models.PositiveSmallIntegerField(
        _("to (year)"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Leave empty while the practice goes on."),
    )
    cluster_initiative = models.ForeignKey(
        "knowledge_base.ClusterInitiativePage",
        verbose_name=_("cluster initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=255,
        blank=True,
        help_text=_("Who did it, when no cluster initiative on this site did."),
    )
    cluster_type = models.CharField(
        _("cluster type"),
        max_length=20,
        choices=ClusterType.choices,
        blank=True,
        help_text=_("Taken from the cluster initiative when one is chosen."),
    )
    topics = ParentalManyToManyField(
        "knowledge_base.Topic",
        verbose_name=_("topics"),
        related_name="practices",
        blank=True,
    )
    sector = models.ForeignKey(
        "knowledge_base.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
    )
    subregion = models.ForeignKey(
        "knowledge_base.Subregion",
        verbose_name=_("subregion"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
    )
    funding = models.ForeignKey(
        "knowledge_base.FundingSource",
        verbose_name=_("funding source"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
    )
    materials = StreamField(
        MaterialsBlock(), verbose_name=_("images, documents and links"), blank=True
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)

    objects = PageManager.from_queryset(GoodPracticeQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("challenge"),
                FieldPanel("solution"),
                FieldPanel("results"),
                FieldPanel("resources"),
                FieldPanel("lessons"),
                FieldPanel("transferability"),
                FieldRowPanel(
                    [FieldPanel("timescale_start"), FieldPanel("timescale_end")],
                    heading=_("Timescale"),
                ),
            ],
            heading=_("The practice"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("cluster_initiative"),
                FieldPanel("organisation"),
                FieldPanel("cluster_type"),
            ],
            heading=_("Who did it"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics"),
                FieldPanel("sector"),
                FieldPanel("subregion"),
                FieldPanel("funding"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("materials"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel(
                    [FieldPanel("contact_email"), FieldPanel("contact_phone")]
                ),
            ],
            heading=_("Contact (shown to members only)"),
        ),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("external_id")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("challenge"),
        index.SearchField("solution"),
        index.SearchField("results"),
        index.SearchField("lessons"),
        index.SearchField("transferability"),
        index.SearchField("organisation"),
        index.FilterField("cluster_type"),
        index.FilterField("sector"),
        index.FilterField("subregion"),
        index.FilterField("funding"),
        index.FilterField("timescale_start"),
        index.FilterField("timescale_end"),
        # For Elasticsearch's topic facet (search.elastic).
        index.RelatedFields("topics", [index.FilterField("slug")]),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = ["knowledge_base.PracticeIndexPage"]
    subpage_types = []
    # A copy, translated or not, is another record: it gets a key of its own.
    exclude_fields_in_copy = ["external_id"]

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~models.Q(external_id=""),
                name="kb_practice_unique_external_id",
            ),
            models.CheckConstraint(
                condition=models.Q(timescale_end__isnull=True)
                | models.Q(timescale_end__gte=models.F("timescale_start")),
                name="kb_practice_timescale_in_order",
            ),
        ]
        indexes = [
            # Every column the facets count and filter on: the index's practices
            # are counted from this index alone, not from their long rows.
            models.Index(
                fields=[
                    "cluster_type",
                    "sector",
                    "subregion",
                    "funding",
                    "timescale_start",
                    "timescale_end",
                    "page_ptr",
                ],
                name="kb_practice_facet_values",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.cluster_initiative_id:
            # The initiative's type is the practice's; services keep them in step.
            self.cluster_type = self.cluster_initiative.cluster_type
        elif not self.organisation:
            errors["organisation"] = _(
                "Choose a cluster initiative or name the organisation."
            )
        if not self.cluster_type:
            errors["cluster_type"] = _("Choose a cluster type.")
        start, end = self.timescale_start, self.timescale_end
        if start is not None and end is not None and end < start:
            errors["timescale_end"] = _("The end year comes before the start year.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from knowledge_base.access import can_see_contact
        from knowledge_base.selectors import practices_of_initiative, related_practices

        context = super().get_context(request, *args, **kwargs)
        context["show_contact"] = can_see_contact(request.user)
        context["related_practices"] = related_practices(self)
        context["initiative_practices"] = practices_of_initiative(self)
        return context

    @property
    def organisation_name(self) -> str:
        if self.cluster_initiative_id:
            return self.cluster_initiative.title
        return self.organisation
