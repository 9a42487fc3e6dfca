"""The iCalendar feed (/events/feed.ics) and each event's own file (<event>/ics/),
read back with the icalendar package as a calendar client would."""

import datetime

import pytest
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from tests.events.factories import EventPageFactory, at, in_days, translate
from tests.website.factories import make_english_home

FEED = "/events/feed.ics"


def parsed(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def unfolded(response) -> str:
    """The file's text with folded lines joined, as RFC 5545 section 3.1 reads it."""
    return response.content.decode().replace("\r\n ", "")


def last_sunday_of_october(year: int) -> datetime.date:
    october_31 = datetime.date(year, 10, 31)
    return october_31 - datetime.timedelta(days=(october_31.weekday() - 6) % 7)


def test_feed_holds_every_upcoming_public_event_once(client, calendar):
    for days in (1, 2, 3):
        EventPageFactory(parent=calendar, title=f"upcoming {days}", day=in_days(days))
    EventPageFactory(parent=calendar, title="past", day=in_days(-2))
    EventPageFactory(parent=calendar, title="draft", day=in_days(4), live=False)
    private = EventPageFactory(parent=calendar, title="private", day=in_days(5))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )

    events = parsed(client.get(FEED)).events

    assert sorted(str(event.summary) for event in events) == [
        "upcoming 1",
        "upcoming 2",
        "upcoming 3",
    ]
    assert len({str(event.uid) for event in events}) == 3


def test_times_stay_at_ten_in_warsaw_on_both_sides_of_the_october_change(
    client, calendar
):
    change = last_sunday_of_october(in_days(0).year + 1)
    saturday, monday = (change + datetime.timedelta(days=d) for d in (-1, 1))
    EventPageFactory(parent=calendar, title="summer time", day=saturday)
    EventPageFactory(parent=calendar, title="winter time", day=monday)

    events = {str(e.summary): e for e in parsed(client.get(FEED)).events}

    summer, winter = events["summer time"].start, events["winter time"].start
    assert (summer.date(), summer.hour) == (saturday, 10)
    assert (winter.date(), winter.hour) == (monday, 10)
    assert str(summer.tzinfo) == str(winter.tzinfo) == "Europe/Warsaw"
    assert summer.utcoffset() == datetime.timedelta(hours=2)
    assert winter.utcoffset() == datetime.timedelta(hours=1)


def test_the_feeds_own_time_zone_definition_has_the_october_change(client, calendar):
    change = last_sunday_of_october(in_days(0).year + 1)
    EventPageFactory(parent=calendar, day=change + datetime.timedelta(days=1))

    (time_zone,) = parsed(client.get(FEED)).timezones
    warsaw = time_zone.to_tz()

    assert time_zone.tz_name == "Europe/Warsaw"
    before = datetime.datetime.combine(change, datetime.time(1, 30), tzinfo=warsaw)
    after = datetime.datetime.combine(change, datetime.time(4, 0), tzinfo=warsaw)
    assert before.utcoffset() == datetime.timedelta(hours=2)
    assert after.utcoffset() == datetime.timedelta(hours=1)


def test_commas_semicolons_and_newlines_are_escaped_and_read_back_unchanged(
    client, calendar
):
    title = "Warsztaty: strategia, finanse; plan działań"
    intro = "Pierwsza linia, z przecinkiem;\ndruga linia"
    event = EventPageFactory(parent=calendar, title=title, intro=intro)

    response = client.get(f"{event.url}ics/")
    (component,) = parsed(response).events

    raw = unfolded(response)
    assert "SUMMARY:Warsztaty: strategia\\, finanse\\; plan działań" in raw
    assert "DESCRIPTION:Pierwsza linia\\, z przecinkiem\\;\\ndruga linia" in raw
    assert str(component.summary) == title
    assert str(component.description).startswith(intro + "\n\n")
    assert str(component["LOCATION"]) == (
        "Urząd Marszałkowski Województwa Pomorskiego, ul. Okopowa 21/27, 80-810 Gdańsk"
    )


def test_event_file_holds_that_event_for_download(client, calendar):
    event = EventPageFactory(parent=calendar, title="Warsztat", slug="warsztat")
    EventPageFactory(parent=calendar, title="Inne")

    response = client.get(f"{event.url}ics/")
    (component,) = parsed(response).events

    assert response["Content-Disposition"] == 'attachment; filename="warsztat.ics"'
    assert str(component.summary) == "Warsztat"
    assert str(component["URL"]) == event.full_url
    assert component.start == at(event.first_day, 10)
    assert component.end == at(event.first_day, 14)


def test_an_all_day_event_has_dates_and_ends_the_day_after_its_last_day(
    client, calendar
):
    event = EventPageFactory(
        parent=calendar,
        start=at(datetime.date(2027, 3, 12), 0),
        end=at(datetime.date(2027, 3, 14), 0),
        all_day=True,
    )

    (component,) = parsed(client.get(f"{event.url}ics/")).events

    assert component.start == datetime.date(2027, 3, 12)
    assert component.end == datetime.date(2027, 3, 15)


def test_a_calendar_without_events_is_still_a_valid_one(client, calendar):
    calendar_file = parsed(client.get(FEED))

    assert calendar_file.events == []
    assert [tz.tz_name for tz in calendar_file.timezones] == ["Europe/Warsaw"]
    assert str(calendar_file["VERSION"]) == "2.0"
    assert calendar_file["PRODID"]


def test_the_feed_keeps_its_identity_between_downloads(client, calendar):
    first, second = parsed(client.get(FEED)), parsed(client.get(FEED))

    assert first["UID"] == second["UID"]


def test_english_feed_holds_the_english_events(client, home, calendar):
    make_english_home(home)
    translate(calendar, title="Events calendar", slug="events")
    event = EventPageFactory(parent=calendar, title="Warsztat", day=in_days(3))
    translate(event, title="Workshop", slug="workshop")

    (component,) = parsed(client.get(FEED, {"lang": "en"})).events

    assert str(component.summary) == "Workshop"
    assert "Type: Workshop" in str(component.description)


@pytest.mark.parametrize("lang", ["de", "", "<x>"])
def test_an_unknown_language_gives_the_polish_feed(client, calendar, lang):
    EventPageFactory(parent=calendar, title="Warsztat", day=in_days(3))

    (component,) = parsed(client.get(FEED, {"lang": lang})).events

    assert "Rodzaj: Warsztaty" in str(component.description)
