import datetime
from types import SimpleNamespace

from django.utils import translation

from events.months import Month, group_by_month, month_weeks, weekdays


def event(first_day, last_day=None, title=""):
    return SimpleNamespace(
        first_day=first_day, last_day=last_day or first_day, title=title
    )


def test_month_knows_its_first_and_last_day_and_neighbours():
    february = Month(2028, 2)

    assert february.first_day == datetime.date(2028, 2, 1)
    assert february.last_day == datetime.date(2028, 2, 29)
    assert february.previous == Month(2028, 1)
    assert Month(2027, 12).next == Month(2028, 1)


def test_month_is_named_in_the_active_language():
    with translation.override("pl"):
        assert str(Month(2027, 3)) == "Marzec 2027"
    with translation.override("en"):
        assert str(Month(2027, 3)) == "March 2027"


def test_events_are_grouped_by_month_in_the_order_given():
    march, april = event(datetime.date(2027, 3, 31)), event(datetime.date(2027, 4, 1))

    groups = group_by_month([march, april])

    assert [(g.month, g.events) for g in groups] == [
        (Month(2027, 3), [march]),
        (Month(2027, 4), [april]),
    ]


def test_an_event_that_began_earlier_is_grouped_from_the_day_given():
    ongoing = event(datetime.date(2027, 2, 25), datetime.date(2027, 3, 5))

    groups = group_by_month([ongoing], not_before=datetime.date(2027, 3, 1))

    assert groups[0].month == Month(2027, 3)


def test_weeks_start_on_monday_and_cover_the_whole_month():
    weeks = month_weeks(Month(2027, 3), [], today=datetime.date(2027, 3, 10))

    assert weeks[0][0].date == datetime.date(2027, 3, 1)  # a Monday
    assert weeks[-1][-1].date == datetime.date(2027, 4, 4)
    assert not weeks[-1][-1].in_month
    assert all(len(week) == 7 for week in weeks)


def test_events_on_the_first_and_last_day_of_the_month_land_on_those_days():
    first = event(datetime.date(2027, 3, 1), title="first")
    last = event(datetime.date(2027, 3, 31), title="last")

    weeks = month_weeks(Month(2027, 3), [first, last], today=datetime.date(2027, 1, 1))
    days = {day.date: day for week in weeks for day in week}

    assert days[datetime.date(2027, 3, 1)].events == [first]
    assert days[datetime.date(2027, 3, 31)].events == [last]
    assert sum(len(day.events) for day in days.values()) == 2


def test_a_multi_day_event_lands_on_each_of_its_days_within_the_month():
    conference = event(datetime.date(2027, 3, 30), datetime.date(2027, 4, 2))

    weeks = month_weeks(Month(2027, 3), [conference], today=datetime.date(2027, 1, 1))
    busy = [day.date.day for week in weeks for day in week if day.events]

    assert busy == [30, 31]


def test_today_is_marked():
    weeks = month_weeks(Month(2027, 3), [], today=datetime.date(2027, 3, 10))

    assert [day.date for week in weeks for day in week if day.is_today] == [
        datetime.date(2027, 3, 10)
    ]


def test_weekday_headers_run_from_monday_in_the_active_language():
    with translation.override("pl"):
        headers = weekdays()

    assert (headers[0].name, headers[0].abbreviation) == ("Poniedziałek", "Pon")
    assert headers[-1].name == "Niedziela"
