"""events.demo: the calendar's part of `manage.py load_demo_content`."""

import io

import pytest
from django.core.management import CommandError
from wagtail.models import Page, Revision

from events import demo
from events.dates import local_today
from events.models import EventFormat, EventIndexPage, EventPage, EventType
from tests.website.factories import make_english_home, make_home_page

pytestmark = pytest.mark.django_db


def load():
    return demo.load(stdout=io.StringIO())


@pytest.fixture
def home():
    home = make_home_page()
    make_english_home(home, title="Pomeranian Clusters")
    return home


@pytest.fixture
def first_run(home):
    return load()


def polish_events():
    return EventPage.objects.filter(locale__language_code="pl")


def test_first_run_creates_the_calendar_and_twelve_varied_events_in_each_language(
    home, first_run
):
    (pages,) = first_run
    calendar = EventIndexPage.objects.get(locale__language_code="pl")
    events = list(polish_events().child_of(calendar))
    today = local_today()

    assert (pages.created, pages.present) == (26, 0)
    assert calendar.get_parent().id == home.id
    assert (calendar.title, calendar.slug) == ("Kalendarz wydarzeń", "wydarzenia")
    assert calendar.show_in_menus and calendar.live
    assert len(events) == 12
    assert EventPage.objects.filter(locale__language_code="en").count() == 12
    # past and upcoming, every type, a multi-day event and an online webinar
    assert sum(event.last_day < today for event in events) >= 3
    assert sum(event.first_day > today for event in events) >= 3
    assert {event.event_type for event in events} == set(EventType.values)
    assert any(event.is_multi_day for event in events)
    assert any(
        event.event_type == EventType.WEBINAR
        and event.event_format == EventFormat.ONLINE
        and event.first_day > today
        for event in events
    )


def test_second_run_creates_nothing_and_adds_no_revision(first_run):
    page_count, revision_count = Page.objects.count(), Revision.objects.count()

    (pages,) = load()

    assert (pages.created, pages.present) == (0, 26)
    assert Page.objects.count() == page_count
    assert Revision.objects.count() == revision_count


def test_every_demo_event_is_valid_and_answers_in_both_languages(client, first_run):
    for event in EventPage.objects.live():
        event.full_clean()
        event.description.stream_block.clean(event.description)
        assert client.get(event.url).status_code == 200, event.url
    assert client.get("/en/events/").status_code == 200


def test_loading_without_the_website_content_says_what_to_do(db):
    with pytest.raises(CommandError, match="website's demo content"):
        load()


def test_without_an_english_home_only_polish_pages_are_made(db):
    make_home_page()

    (pages,) = load()

    assert pages.created == 13
