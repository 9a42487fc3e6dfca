import datetime

import pytest
from django.utils import translation

from events.dates import EVENT_TIME_ZONE, event_when

UTC = datetime.UTC


def warsaw(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=EVENT_TIME_ZONE)


def when(start, end, *, all_day=False, language="pl") -> str:
    with translation.override(language):
        return event_when(start, end, all_day=all_day)


def test_one_day_event_reads_day_month_in_the_genitive_year_and_times_in_polish():
    start, end = warsaw(2027, 3, 12, 10), warsaw(2027, 3, 12, 14)
    assert when(start, end) == "12 marca 2027, 10:00–14:00"


def test_one_day_event_reads_day_month_year_and_times_in_english():
    start, end = warsaw(2027, 3, 12, 10), warsaw(2027, 3, 12, 14)
    assert when(start, end, language="en") == "12 March 2027, 10:00–14:00"


def test_times_are_shown_in_warsaw_whatever_zone_they_were_given_in():
    start = datetime.datetime(2027, 7, 1, 8, 0, tzinfo=UTC)
    end = datetime.datetime(2027, 7, 1, 12, 30, tzinfo=UTC)
    assert when(start, end) == "1 lipca 2027, 10:00–14:30"


def test_event_without_a_duration_shows_one_time():
    start = warsaw(2027, 3, 12, 10)
    assert when(start, start) == "12 marca 2027, 10:00"


def test_all_day_event_shows_only_its_day():
    assert when(warsaw(2027, 3, 12), warsaw(2027, 3, 12, 23, 59), all_day=True) == (
        "12 marca 2027"
    )


@pytest.mark.parametrize(
    ("first", "last", "language", "expected"),
    [
        ((2027, 3, 12), (2027, 3, 14), "pl", "12–14 marca 2027"),
        ((2027, 3, 30), (2027, 4, 2), "pl", "30 marca – 2 kwietnia 2027"),
        ((2026, 12, 30), (2027, 1, 2), "pl", "30 grudnia 2026 – 2 stycznia 2027"),
        ((2027, 3, 12), (2027, 3, 14), "en", "12–14 March 2027"),
        ((2027, 3, 30), (2027, 4, 2), "en", "30 March – 2 April 2027"),
    ],
)
def test_multi_day_all_day_event_names_the_month_and_year_once_where_shared(
    first, last, language, expected
):
    start, end = warsaw(*first), warsaw(*last, 23, 59)
    assert when(start, end, all_day=True, language=language) == expected


def test_multi_day_event_with_times_shows_both_ends():
    start, end = warsaw(2027, 3, 12, 9), warsaw(2027, 3, 13, 16)
    assert when(start, end) == "12 marca 2027, 09:00 – 13 marca 2027, 16:00"
