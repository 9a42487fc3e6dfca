"""Reads of the calendar for the rest of the site: the home page, the feeds and the
knowledge base's practices.

Only live pages that anyone may see, in one language: a page behind a view
restriction never reaches a list, a feed or a calendar client.
"""

import datetime

from django.utils import translation

from events.models import EventIndexPage, EventPage
from knowledge_base.models import GoodPracticePage

NEW_EVENTS_IN_FEED = 20
EVENTS_OF_PRACTICE = 5


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


def event_related_practices(event: EventPage) -> list[GoodPracticePage]:
    """The good practices the event is about, in the editor's order and in the
    event's language: a practice chosen in another language stands for its
    translation, and one without a published, public translation is left out."""
    keys = list(
        event.related_practices.order_by("sort_order").values_list(
            "practice__translation_key", flat=True
        )
    )
    if not keys:
        return []
    practices = (
        GoodPracticePage.objects.published()
        .filter(locale_id=event.locale_id, translation_key__in=keys)
        .for_listing()
    )
    by_key = {practice.translation_key: practice for practice in practices}
    return [by_key[key] for key in dict.fromkeys(keys) if key in by_key]


def practice_events(
    practice: GoodPracticePage, limit: int = EVENTS_OF_PRACTICE
) -> list[EventPage]:
    """The events about the practice (in any of its languages), in the practice's
    language, the latest first."""
    events = (
        EventPage.objects.live()
        .public()
        .filter(
            locale_id=practice.locale_id,
            related_practices__practice__translation_key=practice.translation_key,
        )
        .distinct()
        .order_by("-start", "pk")
    )
    return list(events[:limit])
