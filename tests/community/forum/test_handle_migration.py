"""The migration that gives every approved member a handle, for members approved
before handles were made on approval."""

import importlib

import pytest
from django.apps import apps

from community.forum.models import MemberHandle
from tests.community import factories

pytestmark = pytest.mark.django_db

migration = importlib.import_module(
    "community.forum.migrations.0003_handles_for_every_member"
)


def test_members_without_a_handle_get_one_and_applicants_do_not():
    first = factories.approved_member(first_name="Jan", last_name="Nowak")
    second = factories.approved_member(first_name="Jan", last_name="Nowak")
    keeps = factories.approved_member(first_name="Ewa", last_name="Lis")
    applicant = factories.pending_applicant()
    MemberHandle.objects.filter(user__in=[first, second]).delete()
    kept = MemberHandle.objects.get(user=keeps).handle

    migration.handles_for_members(apps, schema_editor=None)

    handles = dict(MemberHandle.objects.values_list("user_id", "handle"))
    assert {handles[first.pk], handles[second.pk]} == {"jan.nowak", "jan.nowak2"}
    assert handles[keeps.pk] == kept
    assert applicant.pk not in handles
