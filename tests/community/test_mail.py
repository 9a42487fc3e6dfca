"""Every e-mail has a plain-text and an HTML part, in Polish or English."""

import pytest
from django.core import mail

from community.models import Membership
from tests.community import factories

pytestmark = pytest.mark.django_db

APPLICATION = {
    "email": "jane.doe@example.org",
    "first_name": "Jane",
    "last_name": "Doe",
    "password1": "Cluster-Coordinator-2026",
    "password2": "Cluster-Coordinator-2026",
    "organisation": "Interizon",
    "cluster_initiative": "Interizon",
    "role": "coordinator",
    "motivation": "To learn from other coordinators.",
    "accept_rules": "on",
    "accept_privacy": "on",
}


def test_verification_mail_in_polish_has_text_and_html(client, home):
    client.post("/accounts/signup/", {**APPLICATION})

    message = mail.outbox[-1]
    assert message.subject.startswith("[Klastry Pomorskie]")
    assert "Potwierdź" in message.subject or "potwierdź" in message.subject
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert 'lang="pl"' in html
    assert "/accounts/confirm-email/" in html


def test_application_in_english_gets_english_pages_and_mail(client, home):
    page = client.get("/en/accounts/signup/").content.decode()
    assert "Apply for membership" in page

    client.post("/en/accounts/signup/", {**APPLICATION})

    message = mail.outbox[-1]
    assert "Please Confirm Your Email Address" in message.subject
    assert 'lang="en"' in message.alternatives[0][0]

    assert Membership.objects.get(user__email=APPLICATION["email"]).language == "en"


def test_password_reset_mail_has_text_and_html(client, home):
    member = factories.approved_member()

    client.post("/accounts/password/reset/", {"email": member.email})

    message = mail.outbox[-1]
    assert "/accounts/password/reset/key/" in message.body
    assert "/accounts/password/reset/key/" in message.alternatives[0][0]
