"""The accessibility declaration (deklaracja dostępności) the Polish law requires.

Fields follow the act of 4 April 2019 on the digital accessibility of public bodies'
websites and the minister's template for the declaration.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from search.indexing import LEMMA_SEARCH_FIELDS, PolishSearchable

DECLARATION_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class ComplianceStatus(models.TextChoices):
    COMPLIANT = "compliant", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NON_COMPLIANT = "non_compliant", _("not compliant")


class AssessmentMethod(models.TextChoices):
    SELF = "self", _("self-assessment")
    THIRD_PARTY = "third_party", _("assessment by a third party")


class AccessibilityDeclarationPage(PolishSearchable, Page):
    entity_name = models.CharField(_("public body"), max_length=255)
    website_url = models.URLField(_("website address"))
    publication_date = models.DateField(_("date the website was published"))
    update_date = models.DateField(_("date of the last major update"))
    compliance_status = models.CharField(
        _("compliance status"), max_length=20, choices=ComplianceStatus.choices
    )
    non_compliant_content = RichTextField(
        _("content that is not accessible, and why"),
        features=DECLARATION_FEATURES,
        blank=True,
    )
    prepared_on = models.DateField(_("date the declaration was prepared"))
    reviewed_on = models.DateField(_("date the declaration was last reviewed"))
    assessment_method = models.CharField(
        _("how compliance was assessed"),
        max_length=20,
        choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
    )
    accessibility_features = RichTextField(
        _("accessibility features of the site"),
        features=DECLARATION_FEATURES,
        blank=True,
    )
    contact_person = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"))
    contact_phone = models.CharField(_("contact phone"), max_length=40)
    request_procedure = RichTextField(
        _("requests and complaints procedure"), features=DECLARATION_FEATURES
    )
    enforcement_procedure = RichTextField(
        _("enforcement procedure"), features=DECLARATION_FEATURES
    )
    architectural_accessibility = RichTextField(
        _("architectural accessibility"), features=DECLARATION_FEATURES, blank=True
    )
    mobile_apps = RichTextField(
        _("mobile applications"), features=DECLARATION_FEATURES, blank=True
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("entity_name"),
                FieldPanel("website_url"),
                FieldPanel("publication_date"),
                FieldPanel("update_date"),
            ],
            heading=_("The website"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("compliance_status"),
                FieldPanel("non_compliant_content"),
                FieldPanel("prepared_on"),
                FieldPanel("reviewed_on"),
                FieldPanel("assessment_method"),
                FieldPanel("accessibility_features"),
            ],
            heading=_("Compliance"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("request_procedure"),
                FieldPanel("enforcement_procedure"),
            ],
            heading=_("Feedback and contact"),
        ),
        FieldPanel("architectural_accessibility"),
        FieldPanel("mobile_apps"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("non_compliant_content"),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = ["website.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility declaration")
        verbose_name_plural = _("accessibility declarations")
