"""Factories for the calendar's pages. Times are given in Warsaw; `at()` builds
them."""

import datetime

import factory
from django.utils import timezone
from wagtail.models import Locale

from events.dates import EVENT_TIME_ZONE
from events.models import EventFormat, EventIndexPage, EventPage, EventType
from tests.website.factories import PageFactory


def at(day: datetime.date, hour: int = 10, minute: int = 0) -> datetime.datetime:
    """A time in Warsaw on `day`."""
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=EVENT_TIME_ZONE
    )


def in_days(days: int) -> datetime.date:
    """The day `days` from today in Warsaw (negative: in the past)."""
    today = datetime.datetime.now(EVENT_TIME_ZONE).date()
    return today + datetime.timedelta(days=days)


class PublishedPageFactory(PageFactory):
    """Adds the page under `parent` already published, without a revision: the
    calendar reads only the pages themselves, and tests add many of them."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent, **kwargs):
        page = model_class(*args, **kwargs)
        if page.live:
            page.first_published_at = page.last_published_at = timezone.now()
        parent.add_child(instance=page)
        return page


class EventIndexPageFactory(PublishedPageFactory):
    title = "Kalendarz wydarzeń"
    slug = "wydarzenia"
    intro = "Warsztaty, konsultacje i konferencje dla inicjatyw klastrowych."

    class Meta:
        model = EventIndexPage


class EventPageFactory(PublishedPageFactory):
    """An in-person workshop from 10:00 to 14:00 in a week, unless told otherwise;
    give `day` to move it, or `start` and `end` to set both."""

    title = factory.Sequence(lambda n: f"Warsztat konsultacyjny {n}")
    intro = "Jednodniowy warsztat dla koordynatorów inicjatyw klastrowych."
    event_type = EventType.WORKSHOP
    event_format = EventFormat.IN_PERSON
    venue_name = "Urząd Marszałkowski Województwa Pomorskiego"
    venue_address = "ul. Okopowa 21/27\n80-810 Gdańsk"
    organiser = "Punkt Kontaktowy ds. klastrów"

    class Meta:
        model = EventPage

    class Params:
        day = factory.LazyFunction(lambda: in_days(7))

    start = factory.LazyAttribute(lambda o: at(o.day, 10))
    end = factory.LazyAttribute(lambda o: at(o.day, 14))


def translate(page, language_code: str = "en", **fields):
    """Publish a copy of `page` in another language; its parent must have one."""
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
