from django.utils import translation
from wagtail.models import PageViewRestriction

from events import selectors
from tests.events.factories import EventPageFactory, in_days, translate
from tests.website.factories import make_english_home


def titles(events) -> list[str]:
    return [event.title for event in events]


def test_upcoming_events_are_the_next_three_soonest_first(calendar):
    for days in (9, 2, 5, 7):
        EventPageFactory(parent=calendar, title=f"in {days} days", day=in_days(days))

    assert titles(selectors.upcoming_events(limit=3)) == [
        "in 2 days",
        "in 5 days",
        "in 7 days",
    ]


def test_upcoming_events_leave_out_past_draft_and_restricted_events(calendar):
    EventPageFactory(parent=calendar, title="past", day=in_days(-1))
    EventPageFactory(parent=calendar, title="draft", day=in_days(1), live=False)
    private = EventPageFactory(parent=calendar, title="private", day=in_days(2))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    EventPageFactory(parent=calendar, title="public", day=in_days(3))

    assert titles(selectors.upcoming_events()) == ["public"]


def test_upcoming_events_are_in_the_active_language(home, calendar):
    make_english_home(home)
    translate(calendar, title="Events calendar", slug="events")
    event = EventPageFactory(parent=calendar, title="Warsztat", day=in_days(3))
    translate(event, title="Workshop", slug="workshop")

    with translation.override("en"):
        english = titles(selectors.upcoming_events())
    with translation.override("pl"):
        polish = titles(selectors.upcoming_events())

    assert (polish, english) == (["Warsztat"], ["Workshop"])


def test_calendar_page_is_the_one_in_the_active_language(home, calendar):
    make_english_home(home)
    english = translate(calendar, title="Events calendar", slug="events")

    with translation.override("en"):
        assert selectors.calendar_page() == english
    with translation.override("pl"):
        assert selectors.calendar_page() == calendar


def test_calendar_page_is_none_without_a_calendar(home):
    assert selectors.calendar_page() is None
