"""Reads of the calendar for the rest of the site: the home page and the feeds.

Only live events that anyone may see, in one language: a page behind a view
restriction never reaches a list, a feed or a calendar client.
"""

import datetime

from django.utils import translation

from events.models import EventIndexPage, EventPage

NEW_EVENTS_IN_FEED = 20


def public_events(*, language_code: str | None = None):
    return (
        EventPage.objects.live()
        .public()
        .in_language(language_code or translation.get_language())
    )


def upcoming_events(
    limit: int = 3, *, language_code: str | None = None, now=None
) -> list[EventPage]:
    """The next `limit` events that have not ended, soonest first, in the active
    language unless told otherwise."""
    events = public_events(language_code=language_code).upcoming(now)
    return list(events.chronological()[:limit])


def calendar_page(*, language_code: str | None = None) -> EventIndexPage | None:
    """The events calendar in the active language, for links to it."""
    return (
        EventIndexPage.objects.live()
        .public()
        .filter(locale__language_code=language_code or translation.get_language())
        .order_by("path")
        .first()
    )


def feed_events(
    *, language_code: str, now: datetime.datetime | None = None
) -> list[EventPage]:
    """The events of the iCalendar feed: every event that has not ended."""
    return list(
        public_events(language_code=language_code).upcoming(now).chronological()
    )


def newly_published_events(*, language_code: str) -> list[EventPage]:
    """The events of the RSS and Atom feeds, the latest published first."""
    events = public_events(language_code=language_code).order_by(
        "-first_published_at", "-pk"
    )
    return list(events[:NEW_EVENTS_IN_FEED])
