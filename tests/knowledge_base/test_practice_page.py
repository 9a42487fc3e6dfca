import pytest

from knowledge_base.selectors import related_practices
from tests.community import factories as people
from tests.knowledge_base.factories import (
    ClusterInitiativePageFactory,
    GoodPracticePageFactory,
    SectorFactory,
    TopicFactory,
)

CONTACT = {
    "contact_name": "Marta Kowalczyk",
    "contact_email": "marta@zatoka.example.org",
    "contact_phone": "+48 58 000 10 11",
}


@pytest.fixture
def practice(practice_index):
    return GoodPracticePageFactory(parent=practice_index, **CONTACT)


@pytest.fixture
def member(db):
    return people.approved_member()


def test_contact_is_absent_from_the_html_for_anonymous_visitors(client, practice):
    html = client.get(practice.url).content.decode()

    for value in CONTACT.values():
        assert value not in html
    assert "data-contact" not in html
    assert f"?next={practice.url}" in html


def test_contact_is_shown_to_a_member(client, practice, member):
    client.force_login(member)

    html = client.get(practice.url).content.decode()

    for value in CONTACT.values():
        assert value in html


def test_page_shows_every_section_of_the_practice(client, practice_index):
    practice = GoodPracticePageFactory(
        parent=practice_index,
        resources="Dwie osoby.",
        lessons="Zacząć wcześniej.",
        transferability="Każdy klaster.",
        timescale_end=None,
    )

    html = client.get(practice.url).content.decode()

    for text in (
        practice.summary,
        practice.challenge,
        practice.solution,
        practice.results,
        "Dwie osoby.",
        "Zacząć wcześniej.",
        "Każdy klaster.",
        "2019–",
    ):
        assert text in html


def test_cluster_type_is_taken_from_the_initiative(practice_index, cluster_index):
    initiative = ClusterInitiativePageFactory(
        parent=cluster_index, cluster_type="embryonic"
    )

    practice = GoodPracticePageFactory(
        parent=practice_index, cluster_initiative=initiative, cluster_type="key"
    )

    practice.refresh_from_db()
    assert practice.cluster_type == "embryonic"


def test_practice_links_to_its_initiative_and_lists_its_other_practices(
    client, practice_index, cluster_index
):
    initiative = ClusterInitiativePageFactory(parent=cluster_index, title="Zatoka")
    practice = GoodPracticePageFactory(
        parent=practice_index, cluster_initiative=initiative
    )
    GoodPracticePageFactory(
        parent=practice_index,
        title="Druga praktyka Zatoki",
        cluster_initiative=initiative,
    )
    GoodPracticePageFactory(parent=practice_index, title="Praktyka kogoś innego")

    response = client.get(practice.url)

    html = response.content.decode()
    assert f'href="{initiative.url}"' in html
    assert [p.title for p in response.context["initiative_practices"]] == [
        "Druga praktyka Zatoki"
    ]


def test_related_practices_put_the_best_overlap_first(practice_index):
    topics = [TopicFactory() for _ in range(3)]
    ict = SectorFactory()
    practice = GoodPracticePageFactory(parent=practice_index, topics=topics, sector=ict)
    two_topics_and_sector = GoodPracticePageFactory(
        parent=practice_index, topics=topics[:2], sector=ict
    )
    one_topic = GoodPracticePageFactory(parent=practice_index, topics=topics[2:])
    sector_only = GoodPracticePageFactory(parent=practice_index, sector=ict)
    GoodPracticePageFactory(parent=practice_index)  # nothing in common
    GoodPracticePageFactory(parent=practice_index, topics=topics, live=False)

    related = related_practices(practice)

    assert related[0] == two_topics_and_sector
    assert set(related[1:]) == {one_topic, sector_only}
