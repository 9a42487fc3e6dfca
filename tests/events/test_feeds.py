"""RSS and Atom feeds of newly published events."""

import datetime
from xml.etree import ElementTree

from wagtail.models import PageViewRestriction

from tests.events.factories import EventPageFactory, in_days, translate
from tests.events.html import text
from tests.website.factories import make_english_home

ATOM = "{http://www.w3.org/2005/Atom}"


def parsed(response) -> ElementTree.Element:
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)  # noqa: S314 (our own feed)


def rss_items(response) -> list[ElementTree.Element]:
    return parsed(response).findall("channel/item")


def test_rss_lists_events_the_latest_published_first(client, calendar):
    for title in ("first", "second", "third"):
        EventPageFactory(parent=calendar, title=title)

    items = rss_items(client.get("/events/feed.rss"))

    assert [item.findtext("title") for item in items] == ["third", "second", "first"]


def test_rss_item_links_to_the_event_and_says_when_and_where(client, calendar):
    event = EventPageFactory(
        parent=calendar, title="Warsztat", day=datetime.date(2027, 3, 12)
    )

    (item,) = rss_items(client.get("/events/feed.rss"))

    assert item.findtext("link") == f"http://testserver{event.url}"
    assert "12 marca 2027, 10:00–14:00" in item.findtext("description")
    assert "Urząd Marszałkowski" in item.findtext("description")
    assert item.findtext("category") == "Warsztaty"


def test_rss_feed_includes_events_already_past_as_news(client, calendar):
    EventPageFactory(parent=calendar, title="last week", day=in_days(-7))

    assert [i.findtext("title") for i in rss_items(client.get("/events/feed.rss"))] == [
        "last week"
    ]


def test_atom_feed_lists_the_same_events(client, calendar):
    EventPageFactory(parent=calendar, title="Warsztat")

    response = client.get("/events/feed.atom")
    feed = parsed(response)

    assert response["Content-Type"].startswith("application/atom+xml")
    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == [
        "Warsztat"
    ]
    assert feed.findtext(f"{ATOM}title") == "Klastry Pomorskie: nowe wydarzenia"


def test_feeds_leave_out_drafts_and_events_behind_a_view_restriction(client, calendar):
    EventPageFactory(parent=calendar, title="draft", live=False)
    private = EventPageFactory(parent=calendar, title="members only")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )

    assert rss_items(client.get("/events/feed.rss")) == []
    assert b"members only" not in client.get("/events/feed.atom").content


def test_english_feed_is_in_english(client, home, calendar):
    make_english_home(home)
    translate(calendar, title="Events calendar", slug="events")
    event = EventPageFactory(parent=calendar, day=datetime.date(2027, 3, 12))
    translate(event, title="Workshop", slug="workshop")

    response = client.get("/events/feed.rss", {"lang": "en"})
    (item,) = rss_items(response)

    channel = parsed(response).find("channel")
    assert channel.findtext("title") == "Pomeranian Clusters: new events"
    assert channel.findtext("link") == "http://testserver/en/events/"
    assert item.findtext("title") == "Workshop"
    assert "12 March 2027, 10:00–14:00" in item.findtext("description")


def test_calendar_pages_point_to_the_feeds_in_their_language(client, home, calendar):
    make_english_home(home)
    english = translate(calendar, title="Events calendar", slug="events")

    polish_page = text(client.get(calendar.url))
    english_page = text(client.get(english.url))

    assert 'type="application/rss+xml"' in polish_page
    assert 'href="/events/feed.ics"' in polish_page
    assert 'href="/events/feed.ics?lang=en"' in english_page
    assert 'href="/events/feed.atom?lang=en"' in english_page
