from django.contrib.auth.models import AnonymousUser

from knowledge_base.access import can_see_contact
from tests.community import factories as people


def test_anonymous_visitor_cannot_see_contacts():
    assert not can_see_contact(AnonymousUser())


def test_pending_applicant_cannot_see_contacts(db):
    assert not can_see_contact(people.pending_applicant())


def test_suspended_member_cannot_see_contacts(db):
    assert not can_see_contact(people.suspended_member())


def test_approved_member_can_see_contacts(db):
    assert can_see_contact(people.approved_member())
