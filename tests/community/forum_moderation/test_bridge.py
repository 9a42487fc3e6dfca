"""The bridge to the knowledge base: discussing a practice in the forum, and
proposing a topic as a good practice for the experts' review."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied, ValidationError
from wagtail.models import WorkflowState

from community.forum.bridge import (
    PRACTICES_CATEGORY_SLUG,
    practice_discussion_open,
    practice_propose,
    proposal_status,
)
from community.forum.models import Topic
from knowledge_base.models import GoodPracticePage
from knowledge_base.services import (
    EXPERTS_GROUP,
    WORKFLOW_NAME,
    review_workflow_setup,
)
from tests.community import factories
from tests.community.forum.factories import make_topic
from tests.community.forum_moderation.conftest import ROLES, client_for, person
from tests.knowledge_base.factories import (
    GoodPracticePageFactory,
    PracticeIndexPageFactory,
)

pytestmark = pytest.mark.django_db

ALLOWED = {
    "anonymous": "login",
    "pending": 403,
    "member": 302,
    "suspended": 403,
    "moderator": 302,
}


@pytest.fixture
def practice_index(home):
    index = PracticeIndexPageFactory(parent=home)
    review_workflow_setup(index_pages=[index])
    return index


@pytest.fixture
def practice(practice_index):
    return GoodPracticePageFactory(
        parent=practice_index,
        title="Wspólne targi klastrów morskich",
        summary="Trzy klastry wystawiły się razem na targach w Gdańsku.",
        contact_email="kontakt-praktyki@example.org",
    )


def discuss_url(practice) -> str:
    return f"/forum/praktyka/{practice.pk}/dyskusja/"


def propose_url(topic) -> str:
    return f"/forum/temat/{topic.pk}/zaproponuj/"


def test_discussing_a_practice_starts_its_topic_once(practice, member):
    other = factories.approved_member(first_name="Ewa")

    first = practice_discussion_open(user=member, practice=practice)
    second = practice_discussion_open(user=other, practice=practice)

    assert first == second
    assert Topic.objects.filter(practice=practice).count() == 1
    assert first.category.slug == PRACTICES_CATEGORY_SLUG
    assert first.title == practice.title
    opening = first.posts.get()
    assert opening.author == member
    assert "Trzy klastry wystawiły się razem" in opening.body_markdown
    assert f'href="{practice.url}"' in opening.body_html


@pytest.mark.parametrize("role", ROLES)
def test_only_members_open_a_practices_discussion(practice, role):
    response = client_for(person(role)).post(discuss_url(practice))

    expected = ALLOWED[role]
    if expected == "login":
        assert response["Location"].startswith("/accounts/login/")
    else:
        assert response.status_code == expected
    topic = Topic.objects.filter(practice=practice).first()
    assert (topic is not None) is (expected == 302)
    if topic:
        assert response["Location"] == topic.get_absolute_url()


def test_the_discussion_button_takes_post_only(practice, member):
    assert client_for(member).get(discuss_url(practice)).status_code == 405


def test_a_draft_practice_cannot_be_discussed(practice_index, member):
    draft = GoodPracticePageFactory(parent=practice_index, live=False)

    assert client_for(member).post(discuss_url(draft)).status_code == 404


def test_the_practice_page_offers_the_discussion_to_members_only(practice, member):
    anonymous_html = client_for(person("anonymous")).get(practice.url).content.decode()
    member_html = client_for(member).get(practice.url).content.decode()

    assert discuss_url(practice) in member_html
    assert discuss_url(practice) not in anonymous_html
    assert "/forum/" not in anonymous_html
    assert "kontakt-praktyki@example.org" not in anonymous_html


def proposed(topic) -> GoodPracticePage:
    return GoodPracticePage.objects.get(
        pk=Topic.objects.get(pk=topic.pk).proposed_practice_id
    )


def test_proposing_a_topic_makes_a_draft_in_the_experts_review(practice_index, member):
    topic = make_topic(
        title="Bon na doradztwo dla członków klastra",
        body="Każdy członek dostał bon na 10 godzin doradztwa.",
        replies=2,
    )

    practice_propose(user=member, topic=topic)

    practice = proposed(topic)
    assert practice.get_parent().specific == practice_index
    assert not practice.live
    assert practice.title == "Bon na doradztwo dla członków klastra"
    assert practice.slug == "bon-na-doradztwo-dla-czlonkow-klastra"
    assert practice.summary == "Każdy członek dostał bon na 10 godzin doradztwa."
    [link] = practice.materials
    assert link.value["url"].endswith(topic.get_absolute_url())
    assert practice.owner == member
    state = WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(practice.pk)
    )
    assert state.workflow.name == WORKFLOW_NAME
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_topic_is_proposed_only_once(practice_index, member):
    topic = make_topic()
    practice_propose(user=member, topic=topic)

    with pytest.raises(ValidationError):
        practice_propose(user=factories.approved_member(), topic=topic)
    assert GoodPracticePage.objects.filter(title=topic.title).count() == 1


def test_a_practices_own_discussion_is_not_proposed_again(practice, member):
    topic = practice_discussion_open(user=member, practice=practice)

    with pytest.raises(ValidationError):
        practice_propose(user=member, topic=topic)


@pytest.mark.parametrize("role", ROLES)
def test_only_members_propose_topics(practice_index, role):
    topic = make_topic()

    response = client_for(person(role)).post(propose_url(topic))

    expected = ALLOWED[role]
    if expected == "login":
        assert response["Location"].startswith("/accounts/login/")
    else:
        assert response.status_code == expected
    has_proposal = Topic.objects.get(pk=topic.pk).proposed_practice_id is not None
    assert has_proposal is (expected == 302)


def test_non_members_cannot_call_the_bridge_services(practice):
    topic = make_topic()
    for role in ("anonymous", "pending", "suspended"):
        user = person(role)
        with pytest.raises(PermissionDenied):
            practice_discussion_open(user=user, practice=practice)
        with pytest.raises(PermissionDenied):
            practice_propose(user=user, topic=topic)


def test_the_topic_shows_how_far_its_proposal_has_got(practice_index, member):
    topic = make_topic()
    client = client_for(member)
    assert (
        f'action="{propose_url(topic)}"'
        in client.get(topic.get_absolute_url()).content.decode()
    )

    client.post(propose_url(topic))
    html = client.get(topic.get_absolute_url()).content.decode()
    assert 'data-proposal-status="in_review"' in html
    assert f'action="{propose_url(topic)}"' not in html

    expert = User.objects.create_user("ekspert@example.org", "ekspert@example.org")
    expert.groups.add(Group.objects.get(name=EXPERTS_GROUP))
    practice = proposed(topic)
    # The expert completes what a discussion cannot say, then approves.
    practice.challenge, practice.solution = "Mało doradztwa.", "Bony."
    practice.results, practice.cluster_type = "40 firm skorzystało.", "key"
    practice.save_revision(user=expert)
    task_state = practice.current_workflow_task_state
    task_state.task.specific.on_action(task_state, expert, "approve")

    html = client.get(topic.get_absolute_url()).content.decode()
    practice.refresh_from_db()
    assert 'data-proposal-status="published"' in html
    assert f'href="{practice.url}"' in html


def test_a_rejected_proposal_reads_as_returned_for_changes(practice_index, member):
    topic = make_topic()
    practice = practice_propose(user=member, topic=topic)
    expert = User.objects.create_user("ekspert@example.org", "ekspert@example.org")
    task_state = practice.current_workflow_task_state
    task_state.task.specific.on_action(task_state, expert, "reject")

    assert proposal_status(Topic.objects.get(pk=topic.pk)).state == "changes"


def test_proposing_without_a_knowledge_base_is_refused_clearly(home, member):
    topic = make_topic()

    response = client_for(member).post(propose_url(topic), follow=True)

    assert response.status_code == 200
    assert Topic.objects.get(pk=topic.pk).proposed_practice_id is None


def test_a_proposed_practice_is_discussed_in_the_topic_it_came_from(
    practice_index, member
):
    topic = make_topic()
    practice = practice_propose(user=member, topic=topic)

    assert practice_discussion_open(user=member, practice=practice) == topic
    assert Topic.objects.count() == 1
