"""The site's content pages: home, strategy and programme pages, section indexes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from events.selectors import calendar_page, upcoming_events
from search.indexing import LEMMA_SEARCH_FIELDS, PolishSearchable
from website.blocks import BodyBlock


class HomePage(PolishSearchable, Page):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "website.StandardPage",
        "website.SectionIndexPage",
        "website.ContactPointPage",
        "website.AccessibilityDeclarationPage",
        "knowledge_base.PracticeIndexPage",
        "knowledge_base.ClusterIndexPage",
        "events.EventIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().in_menu().specific()
        context["events"] = upcoming_events(limit=3)
        context["calendar_page"] = calendar_page()
        return context


class StandardPage(PolishSearchable, Page):
    """A page of prose: a strategy, a programme, "about the project", a policy."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = [
        "website.HomePage",
        "website.SectionIndexPage",
        "website.StandardPage",
    ]
    subpage_types = ["website.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class SectionIndexPage(PolishSearchable, Page):
    """A section of the site ("Poziom regionalny") that lists the pages in it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = ["website.HomePage", "website.SectionIndexPage"]
    subpage_types = ["website.StandardPage", "website.SectionIndexPage"]

    class Meta:
        verbose_name = _("section index page")
        verbose_name_plural = _("section index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Pages behind a view restriction are left out so their titles never reach
        # visitors who cannot open them.
        context["children"] = self.get_children().live().public().specific()
        return context
