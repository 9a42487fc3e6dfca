"""Calendar months: the list's month headings and the month grid's weeks."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, field

from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.formats import date_format

# Weeks start on Monday, as in Poland and most of Europe.
_CALENDAR = calendar.Calendar(firstweekday=calendar.MONDAY)


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def of(cls, day: datetime.date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        """ "listopad 2026" / "November 2026", in the active language."""
        return date_format(self.first_day, "F Y")

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month, 1)

    @property
    def last_day(self) -> datetime.date:
        return datetime.date(
            self.year, self.month, calendar.monthrange(self.year, self.month)[1]
        )

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def previous(self) -> Month:
        return Month.of(self.first_day - datetime.timedelta(days=1))

    @property
    def next(self) -> Month:
        return Month.of(self.last_day + datetime.timedelta(days=1))


@dataclass
class MonthGroup:
    month: Month
    events: list = field(default_factory=list)


def group_by_month(events, *, not_before: datetime.date | None = None):
    """Consecutive events grouped under the month they take place in; an event that
    began before `not_before` (say, before today) counts from that day."""
    groups: list[MonthGroup] = []
    for event in events:
        day = max(event.first_day, not_before) if not_before else event.first_day
        month = Month.of(day)
        if not groups or groups[-1].month != month:
            groups.append(MonthGroup(month))
        groups[-1].events.append(event)
    return groups


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


def month_weeks(month: Month, events, *, today: datetime.date) -> list[list[Day]]:
    """The weeks of the month grid, Monday first; each day of the month holds the
    events taking place on it, a multi-day event on each of its days."""
    weeks = [
        [Day(day, day.month == month.month, day == today) for day in week]
        for week in _CALENDAR.monthdatescalendar(month.year, month.month)
    ]
    days = {day.date: day for week in weeks for day in week if day.in_month}
    for event in events:
        day = max(event.first_day, month.first_day)
        while day <= min(event.last_day, month.last_day):
            days[day].events.append(event)
            day += datetime.timedelta(days=1)
    return weeks


@dataclass(frozen=True)
class Weekday:
    name: str
    abbreviation: str


def weekdays() -> list[Weekday]:
    """The grid's column headers, in the active language."""
    return [
        Weekday(str(WEEKDAYS[number]), str(WEEKDAYS_ABBR[number]))
        for number in _CALENDAR.iterweekdays()
    ]
