"""From sign-up to the members' pages, and what a rejected applicant sees."""

import re

import pytest
from django.core import mail

from community.models import Membership
from tests.community import factories

pytestmark = pytest.mark.django_db

APPLICATION = {
    "email": "jan.kowalski@example.org",
    "first_name": "Jan",
    "last_name": "Kowalski",
    "password1": "Klaster-Morski-2026",
    "password2": "Klaster-Morski-2026",
    "organisation": "Bałtycki Klaster Morski",
    "cluster_initiative": "Klaster Morski i Offshore",
    "role": "coordinator",
    "motivation": "Chcę wymieniać doświadczenia z innymi koordynatorami.",
    "accept_rules": "on",
    "accept_privacy": "on",
}


def link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0)


def sign_up(client) -> None:
    response = client.post("/accounts/signup/", APPLICATION)
    assert response.status_code == 302, response.content.decode()


def verify_email(client) -> None:
    confirm_url = link_in(mail.outbox[-1])
    response = client.post(confirm_url)
    assert response.status_code == 302


def test_signing_up_files_an_application_and_sends_a_verification_link(client, home):
    sign_up(client)

    membership = Membership.objects.get(user__email=APPLICATION["email"])
    assert membership.status == Membership.Status.PENDING
    assert membership.user.username == APPLICATION["email"]
    assert membership.user.get_full_name() == "Jan Kowalski"
    assert membership.user.profile.organisation == "Bałtycki Klaster Morski"
    assert membership.rules_accepted_at and membership.privacy_accepted_at
    assert len(mail.outbox) == 1
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_signing_up_needs_consent_to_the_rules_and_privacy_policy(client, home):
    data = {**APPLICATION, "accept_rules": "", "accept_privacy": ""}

    response = client.post("/accounts/signup/", data)

    assert response.status_code == 200
    assert not Membership.objects.exists()
    assert 'id="id_accept_rules_error"' in response.content.decode()


def test_unverified_applicant_cannot_sign_in(client, home):
    sign_up(client)
    client.logout()

    response = client.post(
        "/accounts/login/",
        {"login": APPLICATION["email"], "password": APPLICATION["password1"]},
    )

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session


def test_applicant_is_listed_for_moderators_only_after_verifying(client, home):
    sign_up(client)
    assert not Membership.objects.awaiting_decision().exists()

    verify_email(client)

    assert Membership.objects.awaiting_decision().count() == 1


def test_full_journey_from_sign_up_to_members_pages(client, home):
    sign_up(client)
    verify_email(client)

    # Verified and signed in, but pending: the account page says so, members'
    # pages refuse with the reason.
    status = client.get("/czlonkowie/konto/")
    assert 'data-application-status="pending"' in status.content.decode()
    refused = client.get("/czlonkowie/katalog/")
    assert refused.status_code == 403
    assert "czeka na decyzję moderatora" in refused.content.decode()

    moderator = factories.moderator()
    membership = Membership.objects.get(user__email=APPLICATION["email"])
    moderator_client = client_class_for(client)
    moderator_client.force_login(moderator)
    approved = moderator_client.post(
        f"/czlonkowie/moderacja/wnioski/{membership.pk}/zatwierdz/"
    )
    assert approved.status_code == 302

    decision = mail.outbox[-1]
    assert decision.to == [APPLICATION["email"]]
    assert "zatwierdzony" in decision.subject
    assert client.get("/czlonkowie/katalog/").status_code == 200
    assert client.get("/czlonkowie/").status_code == 200


def test_signing_in_as_approved_member_leads_to_the_members_area(client, home):
    member = factories.approved_member()

    response = client.post(
        "/accounts/login/", {"login": member.email, "password": factories.PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"] == "/czlonkowie/"


def test_signing_in_as_applicant_leads_to_the_application_status(client, home):
    applicant = factories.pending_applicant()

    response = client.post(
        "/accounts/login/", {"login": applicant.email, "password": factories.PASSWORD}
    )

    assert response["Location"] == "/czlonkowie/konto/"


def test_rejected_applicant_sees_the_reason_and_nothing_more(client, home):
    applicant = factories.pending_applicant()
    moderator_client = client_class_for(client)
    moderator_client.force_login(factories.moderator())
    moderator_client.post(
        f"/czlonkowie/moderacja/wnioski/{applicant.membership.pk}/odrzuc/",
        {"reason": "Inicjatywa spoza województwa pomorskiego."},
    )
    assert "odrzucony" in mail.outbox[-1].subject
    assert "Inicjatywa spoza województwa pomorskiego." in mail.outbox[-1].body

    client.force_login(applicant)
    status = client.get("/czlonkowie/konto/").content.decode()
    assert 'data-application-status="rejected"' in status
    assert "Inicjatywa spoza województwa pomorskiego." in status
    for url in ("/czlonkowie/", "/czlonkowie/katalog/", "/czlonkowie/profil/"):
        response = client.get(url)
        assert response.status_code == 403
        assert "Inicjatywa spoza województwa pomorskiego." in response.content.decode()


def client_class_for(client):
    return type(client)()
