"""An event and the good practices it is about: the practices on the event's page, and
the events on the practice's page."""

import re

import pytest
from wagtail.models import Locale, PageViewRestriction

from events.models import EventRelatedPractice
from tests.events.factories import EventPageFactory, in_days, translate
from tests.events.html import main_content
from tests.events.queries import queries_to_render
from tests.knowledge_base.factories import (
    ClusterInitiativePageFactory,
    GoodPracticePageFactory,
    PracticeIndexPageFactory,
    SectorFactory,
    SubregionFactory,
    TopicFactory,
)
from tests.website.factories import make_english_home

PRACTICE_CARD_TITLE = re.compile(r'class="kb-card__title"><a href="[^"]*">([^<]*)</a>')


@pytest.fixture
def practice_index(home):
    return PracticeIndexPageFactory(parent=home)


@pytest.fixture
def english(home, calendar, practice_index):
    """English versions of the home page, the calendar and the practice index."""
    make_english_home(home)
    translate(calendar, title="Events calendar", slug="events")
    translate(practice_index, title="Good practices", slug="good-practices")
    return Locale.objects.get(language_code="en")


def practices_link(event, *practices) -> None:
    for order, practice in enumerate(practices):
        EventRelatedPractice.objects.create(
            page=event, practice=practice, sort_order=order
        )


def practice_titles(response) -> list[str]:
    return PRACTICE_CARD_TITLE.findall(main_content(response))


def test_event_page_shows_its_practices_in_the_editors_order(
    client, calendar, practice_index
):
    event = EventPageFactory(parent=calendar)
    first = GoodPracticePageFactory(parent=practice_index, title="Bank pomysłów")
    second = GoodPracticePageFactory(parent=practice_index, title="Radar technologii")
    practices_link(event, second, first)

    response = client.get(event.url)

    assert '<h2 id="event-practices-heading">Powiązane dobre praktyki</h2>' in (
        main_content(response)
    )
    assert practice_titles(response) == ["Radar technologii", "Bank pomysłów"]
    assert f'<a href="{second.url}">Radar technologii</a>' in main_content(response)


def test_event_page_without_practices_has_no_practices_heading(client, calendar):
    event = EventPageFactory(parent=calendar)

    html = main_content(client.get(event.url))

    assert "Powiązane dobre praktyki" not in html


def test_draft_and_restricted_practices_are_not_shown(client, calendar, practice_index):
    event = EventPageFactory(parent=calendar)
    draft = GoodPracticePageFactory(parent=practice_index, title="Szkic", live=False)
    private = GoodPracticePageFactory(parent=practice_index, title="Dla członków")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    public = GoodPracticePageFactory(parent=practice_index, title="Publiczna")
    practices_link(event, draft, private, public)

    assert practice_titles(client.get(event.url)) == ["Publiczna"]


def test_english_event_shows_the_english_translations_of_its_practices(
    client, calendar, practice_index, english
):
    event = EventPageFactory(parent=calendar)
    translated = GoodPracticePageFactory(parent=practice_index, title="Bank pomysłów")
    english_practice = translate(translated, title="Ideas bank", slug="ideas-bank")
    polish_only = GoodPracticePageFactory(parent=practice_index, title="Tylko polska")
    practices_link(event, translated, polish_only)
    english_event = translate(event, title="Workshop", slug="workshop")

    response = client.get(english_event.url)

    assert practice_titles(response) == ["Ideas bank"]
    assert f'<a href="{english_practice.url}">Ideas bank</a>' in main_content(response)
    assert "Related good practices" in main_content(response)


def test_a_practice_whose_translation_is_a_draft_is_left_out_in_that_language(
    client, calendar, practice_index, english
):
    event = EventPageFactory(parent=calendar)
    practice = GoodPracticePageFactory(parent=practice_index, title="Bank pomysłów")
    practice.copy_for_translation(english)  # a draft until someone publishes it
    practices_link(event, practice)
    english_event = translate(event, title="Workshop", slug="workshop")

    assert practice_titles(client.get(event.url)) == ["Bank pomysłów"]
    assert practice_titles(client.get(english_event.url)) == []


def test_a_practice_chosen_in_another_language_shows_in_the_events_language(
    client, calendar, practice_index, english
):
    event = EventPageFactory(parent=calendar)
    practice = GoodPracticePageFactory(parent=practice_index, title="Bank pomysłów")
    english_practice = translate(practice, title="Ideas bank", slug="ideas-bank")
    practices_link(event, english_practice)

    assert practice_titles(client.get(event.url)) == ["Bank pomysłów"]


def test_related_practices_take_as_many_queries_for_five_as_for_one(
    client, calendar, practice_index, django_assert_num_queries
):
    initiative = ClusterInitiativePageFactory(parent=practice_index.get_parent())
    topics = [TopicFactory(), TopicFactory()]

    def practice():
        return GoodPracticePageFactory(
            parent=practice_index,
            cluster_initiative=initiative,
            sector=SectorFactory(),
            subregion=SubregionFactory(),
            topics=topics,
        )

    with_one = EventPageFactory(parent=calendar)
    practices_link(with_one, practice())
    with_five = EventPageFactory(parent=calendar)
    practices_link(with_five, *(practice() for _ in range(5)))
    queries = queries_to_render(client, with_one.url)
    client.get(with_five.url)

    with django_assert_num_queries(queries):
        response = client.get(with_five.url)

    assert len(practice_titles(response)) == 5


def test_practice_page_lists_the_public_events_about_it(
    client, calendar, practice_index
):
    practice = GoodPracticePageFactory(parent=practice_index)
    about = EventPageFactory(parent=calendar, title="Warsztat o praktyce")
    draft = EventPageFactory(parent=calendar, title="Szkic wydarzenia", live=False)
    private = EventPageFactory(parent=calendar, title="Spotkanie zamknięte")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    EventPageFactory(parent=calendar, title="Inne wydarzenie")
    for event in (about, draft, private):
        practices_link(event, practice)

    html = client.get(practice.url).content.decode()

    assert "Wydarzenia o tej praktyce" in html
    assert f'<a href="{about.url}">Warsztat o praktyce</a>' in html
    for title in ("Szkic wydarzenia", "Spotkanie zamknięte", "Inne wydarzenie"):
        assert title not in html


def test_english_practice_page_lists_the_english_events_about_it(
    client, calendar, practice_index, english
):
    practice = GoodPracticePageFactory(parent=practice_index)
    english_practice = translate(practice, title="Ideas bank", slug="ideas-bank")
    event = EventPageFactory(
        parent=calendar, title="Warsztat o praktyce", day=in_days(5)
    )
    practices_link(event, practice)
    translate(event, title="Workshop on the practice", slug="workshop")

    html = client.get(english_practice.url).content.decode()

    assert "Events about this practice" in html
    assert "Workshop on the practice" in html
    assert "Warsztat o praktyce" not in html


def test_practice_page_without_events_says_nothing_about_events(client, practice_index):
    practice = GoodPracticePageFactory(parent=practice_index)

    html = client.get(practice.url).content.decode()

    assert "Wydarzenia o tej praktyce" not in html
