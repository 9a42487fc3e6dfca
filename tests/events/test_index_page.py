"""The calendar's list of upcoming events, its filters, and the archive."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from events.models import EventFormat, EventIndexPage, EventType
from tests.events.factories import EventPageFactory, at, in_days, translate
from tests.events.html import listed_titles, main_content, month_headings, text
from tests.events.queries import queries_to_render
from tests.website.factories import make_english_home

URL = "/wydarzenia/"


def event_on(calendar, title: str, day: datetime.date, **fields):
    return EventPageFactory(parent=calendar, title=title, day=day, **fields)


def test_lists_upcoming_events_soonest_first_and_leaves_out_past_ones(client, calendar):
    event_on(calendar, "in two weeks", in_days(14))
    event_on(calendar, "next week", in_days(7))
    event_on(calendar, "last week", in_days(-7))

    assert listed_titles(client.get(URL)) == ["next week", "in two weeks"]


def test_groups_events_under_the_month_they_take_place_in(client, calendar):
    event_on(calendar, "March", datetime.date(2027, 3, 31))
    event_on(calendar, "April", datetime.date(2027, 4, 1))

    response = client.get(URL, {"od": "2027-03-01"})

    assert month_headings(response) == ["Marzec 2027", "Kwiecień 2027"]


def test_filters_by_date_range_from_the_url_with_both_ends_included(client, calendar):
    event_on(calendar, "before", datetime.date(2027, 3, 9))
    event_on(calendar, "first day", datetime.date(2027, 3, 10))
    event_on(calendar, "last day", datetime.date(2027, 3, 20))
    event_on(calendar, "after", datetime.date(2027, 3, 21))
    EventPageFactory(
        parent=calendar,
        title="multi-day",
        start=at(datetime.date(2027, 3, 5)),
        end=at(datetime.date(2027, 3, 11)),
    )

    response = client.get(URL, {"od": "2027-03-10", "do": "2027-03-20"})

    assert listed_titles(response) == ["multi-day", "first day", "last day"]


def test_filters_by_type_and_format_from_the_url(client, calendar):
    event_on(
        calendar,
        "online webinar",
        in_days(3),
        event_type=EventType.WEBINAR,
        event_format=EventFormat.ONLINE,
    )
    event_on(
        calendar,
        "hybrid webinar",
        in_days(4),
        event_type=EventType.WEBINAR,
        event_format=EventFormat.HYBRID,
    )
    event_on(
        calendar,
        "online training",
        in_days(5),
        event_type=EventType.TRAINING,
        event_format=EventFormat.ONLINE,
    )

    response = client.get(URL, {"typ": "webinar", "format": "online"})

    assert listed_titles(response) == ["online webinar"]
    assert "1 wydarzenie pasuje do filtrów." in text(response)


def test_the_form_shows_the_filters_from_the_url(client, calendar):
    response = client.get(URL, {"od": "2027-03-10", "typ": "webinar"})

    html = text(response)
    assert 'name="od" value="2027-03-10"' in html
    assert '<option value="webinar" selected>' in html


def test_no_matching_events_says_so_and_offers_to_clear_the_filters(client, calendar):
    event_on(calendar, "workshop", in_days(3))

    response = client.get(URL, {"typ": "konferencja"})

    assert listed_titles(response) == []
    assert "Brak wydarzeń spełniających te kryteria." in text(response)
    assert f'<a href="{URL}">Wyczyść filtry i pokaż wszystkie nadchodzące' in text(
        response
    )


def test_without_upcoming_events_the_page_points_to_the_archive(client, calendar):
    response = client.get(URL)

    assert "Nie zapowiedziano jeszcze nowych wydarzeń." in text(response)
    assert f'href="{URL}archiwum/"' in text(response)


@pytest.mark.parametrize(
    "query",
    [
        {"od": "2026-13-45"},
        {"od": "2027-03-20", "do": "2027-03-10"},
        {"od": "tekst"},
        {"do": "9999-12-31"},
        {"typ": "koncert"},
        {"format": "<b>"},
    ],
    ids=["impossible-date", "from-after-to", "text", "far-future", "type", "format"],
)
def test_bad_filters_give_the_form_back_with_an_error(client, calendar, query):
    event_on(calendar, "workshop", in_days(3))

    response = client.get(URL, query)

    assert response.status_code == 400
    assert 'class="error-summary"' in text(response)
    assert 'aria-invalid="true"' in text(response)
    assert listed_titles(response) == []


def test_pages_of_the_list_keep_the_filters_in_their_links(
    client, calendar, monkeypatch
):
    monkeypatch.setattr(EventIndexPage, "events_per_page", 2)
    for number in range(3):
        event_on(
            calendar,
            f"webinar {number}",
            in_days(3 + number),
            event_type=EventType.WEBINAR,
        )

    first = client.get(URL, {"typ": "webinar"})
    second = client.get(URL, {"typ": "webinar", "strona": "2"})

    assert 'href="?typ=webinar&amp;strona=2"' in text(first)
    assert listed_titles(second) == ["webinar 2"]


def test_a_page_number_that_is_not_a_number_shows_the_first_page(client, calendar):
    event_on(calendar, "workshop", in_days(3))

    response = client.get(URL, {"strona": "abc"})

    assert response.status_code == 200
    assert listed_titles(response) == ["workshop"]


def test_events_behind_a_view_restriction_are_not_listed(client, calendar):
    private = event_on(calendar, "members only", in_days(3))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    event_on(calendar, "open to all", in_days(4))

    assert listed_titles(client.get(URL)) == ["open to all"]


def test_query_count_does_not_grow_with_the_number_of_events(
    client, calendar, django_assert_num_queries
):
    for number in range(5):
        event_on(calendar, f"event {number}", in_days(1 + number % 40))
    with_five = queries_to_render(client, URL)
    for number in range(5, 50):
        event_on(calendar, f"event {number}", in_days(1 + number % 40))
    client.get(URL)

    with django_assert_num_queries(with_five):
        response = client.get(URL)

    assert len(listed_titles(response)) == 50


def test_english_calendar_lists_english_events_with_english_labels_and_dates(
    client, home, calendar
):
    make_english_home(home, title="Pomeranian Clusters")
    english_calendar = translate(calendar, title="Events calendar", slug="events")
    event = event_on(calendar, "Warsztat", datetime.date(2027, 3, 12))
    translate(event, title="Workshop on strategy", slug="workshop")

    response = client.get("/en/events/", {"od": "2027-03-01"})

    html = text(response)
    assert english_calendar.url == "/en/events/"
    assert listed_titles(response) == ["Workshop on strategy"]
    assert month_headings(response) == ["March 2027"]
    assert "12 March 2027, 10:00–14:00" in html
    assert "Filter events" in html
    assert '<html lang="en"' in html


def test_archive_lists_past_events_newest_first(client, calendar):
    event_on(calendar, "a month ago", in_days(-30))
    event_on(calendar, "a week ago", in_days(-7))
    event_on(calendar, "a year ago", in_days(-365))
    event_on(calendar, "next week", in_days(7))

    response = client.get(f"{URL}archiwum/")

    assert listed_titles(response) == ["a week ago", "a month ago", "a year ago"]


def test_archive_is_paginated(client, calendar, monkeypatch):
    monkeypatch.setattr(EventIndexPage, "archive_events_per_page", 2)
    for days_ago in (1, 2, 3):
        event_on(calendar, f"{days_ago} days ago", in_days(-days_ago))

    first = client.get(f"{URL}archiwum/")
    second = client.get(f"{URL}archiwum/", {"strona": 2})

    assert listed_titles(first) == ["1 days ago", "2 days ago"]
    assert "Strona 1 z 2" in text(first)
    assert listed_titles(second) == ["3 days ago"]


def test_the_calendar_itself_is_the_same_for_every_visitor(
    client, calendar, django_user_model
):
    event_on(calendar, "workshop", in_days(3))
    anonymous = main_content(client.get(URL))
    client.force_login(django_user_model.objects.create_user("member", password="x"))

    assert main_content(client.get(URL)) == anonymous
