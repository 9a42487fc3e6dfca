import pytest
from django.contrib.auth.models import Group, User
from wagtail.models import Workflow

from knowledge_base.models import GoodPracticePage
from knowledge_base.services import (
    EXPERTS_GROUP,
    WORKFLOW_NAME,
    practice_submit_for_review,
    review_workflow_setup,
)
from tests.knowledge_base.factories import GoodPracticePageFactory


@pytest.fixture
def workflow(practice_index):
    review_workflow_setup(index_pages=[practice_index])
    return Workflow.objects.get(name=WORKFLOW_NAME)


@pytest.fixture
def expert(db):
    user = User.objects.create_user("ekspert@example.org", "ekspert@example.org")
    user.groups.add(Group.objects.get(name=EXPERTS_GROUP))
    return user


@pytest.fixture
def submitted(practice_index, workflow):
    practice = GoodPracticePageFactory(
        parent=practice_index, title="Propozycja", live=False
    )
    practice_submit_for_review(practice=practice)
    return practice


def test_setup_is_idempotent(practice_index, workflow):
    assert review_workflow_setup(index_pages=[practice_index]) is False
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1


def test_workflow_applies_to_practices_under_the_index(practice_index, workflow):
    practice = GoodPracticePageFactory(parent=practice_index)

    assert practice.get_workflow() == workflow
    assert [task.name for task in workflow.tasks] == ["Ocena eksperta"]


def test_submitted_practice_is_not_live_until_the_expert_approves(
    client, submitted, expert
):
    assert not GoodPracticePage.objects.get(pk=submitted.pk).live
    assert client.get("/dobre-praktyki/propozycja/").status_code == 404

    task_state = submitted.current_workflow_task_state
    task_state.task.specific.on_action(task_state, expert, "approve")

    assert GoodPracticePage.objects.get(pk=submitted.pk).live
    assert client.get("/dobre-praktyki/propozycja/").status_code == 200


def test_rejected_practice_stays_unpublished(submitted, expert):
    task_state = submitted.current_workflow_task_state
    task_state.task.specific.on_action(task_state, expert, "reject")

    assert not GoodPracticePage.objects.get(pk=submitted.pk).live


def test_editors_see_the_practices_waiting_for_review(admin_client, submitted):
    response = admin_client.get("/admin/practices-awaiting-review/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Propozycja" in html
    assert f"/admin/pages/{submitted.pk}/edit/" in html
    assert "Ocena eksperta" in html


def test_approved_practice_leaves_the_waiting_list(admin_client, submitted, expert):
    task_state = submitted.current_workflow_task_state
    task_state.task.specific.on_action(task_state, expert, "approve")

    html = admin_client.get("/admin/practices-awaiting-review/").content.decode()

    assert "Propozycja" not in html
