"""templates/events/components/upcoming_events.html, for the home page."""

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from events import selectors
from tests.events.factories import EventPageFactory, in_days


def render(**context) -> str:
    request = RequestFactory().get("/")
    return render_to_string(
        "events/components/upcoming_events.html", context, request=request
    )


def test_lists_the_events_given_with_links_and_dates(calendar):
    event = EventPageFactory(parent=calendar, title="Warsztat", day=in_days(3))

    with translation.override("pl"):
        html = render(events=selectors.upcoming_events(limit=3))

    assert f'<a href="{event.url}">Warsztat</a>' in html
    assert event.when in html
    assert "Nadchodzące wydarzenia" in html


def test_says_when_nothing_is_planned_and_links_to_the_calendar(calendar):
    with translation.override("pl"):
        html = render(events=[], calendar_page=calendar)

    assert "Nie zapowiedziano jeszcze nowych wydarzeń." in html
    assert f'<a href="{calendar.url}">Wszystkie wydarzenia w kalendarzu</a>' in html
