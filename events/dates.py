"""Event times: the calendar's time zone, local days, and how a date range reads.

Events take place in Pomorskie, so they are shown and filtered in Europe/Warsaw
whatever time zone the server or an editor's account uses.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.formats import date_format

EVENT_TIME_ZONE = ZoneInfo("Europe/Warsaw")

# "12 marca 2027" / "12 March 2027": E is the month's name in the genitive in Polish.
DAY_FORMAT = "j E Y"
DAY_MONTH_FORMAT = "j E"
TIME_FORMAT = "H:i"


def local(value: datetime.datetime) -> datetime.datetime:
    return timezone.localtime(value, EVENT_TIME_ZONE)


def local_today() -> datetime.date:
    return timezone.localdate(timezone=EVENT_TIME_ZONE)


def day_start(day: datetime.date) -> datetime.datetime:
    """Midnight at the beginning of `day` in Warsaw, as an aware datetime."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=EVENT_TIME_ZONE)


def event_when(
    start: datetime.datetime, end: datetime.datetime, *, all_day: bool
) -> str:
    """The event's dates and times in the active language, e.g.
    "12 marca 2027, 10:00–14:00" or "30 marca – 2 kwietnia 2027"."""
    start, end = local(start), local(end)
    if all_day:
        return day_range(start.date(), end.date())
    if start.date() == end.date():
        times = _time(start) if start == end else f"{_time(start)}–{_time(end)}"
        return f"{_day(start)}, {times}"
    return f"{_day(start)}, {_time(start)} – {_day(end)}, {_time(end)}"


def day_range(first: datetime.date, last: datetime.date) -> str:
    """ "12 marca 2027", "12–14 marca 2027", "30 marca – 2 kwietnia 2027"."""
    if first == last:
        return _day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{_day(last)}"
    if first.year == last.year:
        return f"{date_format(first, DAY_MONTH_FORMAT)} – {_day(last)}"
    return f"{_day(first)} – {_day(last)}"


def _day(value: datetime.date) -> str:
    return date_format(value, DAY_FORMAT)


def _time(value: datetime.datetime) -> str:
    return date_format(value, TIME_FORMAT)
