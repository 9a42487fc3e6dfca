"""Invitations: a single-use link, valid for 14 days, that makes an approved member."""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.utils import timezone

from community.access import is_approved_member
from community.models import Invitation, Membership
from community.services.invitations import invitation_create
from tests.community import factories

pytestmark = pytest.mark.django_db

INVITED = "nowa.koordynatorka@example.org"
ACCOUNT = {
    "first_name": "Maria",
    "last_name": "Wiśniewska",
    "password1": "Klaster-Kociewie-2026",
    "password2": "Klaster-Kociewie-2026",
    "organisation": "Kociewska Izba Gospodarcza",
    "cluster_initiative": "Kociewski Klaster Meblarski",
    "accept_rules": "on",
    "accept_privacy": "on",
}


def invite(email: str = INVITED) -> str:
    """The path of the link in the invitation e-mail."""
    client = Client()
    client.force_login(factories.moderator())
    response = client.post("/czlonkowie/moderacja/zaproszenia/", {"email": email})
    assert response.status_code == 302
    url = re.search(r"https?://\S+/czlonkowie/zaproszenie/\S+/", mail.outbox[-1].body)
    return url.group(0).split("testserver", 1)[1]


def test_moderator_invites_by_e_mail(home):
    link = invite()

    message = mail.outbox[-1]
    assert message.to == [INVITED]
    assert "Zaproszenie" in message.subject
    html = message.alternatives[0][0]
    assert link in html
    invitation = Invitation.objects.get(email=INVITED)
    assert (
        invitation.expires_at.date()
        == (timezone.now() + datetime.timedelta(days=14)).date()
    )
    # Only a hash of the token is stored.
    assert link.strip("/").rsplit("/", 1)[1] not in invitation.token_hash


def test_invitation_creates_an_approved_account_with_a_verified_address(client, home):
    link = invite()

    response = client.post(link, ACCOUNT)

    assert response.status_code == 302
    assert response["Location"] == "/czlonkowie/"
    membership = Membership.objects.get(user__email=INVITED)
    assert membership.source == Membership.Source.INVITATION
    assert is_approved_member(membership.user)
    assert EmailAddress.objects.get(email=INVITED).verified
    assert membership.user.profile.cluster_initiative == "Kociewski Klaster Meblarski"
    assert client.get("/czlonkowie/katalog/").status_code == 200


def test_invitation_can_be_used_only_once(home):
    link = invite()
    assert Client().post(link, ACCOUNT).status_code == 302

    second = Client().get(link)

    assert second.status_code == 410
    assert "zostało już wykorzystane" in second.content.decode()
    assert Client().post(link, {**ACCOUNT, "first_name": "Ktoś"}).status_code == 410
    assert Membership.objects.filter(user__email=INVITED).count() == 1


def test_expired_invitation_cannot_be_used(client, home):
    link = invite()
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))

    response = client.post(link, ACCOUNT)

    assert response.status_code == 410
    assert "To zaproszenie wygasło" in response.content.decode()
    assert not Membership.objects.filter(user__email=INVITED).exists()


def test_link_for_an_address_that_already_has_an_account_is_refused(client, home):
    link = invite()
    factories.approved_member(INVITED)

    response = client.get(link)

    assert response.status_code == 410
    assert "Konto z tym adresem e-mail już istnieje" in response.content.decode()


def test_moderator_cannot_invite_an_address_that_has_an_account(client, home):
    factories.approved_member(INVITED)
    client.force_login(factories.moderator())

    response = client.post("/czlonkowie/moderacja/zaproszenia/", {"email": INVITED})

    assert response.status_code == 200
    assert "ma już konto" in response.content.decode()
    assert not Invitation.objects.exists()


def test_unknown_token_is_refused(client, home):
    response = client.get("/czlonkowie/zaproszenie/nie-ma-takiego/")

    assert response.status_code == 410
    assert "jest nieprawidłowy" in response.content.decode()


def test_weak_password_is_refused_and_the_invitation_kept(client, home):
    link = invite()

    response = client.post(link, {**ACCOUNT, "password1": "123", "password2": "123"})

    assert response.status_code == 200
    assert 'id="id_password1_error"' in response.content.decode()
    assert Invitation.objects.usable().count() == 1


def test_only_moderators_invite(home):
    with pytest.raises(PermissionDenied):
        invitation_create(email=INVITED, actor=factories.approved_member())


def test_invitation_needs_a_valid_address(home):
    with pytest.raises(ValidationError):
        invitation_create(email="not-an-address", actor=factories.moderator())
