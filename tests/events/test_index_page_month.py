"""The calendar's month grid (kalendarz/<year>/<month>/, calendar/… in English)."""

import datetime
import re

import pytest

from events.dates import local_today
from events.models import EventType
from tests.events.factories import EventPageFactory, at, translate
from tests.events.html import text
from tests.events.queries import queries_to_render
from tests.website.factories import make_english_home

URL = "/wydarzenia/kalendarz/"


def cell_of(response, day: int) -> str:
    """The grid cell of `day` of the month shown."""
    cells = re.findall(
        r"<td class=\"month-grid__day[^\"]*\"[^>]*>.*?</td>", text(response), re.S
    )
    in_month = [cell for cell in cells if "--outside" not in cell]
    return in_month[day - 1]


def test_grid_is_a_table_with_a_column_header_for_each_weekday(client, calendar):
    response = client.get(f"{URL}2027/3/")

    html = text(response)
    assert response.status_code == 200
    assert html.count('<th scope="col">') == 7
    assert '<span class="visually-hidden">Poniedziałek</span>' in html
    assert "<caption" in html
    assert '<h2 id="month-heading">Marzec 2027</h2>' in html


def test_events_on_the_first_and_last_day_of_the_month_are_in_their_cells(
    client, calendar
):
    EventPageFactory(parent=calendar, title="Pierwszy", day=datetime.date(2027, 3, 1))
    EventPageFactory(parent=calendar, title="Ostatni", day=datetime.date(2027, 3, 31))
    EventPageFactory(parent=calendar, title="Kwiecień", day=datetime.date(2027, 4, 1))

    response = client.get(f"{URL}2027/3/")

    assert ">10:00</span> Pierwszy</a>" in cell_of(response, 1)
    assert "Ostatni</a>" in cell_of(response, 31)
    assert "Kwiecień</a>" not in text(response)


def test_a_multi_day_event_is_in_the_cell_of_each_of_its_days(client, calendar):
    EventPageFactory(
        parent=calendar,
        title="Forum",
        start=at(datetime.date(2027, 3, 10), 9),
        end=at(datetime.date(2027, 3, 11), 16),
    )

    response = client.get(f"{URL}2027/3/")

    assert "Forum</a>" in cell_of(response, 10)
    assert "Forum</a>" in cell_of(response, 11)
    assert "Forum</a>" not in cell_of(response, 12)


def test_previous_and_next_month_links_keep_the_filters(client, calendar):
    response = client.get(f"{URL}2027/1/", {"typ": "webinar"})

    html = text(response)
    assert f'href="{URL}2026/12/?typ=webinar"' in html
    assert f'href="{URL}2027/2/?typ=webinar"' in html


def test_grid_shows_only_events_of_the_chosen_type(client, calendar):
    day = datetime.date(2027, 3, 10)
    EventPageFactory(
        parent=calendar, title="Webinar", day=day, event_type=EventType.WEBINAR
    )
    EventPageFactory(
        parent=calendar, title="Szkolenie", day=day, event_type=EventType.TRAINING
    )

    response = client.get(f"{URL}2027/3/", {"typ": "webinar"})

    assert "Webinar</a>" in cell_of(response, 10)
    assert "Szkolenie</a>" not in text(response)


def test_a_month_without_events_says_so(client, calendar):
    response = client.get(f"{URL}2027/3/")

    assert "W tym miesiącu nie ma wydarzeń." in text(response)


def test_the_calendar_route_shows_this_month_with_today_marked(client, calendar):
    today = local_today()

    response = client.get(URL)

    assert response.status_code == 200
    assert 'aria-current="date"' in cell_of(response, today.day)


@pytest.mark.parametrize("path", ["2027/13/", "2027/0/", "1800/1/", "99999/1/"])
def test_a_month_that_does_not_exist_is_not_found(client, calendar, path):
    assert client.get(f"{URL}{path}").status_code == 404


def test_a_bad_filter_in_the_grid_gives_the_form_back_with_an_error(client, calendar):
    response = client.get(f"{URL}2027/3/", {"format": "radio"})

    assert response.status_code == 400
    assert 'class="error-summary"' in text(response)


def test_grid_query_count_does_not_grow_with_the_number_of_events(
    client, calendar, django_assert_num_queries
):
    def add_events(numbers):
        for number in numbers:
            day = datetime.date(2027, 3, 1 + number % 31)
            EventPageFactory(parent=calendar, title=f"event {number}", day=day)

    add_events(range(5))
    with_five = queries_to_render(client, f"{URL}2027/3/")
    add_events(range(5, 50))
    client.get(f"{URL}2027/3/")

    with django_assert_num_queries(with_five):
        response = client.get(f"{URL}2027/3/")

    assert text(response).count('<li><a href="/wydarzenia/event-') == 50


def test_english_calendar_addresses_are_in_english(client, home, calendar):
    make_english_home(home)
    english = translate(calendar, title="Events calendar", slug="events")

    html = text(client.get(english.url))

    assert 'href="/en/events/calendar/"' in html
    assert 'href="/en/events/archive/"' in html
    month = client.get("/en/events/calendar/2027/3/")
    assert month.status_code == 200
    assert "March 2027" in text(month)
    assert client.get("/en/events/kalendarz/").status_code == 404
    assert client.get(URL).status_code == 200
