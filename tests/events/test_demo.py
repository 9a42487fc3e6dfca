"""events.demo: the calendar's part of `manage.py load_demo_content`."""

import io

import pytest
from django.core.management import CommandError
from wagtail.models import Page, Revision

from events import demo
from events.dates import local_today
from events.demo import texts
from events.models import (
    EventFormat,
    EventIndexPage,
    EventPage,
    EventRelatedPractice,
    EventType,
)
from knowledge_base.demo import load as knowledge_base_demo_load
from knowledge_base.demo import practices_key, practices_local
from knowledge_base.records import slug_for
from tests.knowledge_base.factories import (
    GoodPracticePageFactory,
    PracticeIndexPageFactory,
)
from tests.website.factories import make_english_home, make_home_page
from website.demo import load as website_demo_load

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
    pages, links = first_run
    calendar = EventIndexPage.objects.get(locale__language_code="pl")
    events = list(polish_events().child_of(calendar))
    today = local_today()

    assert (pages.created, pages.present) == (26, 0)
    assert links.created == 0  # the knowledge base has no practices yet
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

    pages, _links = load()

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

    pages, _links = load()

    assert pages.created == 13


# The links to the knowledge base's demo practices


LINKED_SLUGS = [slug for event in texts.EVENTS for slug in event.practices]
KNOWLEDGE_TRANSFER = next(
    event
    for event in texts.EVENTS
    if event.slug == "warsztat-transfer-wiedzy-uczelnia-klaster"
)


@pytest.fixture
def practice_index(home):
    return PracticeIndexPageFactory(parent=home)


def practices_add(index, slugs) -> None:
    for slug in slugs:
        GoodPracticePageFactory(parent=index, slug=slug)


def linked_slugs(event_slug: str, language_code: str = "pl") -> list[str]:
    event = EventPage.objects.get(
        translation_key=EventPage.objects.get(slug=event_slug).translation_key,
        locale__language_code=language_code,
    )
    links = event.related_practices.order_by("sort_order")
    return list(links.values_list("practice__slug", flat=True))


def test_two_or_three_events_name_published_practices_of_the_knowledge_base_demo():
    published = {
        slug_for(record["title"])
        for record in practices_key.PRACTICES + practices_local.PRACTICES
        if record.get("published", True)
    }

    assert 2 <= sum(bool(event.practices) for event in texts.EVENTS) <= 3
    assert set(LINKED_SLUGS) <= published


def test_events_loaded_after_the_practices_are_linked_in_both_languages(
    practice_index,
):
    practices_add(practice_index, LINKED_SLUGS)

    _pages, links = load()

    assert (links.created, links.present) == (2 * len(LINKED_SLUGS), 0)
    assert linked_slugs(KNOWLEDGE_TRANSFER.slug) == list(KNOWLEDGE_TRANSFER.practices)
    assert linked_slugs(KNOWLEDGE_TRANSFER.slug, "en") == list(
        KNOWLEDGE_TRANSFER.practices
    )


def test_practices_added_later_are_linked_by_the_next_run_without_duplicates(
    first_run, practice_index
):
    first, *rest = LINKED_SLUGS
    practices_add(practice_index, [first])
    load()
    practices_add(practice_index, rest)

    _pages, links = load()

    assert (links.created, links.present) == (2 * len(rest), 2)
    assert linked_slugs(KNOWLEDGE_TRANSFER.slug) == list(KNOWLEDGE_TRANSFER.practices)
    assert EventRelatedPractice.objects.count() == 2 * len(LINKED_SLUGS)


def test_a_run_after_everything_is_linked_changes_nothing(first_run, practice_index):
    practices_add(practice_index, LINKED_SLUGS)
    load()
    link_count, revision_count = (
        EventRelatedPractice.objects.count(),
        Revision.objects.count(),
    )

    _pages, links = load()

    assert (links.created, links.present) == (0, 2 * len(LINKED_SLUGS))
    assert EventRelatedPractice.objects.count() == link_count
    assert Revision.objects.count() == revision_count


def test_links_are_published_in_a_revision_editors_see(first_run, practice_index):
    practices_add(practice_index, LINKED_SLUGS)

    load()

    event = EventPage.objects.get(slug=KNOWLEDGE_TRANSFER.slug)
    latest = event.get_latest_revision_as_object()
    assert not event.has_unpublished_changes
    assert [link.practice.slug for link in latest.related_practices.all()] == list(
        KNOWLEDGE_TRANSFER.practices
    )


def test_an_event_with_an_editors_draft_is_not_linked(first_run, practice_index):
    event = EventPage.objects.get(slug=KNOWLEDGE_TRANSFER.slug)
    event.title = "Szkic redaktora"
    event.save_revision()
    practices_add(practice_index, LINKED_SLUGS)

    load()

    event.refresh_from_db()
    assert not event.related_practices.exists()
    assert event.has_unpublished_changes


def test_in_the_commands_order_the_first_run_links_and_english_shows_translations(
    client, db
):
    website_demo_load(stdout=io.StringIO())
    knowledge_base_demo_load(stdout=io.StringIO())
    load()

    html = client.get(f"/en/events/{KNOWLEDGE_TRANSFER.english['slug']}/").content
    html = html.decode()
    assert "Related good practices" in html
    assert "A bank of research ideas from clinics and biotech firms" in html
    # this practice has no English version
    assert "Szkoła letnia" not in html
