"""A small events calendar for the browser tests: upcoming events of several kinds
around today (so the month grid has some), a multi-day one and a past one."""

from dataclasses import dataclass

from events.models import EventFormat, EventIndexPage, EventPage, EventType
from tests.events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    at,
    in_days,
)
from tests.website.factories import make_home_page


@dataclass(frozen=True)
class CalendarPages:
    calendar: EventIndexPage
    workshop: EventPage


def calendar_build() -> CalendarPages:
    home = make_home_page()
    calendar = EventIndexPageFactory(parent=home, show_in_menus=True)
    workshop = EventPageFactory(
        parent=calendar,
        title="Warsztat konsultacyjny: strategia klastra",
        day=in_days(0),
        capacity=20,
        registration_url="https://example.org/rejestracja",
        description=[
            {
                "type": "paragraph",
                "value": "<p>Warsztat dla koordynatorów inicjatyw klastrowych.</p>",
            }
        ],
    )
    EventPageFactory(
        parent=calendar,
        title="Webinar: czuwanie technologiczne",
        day=in_days(2),
        event_type=EventType.WEBINAR,
        event_format=EventFormat.ONLINE,
        venue_name="",
        venue_address="",
        online_url="https://example.org/webinar",
    )
    EventPageFactory(
        parent=calendar,
        title="Pomorskie Forum Klastrów",
        start=at(in_days(3), 9),
        end=at(in_days(4), 16),
        event_type=EventType.CONFERENCE,
        event_format=EventFormat.HYBRID,
        registration_closed=True,
    )
    EventPageFactory(
        parent=calendar,
        title="Spotkanie sieciujące",
        day=in_days(-10),
        event_type=EventType.NETWORKING,
    )
    return CalendarPages(calendar=calendar, workshop=workshop)
