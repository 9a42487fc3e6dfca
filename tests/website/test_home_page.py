import pytest

from tests.events.factories import EventIndexPageFactory, EventPageFactory, in_days
from tests.knowledge_base.factories import (
    GoodPracticePageFactory,
    PracticeIndexPageFactory,
)
from tests.website.factories import make_home_page

pytestmark = pytest.mark.django_db


def section_html(html: str, css_class: str) -> str:
    section = html[html.index(f'class="{css_class}"') :]
    return section[: section.index("</section>")]


def test_home_page_shows_the_next_three_upcoming_events_soonest_first(client):
    calendar = EventIndexPageFactory(parent=make_home_page())
    EventPageFactory(parent=calendar, title="Minione spotkanie", day=in_days(-3))
    for days, title in [
        (30, "Czwarte"),
        (2, "Pierwsze"),
        (9, "Trzecie"),
        (5, "Drugie"),
    ]:
        EventPageFactory(parent=calendar, title=title, day=in_days(days))

    section = section_html(client.get("/").content.decode(), "upcoming-events")

    positions = [section.index(title) for title in ("Pierwsze", "Drugie", "Trzecie")]
    assert positions == sorted(positions)
    assert "Czwarte" not in section
    assert "Minione spotkanie" not in section
    assert 'href="/wydarzenia/"' in section


def test_home_page_shows_the_latest_practices_and_links_to_the_knowledge_base(client):
    index = PracticeIndexPageFactory(parent=make_home_page())
    for number in range(1, 5):
        GoodPracticePageFactory(parent=index, title=f"Praktyka {number}")

    section = section_html(client.get("/").content.decode(), "kb-latest")

    assert "Praktyka 4" in section
    assert "Praktyka 1" not in section
    assert 'href="/dobre-praktyki/"' in section
