"""Events as iCalendar (RFC 5545) documents, for calendar clients to import or
subscribe to.

Times are given in Europe/Warsaw with the zone's VTIMEZONE in the document, so a
client shows a 10:00 workshop at 10:00 on either side of a daylight-saving change.
"""

import datetime
import uuid
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone

from events.dates import EVENT_TIME_ZONE, local

PRODUCT_ID = "-//Klastry Pomorskie//Kalendarz wydarzeń//PL"
# How often subscribed clients should fetch the feed again.
REFRESH_INTERVAL = datetime.timedelta(hours=6)
# The zone's rules are written out for the years of the events and the next ones.
TIME_ZONE_YEARS_AHEAD = 2


def events_calendar(events: Iterable, *, request, name: str) -> Calendar:
    events = list(events)
    calendar = Calendar.new(
        prodid=PRODUCT_ID,
        name=name,
        method="PUBLISH",
        calscale="GREGORIAN",
        refresh_interval=REFRESH_INTERVAL,
        # The same calendar keeps the same identifier from one download to the next.
        uid=uuid.uuid5(uuid.NAMESPACE_URL, request.build_absolute_uri()),
    )
    calendar.add("x-wr-timezone", EVENT_TIME_ZONE.key)
    calendar.add_component(_time_zone(events))
    for event in events:
        calendar.add_component(event_component(event, request=request))
    return calendar


def event_component(event, *, request) -> Event:
    url = event.get_full_url(request)
    component = Event.new(
        uid=f"event-{event.pk}@{urlsplit(url).hostname}",
        stamp=event.last_published_at or timezone.now(),
        summary=event.title,
        description=_description(event, url),
        location=_location(event),
        url=url,
        categories=[event.get_event_type_display()],
        status="CONFIRMED",
    )
    if event.all_day:
        # DTEND of an all-day event is the day after its last day (RFC 5545, 3.6.1).
        component.start = event.first_day
        component.end = event.last_day + datetime.timedelta(days=1)
    else:
        component.start = local(event.start)
        component.end = local(event.end)
    return component


def ics_response(
    calendar: Calendar, *, filename: str, attachment: bool = True
) -> HttpResponse:
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def _time_zone(events: list) -> Timezone:
    """Europe/Warsaw, always present: it keeps even a calendar without events valid
    (RFC 5545 asks for at least one component)."""
    years = [event.first_day.year for event in events] or [timezone.now().year]
    last_years = [event.last_day.year for event in events] or years
    return Timezone.from_tzinfo(
        EVENT_TIME_ZONE,
        first_date=datetime.date(min(years), 1, 1),
        last_date=datetime.date(max(last_years) + TIME_ZONE_YEARS_AHEAD, 1, 1),
    )


def _location(event) -> str:
    place = ", ".join(
        part
        for part in [event.venue_name, *event.venue_address.splitlines()]
        if part.strip()
    )
    if event.is_online:
        online = event.online_url or _("Online")
        return f"{place} / {online}" if place else online
    return place


def _description(event, url: str) -> str:
    details = [
        (_("Type"), event.get_event_type_display()),
        (_("Format"), event.get_event_format_display()),
        (_("Organiser"), event.organiser),
        (_("Online link"), event.online_url),
        (_("Registration"), _registration(event)),
    ]
    facts = "\n".join(
        [f"{label}: {value}" for label, value in details if value] + [url]
    )
    return f"{event.intro}\n\n{facts}" if event.intro else facts


def _registration(event) -> str:
    if event.registration_closed:
        return _("Registration closed")
    return event.registration_url
