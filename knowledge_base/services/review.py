"""Editors' validation of good practices: the Wagtail workflow "Weryfikacja
ekspercka" (submitted → the expert's review → published) on the practice indexes."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

WORKFLOW_NAME = "Weryfikacja ekspercka"
TASK_NAME = "Ocena eksperta"
EXPERTS_GROUP = "Eksperci"
# What the experts may do with the practices under an index they review.
EXPERT_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def review_workflow_setup(*, index_pages: list[Page]) -> bool:
    """Make sure the workflow exists, with its one task given to the experts' group,
    and applies to the practices under each of the indexes. True if anything was
    created."""
    with transaction.atomic():
        experts, group_created = Group.objects.get_or_create(name=EXPERTS_GROUP)
        if group_created:
            _experts_permissions_grant(experts)
        workflow, workflow_created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
        if workflow_created:
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
            task.groups.add(experts)
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        linked = False
        for index in index_pages:
            _, page_linked = WorkflowPage.objects.get_or_create(
                page=index, defaults={"workflow": workflow}
            )
            if page_linked:
                _experts_page_permissions_grant(experts, index)
            linked = linked or page_linked
    return group_created or workflow_created or linked


def practice_submit_for_review(*, practice: Page, user=None):
    """Start the practice's workflow on its latest revision; the practice stays as it
    is (a draft stays unpublished) until the expert approves."""
    workflow = practice.get_workflow()
    if workflow is None:
        raise ValueError(f"No workflow applies to the page {practice.url_path}.")
    return workflow.start(practice, user)


def _experts_permissions_grant(experts: Group) -> None:
    experts.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )


def _experts_page_permissions_grant(experts: Group, index: Page) -> None:
    for codename in EXPERT_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=experts,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
