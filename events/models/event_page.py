"""An event in the calendar: a workshop, a consultation, a training, a conference."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from events import dates, ical
from events.models.querysets import EventPageManager
from search.indexing import LEMMA_SEARCH_FIELDS, PolishSearchable
from website.blocks import BodyBlock


class EventType(models.TextChoices):
    WORKSHOP = "warsztaty", _("Workshop")
    CONSULTATION = "konsultacje", _("Consultation")
    TRAINING = "szkolenie", _("Training")
    CONFERENCE = "konferencja", _("Conference")
    NETWORKING = "spotkanie-sieciujace", _("Networking meeting")
    WEBINAR = "webinar", _("Webinar")


class EventFormat(models.TextChoices):
    IN_PERSON = "stacjonarnie", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrydowo", _("Hybrid")


class DocumentKind(models.TextChoices):
    AGENDA = "agenda", _("Agenda")
    PRESENTATION = "prezentacja", _("Presentation")
    OTHER = "inne", _("Other material")


class EventPage(PolishSearchable, RoutablePageMixin, Page):
    intro = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in lists, feeds and calendars."),
    )
    start = models.DateTimeField(_("starts at"))
    end = models.DateTimeField(_("ends at"))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("The event takes whole days; its times are not shown."),
    )
    event_type = models.CharField(
        _("event type"), max_length=32, choices=EventType.choices
    )
    event_format = models.CharField(
        _("format"),
        max_length=16,
        choices=EventFormat.choices,
        default=EventFormat.IN_PERSON,
    )
    venue_name = models.CharField(_("venue"), max_length=255, blank=True)
    venue_address = models.TextField(_("venue address"), blank=True)
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Where participants join an online or hybrid event."),
    )
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)
    description = StreamField(BodyBlock(), verbose_name=_("description"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_closed = models.BooleanField(
        _("registration closed"),
        default=False,
        help_text=_("Shows “Registration closed” instead of the registration link."),
    )
    capacity = models.PositiveIntegerField(_("number of places"), null=True, blank=True)

    objects = EventPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
            ],
            heading=_("Date and time"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("event_type"), FieldPanel("event_format")]),
                FieldPanel("organiser"),
            ],
            heading=_("Kind of event"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_url"),
                FieldPanel("registration_closed"),
                FieldPanel("capacity"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("image"),
        FieldPanel("description"),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
        InlinePanel(
            "related_practices",
            heading=_("Related good practices"),
            label=_("Good practice"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("description"),
        index.SearchField("venue_name"),
        index.SearchField("venue_address"),
        index.SearchField("organiser"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("event_type"),
        index.FilterField("event_format"),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        from events.selectors import event_related_practices

        context = super().get_context(request, *args, **kwargs)
        context["documents"] = self.documents.select_related("document")
        context["related_practices"] = event_related_practices(self)
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        """This event alone as an iCalendar file, for "Add to calendar"."""
        calendar = ical.events_calendar([self], request=request, name=self.title)
        return ical.ics_response(calendar, filename=f"{self.slug}.ics")

    @property
    def first_day(self) -> datetime.date:
        return dates.local(self.start).date()

    @property
    def last_day(self) -> datetime.date:
        return dates.local(self.end).date()

    @property
    def is_multi_day(self) -> bool:
        return self.last_day > self.first_day

    @property
    def when(self) -> str:
        return dates.event_when(self.start, self.end, all_day=self.all_day)

    @property
    def has_ended(self) -> bool:
        if self.all_day:
            return self.last_day < dates.local_today()
        return self.end < timezone.now()

    @property
    def registration_open(self) -> bool:
        return bool(self.registration_url) and not (
            self.registration_closed or self.has_ended
        )

    @property
    def is_online(self) -> bool:
        return self.event_format != EventFormat.IN_PERSON


class EventDocument(Orderable):
    """An agenda before the event, presentations after it."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(
        _("kind"),
        max_length=16,
        choices=DocumentKind.choices,
        default=DocumentKind.AGENDA,
    )

    panels = [FieldPanel("document"), FieldPanel("kind")]

    class Meta(Orderable.Meta):
        verbose_name = _("event document")
        verbose_name_plural = _("event documents")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.document}"


class EventRelatedPractice(Orderable):
    """A good practice the event is about, in the order the editor chose."""

    page = ParentalKey(
        EventPage, on_delete=models.CASCADE, related_name="related_practices"
    )
    practice = models.ForeignKey(
        "knowledge_base.GoodPracticePage",
        verbose_name=_("good practice"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("practice", "knowledge_base.GoodPracticePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related good practice")
        verbose_name_plural = _("related good practices")

    def __str__(self):
        return str(self.practice)
