"""community.access: what "approved member" and "moderator" mean."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.utils import timezone
from django.views import View

from community.access import (
    MemberRequiredMixin,
    ModeratorRequiredMixin,
    is_approved_member,
    is_moderator,
    members_only,
    needs_two_factor_setup,
)
from community.models import Profile
from tests.community import factories

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_is_not_a_member():
    assert not is_approved_member(AnonymousUser())


def test_approved_member_is_a_member():
    assert is_approved_member(factories.approved_member())


def test_pending_and_rejected_applicants_are_not_members():
    assert not is_approved_member(factories.pending_applicant())
    assert not is_approved_member(factories.rejected_applicant())


def test_suspended_member_is_not_a_member_until_the_suspension_ends():
    assert not is_approved_member(factories.suspended_member())
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    assert is_approved_member(factories.suspended_member(until=yesterday))


def test_deactivated_account_is_not_a_member():
    member = factories.approved_member()
    member.is_active = False
    assert not is_approved_member(member)


def test_only_moderators_are_moderators():
    assert is_moderator(factories.moderator())
    assert not is_moderator(factories.approved_member())
    assert not is_moderator(factories.editor())


def test_moderator_and_editor_without_two_factor_must_set_it_up():
    assert needs_two_factor_setup(factories.moderator(two_factor=False))
    assert needs_two_factor_setup(factories.editor(two_factor=False))
    assert not needs_two_factor_setup(factories.moderator())
    assert not needs_two_factor_setup(factories.approved_member())


def test_members_only_queryset_is_empty_for_non_members():
    factories.approved_member()
    profiles = Profile.objects.all()
    assert members_only(profiles, factories.approved_member()).count() == 2
    assert members_only(profiles, factories.pending_applicant()).count() == 0
    assert members_only(profiles, AnonymousUser()).count() == 0


class MembersView(MemberRequiredMixin, View):
    def get(self, request):
        return HttpResponse("members")


class ModeratorsView(ModeratorRequiredMixin, View):
    def get(self, request):
        return HttpResponse("moderators")


@pytest.mark.parametrize(
    ("view", "make", "status"),
    [
        (MembersView, None, 302),
        (MembersView, factories.pending_applicant, 403),
        (MembersView, factories.approved_member, 200),
        (ModeratorsView, factories.approved_member, 403),
        (ModeratorsView, factories.moderator, 200),
    ],
)
def test_mixins_guard_class_based_views(rf, home, view, make, status):
    request = rf.get("/forum/")
    request.user = make() if make else AnonymousUser()

    response = view.as_view()(request)

    assert response.status_code == status
    if status == 302:
        assert response["Location"] == "/accounts/login/?next=/forum/"
