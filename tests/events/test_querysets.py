import datetime

import pytest
from django.utils import timezone

from events.models import EventFormat, EventPage, EventType
from tests.events.factories import EventPageFactory, at

MARCH_10 = datetime.date(2027, 3, 10)
MARCH_20 = datetime.date(2027, 3, 20)


def titles(queryset) -> set[str]:
    return set(queryset.values_list("title", flat=True))


def event(calendar, title, first_day, last_day=None, **fields):
    return EventPageFactory(
        parent=calendar,
        title=title,
        start=at(first_day, 9),
        end=at(last_day or first_day, 17),
        **fields,
    )


def day(number: int) -> datetime.date:
    return datetime.date(2027, 3, number)


def in_range():
    return EventPage.objects.overlapping(MARCH_10, MARCH_20)


def test_range_includes_events_on_its_first_and_last_day(calendar):
    event(calendar, "first day", MARCH_10)
    event(calendar, "last day", MARCH_20)

    assert titles(in_range()) == {"first day", "last day"}


def test_range_leaves_out_events_on_the_day_before_and_the_day_after(calendar):
    event(calendar, "day before", day(9))
    event(calendar, "day after", day(21))

    assert titles(in_range()) == set()


def test_range_includes_multi_day_events_that_overlap_either_end(calendar):
    event(calendar, "overlaps the start", day(8), day(10))
    event(calendar, "overlaps the end", day(20), day(22))
    event(calendar, "spans the range", day(1), day(31))

    assert titles(in_range()) == {
        "overlaps the start",
        "overlaps the end",
        "spans the range",
    }


def test_range_leaves_out_a_multi_day_event_that_ends_the_day_before(calendar):
    event(calendar, "ends the day before", day(5), day(9))

    assert titles(in_range()) == set()


def test_an_open_ended_range_keeps_everything_from_its_start(calendar):
    event(calendar, "before", day(1))
    event(calendar, "long after", datetime.date(2030, 1, 1))

    assert titles(EventPage.objects.overlapping(MARCH_10, None)) == {"long after"}


def test_of_type_keeps_only_that_type_and_an_empty_type_keeps_all(calendar):
    event(calendar, "workshop", MARCH_10, event_type=EventType.WORKSHOP)
    event(calendar, "webinar", MARCH_10, event_type=EventType.WEBINAR)

    assert titles(EventPage.objects.of_type(EventType.WEBINAR)) == {"webinar"}
    assert titles(EventPage.objects.of_type("")) == {"workshop", "webinar"}


def test_in_format_keeps_only_that_format_and_an_empty_format_keeps_all(calendar):
    event(calendar, "in person", MARCH_10, event_format=EventFormat.IN_PERSON)
    event(calendar, "hybrid", MARCH_10, event_format=EventFormat.HYBRID)

    assert titles(EventPage.objects.in_format(EventFormat.HYBRID)) == {"hybrid"}
    assert titles(EventPage.objects.in_format("")) == {"in person", "hybrid"}


def test_upcoming_keeps_ongoing_events_and_leaves_out_ended_ones(calendar):
    now = timezone.now()
    hour = datetime.timedelta(hours=1)
    EventPageFactory(
        parent=calendar, title="ended", start=now - 3 * hour, end=now - hour
    )
    EventPageFactory(parent=calendar, title="ongoing", start=now - hour, end=now + hour)
    EventPageFactory(
        parent=calendar, title="later", start=now + hour, end=now + 2 * hour
    )

    assert titles(EventPage.objects.upcoming(now)) == {"ongoing", "later"}
    assert titles(EventPage.objects.past(now)) == {"ended"}


def test_all_day_event_stays_upcoming_until_its_day_is_over(calendar):
    event_day = MARCH_10
    EventPageFactory(
        parent=calendar,
        title="all day",
        start=at(event_day, 0),
        end=at(event_day, 0),
        all_day=True,
    )
    evening = at(event_day, 21)

    assert titles(EventPage.objects.upcoming(evening)) == {"all day"}
    assert titles(EventPage.objects.upcoming(at(day(11), 0, 1))) == set()


def test_matching_without_a_start_date_begins_now(calendar):
    now = at(MARCH_10, 12)
    event(calendar, "yesterday", day(9))
    event(calendar, "tomorrow", day(11))

    assert titles(EventPage.objects.matching(now=now)) == {"tomorrow"}
    assert titles(EventPage.objects.matching(date_from=day(9), now=now)) == {
        "yesterday",
        "tomorrow",
    }


def test_matching_lists_events_in_date_order(calendar):
    event(calendar, "second", day(12))
    event(calendar, "first", day(11))

    events = EventPage.objects.matching(date_from=MARCH_10)

    assert [e.title for e in events] == ["first", "second"]


@pytest.mark.parametrize("newest_first", [False, True])
def test_ordering_breaks_ties_on_title(calendar, newest_first):
    event(calendar, "B", MARCH_10)
    event(calendar, "A", MARCH_10)
    events = EventPage.objects.all()
    ordered = events.newest_first() if newest_first else events.chronological()

    assert [e.title for e in ordered] == ["A", "B"]
