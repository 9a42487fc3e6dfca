"""Moderators' decisions on applications and suspensions."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from community.forum.models import MemberHandle
from community.models import Membership
from community.roles import MEMBERS_GROUP
from community.services.membership import (
    application_reject,
    member_approve,
    member_suspend,
    member_suspension_lift,
)
from tests.community import factories

pytestmark = pytest.mark.django_db


def test_approval_gives_the_new_member_a_handle_others_can_mention():
    applicant = factories.pending_applicant(first_name="Łucja", last_name="Wójcik")
    assert not MemberHandle.objects.filter(user=applicant).exists()

    member_approve(membership=applicant.membership, actor=factories.moderator())

    assert MemberHandle.objects.get(user=applicant).handle == "lucja.wojcik"


def test_approval_makes_a_member_and_tells_them_in_both_formats():
    applicant = factories.pending_applicant()
    moderator = factories.moderator()

    member_approve(membership=applicant.membership, actor=moderator)

    applicant.membership.refresh_from_db()
    assert applicant.membership.is_approved
    assert applicant.membership.decided_by == moderator
    assert applicant.groups.filter(name=MEMBERS_GROUP).exists()
    message = mail.outbox[-1]
    assert message.to == [applicant.email]
    assert "http://testserver/czlonkowie/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert 'href="http://testserver/czlonkowie/"' in html


def test_decision_mail_is_in_the_language_the_applicant_applied_in():
    applicant = factories.pending_applicant()
    Membership.objects.filter(user=applicant).update(language="en")
    applicant.membership.refresh_from_db()

    application_reject(
        membership=applicant.membership,
        actor=factories.moderator(),
        reason="Outside Pomorskie.",
    )

    message = mail.outbox[-1]
    assert message.subject.endswith("Your membership application has been rejected")
    assert "Outside Pomorskie." in message.body
    assert 'lang="en"' in message.alternatives[0][0]


def test_rejection_needs_a_reason():
    applicant = factories.pending_applicant()

    with pytest.raises(ValidationError):
        application_reject(
            membership=applicant.membership, actor=factories.moderator(), reason=" "
        )

    assert Membership.objects.get(user=applicant).is_pending


def test_an_application_is_decided_once():
    applicant = factories.pending_applicant()
    moderator = factories.moderator()
    member_approve(membership=applicant.membership, actor=moderator)

    with pytest.raises(ValidationError):
        application_reject(
            membership=applicant.membership, actor=moderator, reason="Jednak nie."
        )


@pytest.mark.parametrize(
    "make",
    [factories.approved_member, factories.editor, factories.pending_applicant],
)
def test_only_moderators_decide(make):
    applicant = factories.pending_applicant()

    with pytest.raises(PermissionDenied):
        member_approve(membership=applicant.membership, actor=make())


def test_suspension_until_a_date_with_a_reason_is_mailed_to_the_member():
    member = factories.approved_member()
    until = timezone.localdate() + datetime.timedelta(days=30)

    member_suspend(
        membership=member.membership,
        actor=factories.moderator(),
        until=until,
        reason="Reklamy na forum.",
    )

    member.membership.refresh_from_db()
    assert member.membership.is_suspended
    assert "Reklamy na forum." in mail.outbox[-1].body
    assert mail.outbox[-1].alternatives


def test_suspension_ends_after_its_last_day():
    member = factories.suspended_member(
        until=timezone.localdate() - datetime.timedelta(days=1)
    )

    assert not member.membership.is_suspended
    assert Membership.objects.approved().filter(user=member).exists()


def test_suspension_date_must_not_be_past_and_reason_is_required():
    member = factories.approved_member()
    moderator = factories.moderator()
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    with pytest.raises(ValidationError):
        member_suspend(
            membership=member.membership, actor=moderator, until=yesterday, reason="x"
        )
    with pytest.raises(ValidationError):
        member_suspend(
            membership=member.membership,
            actor=moderator,
            until=timezone.localdate(),
            reason="",
        )


def test_moderator_cannot_suspend_themselves():
    moderator = factories.moderator()

    with pytest.raises(ValidationError):
        member_suspend(
            membership=moderator.membership,
            actor=moderator,
            until=timezone.localdate(),
            reason="Test",
        )


def test_lifting_a_suspension_lets_the_member_back():
    member = factories.suspended_member()

    member_suspension_lift(membership=member.membership, actor=factories.moderator())

    member.membership.refresh_from_db()
    assert not member.membership.is_suspended
    assert member.membership.suspension_reason == ""


def test_only_moderators_suspend():
    member = factories.approved_member()

    with pytest.raises(PermissionDenied):
        member_suspend(
            membership=member.membership,
            actor=factories.approved_member(),
            until=timezone.localdate(),
            reason="Nie.",
        )
