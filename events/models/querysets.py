"""Reads of event pages that filter and chain:
`EventPage.objects.live().public().overlapping(first, last).of_type(t)`."""

import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail.models import PageManager, PageQuerySet

from events.dates import day_start, local


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now: datetime.datetime | None = None):
        """Events that have not ended yet, ongoing ones included. An all-day event
        lasts until the end of its last day."""
        return self.filter(_not_ended(now))

    def past(self, now: datetime.datetime | None = None):
        return self.exclude(_not_ended(now))

    def overlapping(
        self,
        first_day: datetime.date | None = None,
        last_day: datetime.date | None = None,
    ):
        """Events taking place on at least one day from `first_day` to `last_day`,
        both included; a missing bound leaves that side open."""
        queryset = self
        if first_day is not None:
            queryset = queryset.filter(end__gte=day_start(first_day))
        if last_day is not None:
            next_day = last_day + datetime.timedelta(days=1)
            queryset = queryset.filter(start__lt=day_start(next_day))
        return queryset

    def of_type(self, event_type: str):
        """Events of this type; an empty value means any type."""
        return self.filter(event_type=event_type) if event_type else self

    def in_format(self, event_format: str):
        """Events in this format; an empty value means any format."""
        return self.filter(event_format=event_format) if event_format else self

    def matching(
        self,
        *,
        date_from: datetime.date | None = None,
        date_to: datetime.date | None = None,
        event_type: str = "",
        event_format: str = "",
        now: datetime.datetime | None = None,
    ):
        """The calendar list's events, in date order: those from `date_from` to
        `date_to` (from now, when `date_from` is not given) of the type and format
        asked for."""
        queryset = self.of_type(event_type).in_format(event_format)
        if date_from is None:
            queryset = queryset.upcoming(now)
        return queryset.overlapping(date_from, date_to).chronological()

    def in_language(self, language_code: str):
        return self.filter(locale__language_code=language_code)

    def chronological(self):
        return self.order_by("start", "end", "title", "pk")

    def newest_first(self):
        return self.order_by("-start", "-end", "title", "pk")


def _not_ended(now: datetime.datetime | None) -> Q:
    now = now or timezone.now()
    start_of_today = day_start(local(now).date())
    return Q(end__gte=now) | Q(all_day=True, end__gte=start_of_today)


EventPageManager = PageManager.from_queryset(EventPageQuerySet)
