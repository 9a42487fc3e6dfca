"""The events calendar: the upcoming events, a month grid and the archive.

Each view is a route of the page, so an English copy of the calendar has all of them
too. Nothing here depends on who is asking, so the pages can be cached for everyone.
"""

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from events.dates import local_today
from events.forms import (
    EARLIEST_DAY,
    LATEST_DAY,
    EventFilterForm,
    EventKindFilterForm,
)
from events.models.event_page import EventPage
from events.months import Month, group_by_month, month_weeks, weekdays
from search.indexing import LEMMA_SEARCH_FIELDS, PolishSearchable


class EventIndexPage(PolishSearchable, RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = ["website.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    # Enough for a season of the Contact Point's events on one page.
    events_per_page = 50
    archive_events_per_page = 20

    class Meta:
        verbose_name = _("events calendar")
        verbose_name_plural = _("events calendars")

    def events(self):
        """The calendar's events that anyone may see."""
        return EventPage.objects.child_of(self).live().public()

    @path("", name="upcoming")
    def upcoming(self, request):
        """Upcoming events by month, or those the filters ask for."""
        has_filters = any(name in request.GET for name in EventFilterForm.base_fields)
        form = EventFilterForm(request.GET if has_filters else None)
        if form.is_bound and not form.is_valid():
            return self._invalid_filters(request, form)
        filters = form.filters() if form.is_bound else {}
        events = self.events().matching(**filters, now=timezone.now())
        page_of_events = self._paginate(request, events, self.events_per_page)
        return self.render(
            request,
            context_overrides={
                "form": form,
                "is_filtered": any(filters.values()),
                "page_of_events": page_of_events,
                "months": group_by_month(
                    page_of_events,
                    not_before=filters.get("date_from") or local_today(),
                ),
            },
        )

    @path(pgettext_lazy("URL path", "calendar/"), name="current_month")
    def current_month(self, request):
        return self._month_grid(request, Month.of(local_today()))

    @path(pgettext_lazy("URL path", "calendar/<int:year>/<int:month>/"), name="month")
    def month(self, request, year: int, month: int):
        if not (EARLIEST_DAY.year <= year <= LATEST_DAY.year and 1 <= month <= 12):
            raise Http404
        return self._month_grid(request, Month(year, month))

    @path(pgettext_lazy("URL path", "archive/"), name="archive")
    def archive(self, request):
        """Past events, the latest first."""
        events = self.events().past(timezone.now()).newest_first()
        page_of_events = self._paginate(request, events, self.archive_events_per_page)
        return self.render(
            request,
            template="events/event_index_page_archive.html",
            context_overrides={
                "page_of_events": page_of_events,
                "months": group_by_month(page_of_events),
            },
        )

    def _month_grid(self, request, month: Month):
        form = EventKindFilterForm(request.GET)
        if not form.is_valid():
            return self._invalid_filters(request, form, month=month)
        filters = form.filters()
        events = list(
            self.events()
            .overlapping(month.first_day, month.last_day)
            .of_type(filters["event_type"])
            .in_format(filters["event_format"])
            .chronological()
        )
        return self.render(
            request,
            template="events/event_index_page_month.html",
            context_overrides={
                "form": form,
                "is_filtered": any(filters.values()),
                "month": month,
                "previous_month": _within_range(month.previous),
                "next_month": _within_range(month.next),
                "weekdays": weekdays(),
                "events": events,
                "weeks": month_weeks(month, events, today=local_today()),
            },
        )

    def _invalid_filters(self, request, form, month: Month | None = None):
        """The form again with its errors, and no events: 400, never a server
        error."""
        template = "events/event_index_page_month.html" if month else None
        response = self.render(
            request,
            template=template,
            context_overrides={"form": form, "month": month},
        )
        response.status_code = 400
        return response

    @staticmethod
    def _paginate(request, events, per_page: int):
        return Paginator(events, per_page).get_page(request.GET.get("strona"))


def _within_range(month: Month) -> Month | None:
    return month if EARLIEST_DAY <= month.first_day <= LATEST_DAY else None
