"""Every form of the members' part, allauth's included, is refused without its CSRF
token, and every page with a form carries one."""

import pytest
from django.test import Client

from community.models import Invitation
from community.models.invitation import token_hash
from tests.community import factories

pytestmark = pytest.mark.django_db

TOKEN = 'name="csrfmiddlewaretoken"'

# (who, page with the form, where the form posts)
FORMS = [
    ("anonymous", "/accounts/login/", "/accounts/login/"),
    ("anonymous", "/accounts/signup/", "/accounts/signup/"),
    ("anonymous", "/accounts/password/reset/", "/accounts/password/reset/"),
    ("anonymous", "/czlonkowie/zaproszenie/{token}/", None),
    ("member", "/accounts/logout/", "/accounts/logout/"),
    ("member", "/accounts/email/", "/accounts/email/"),
    ("member", "/accounts/password/change/", "/accounts/password/change/"),
    ("member", "/accounts/reauthenticate/", "/accounts/reauthenticate/"),
    ("member", "/accounts/sessions/", "/accounts/sessions/"),
    ("member", "/czlonkowie/profil/", None),
    ("member", None, "/czlonkowie/usun-konto/"),
    ("member", None, "/accounts/2fa/totp/activate/"),
    ("moderator", "/czlonkowie/moderacja/wnioski/", "{approve}"),
    ("moderator", "/czlonkowie/moderacja/wnioski/{application}/odrzuc/", None),
    ("moderator", "/czlonkowie/moderacja/zaproszenia/", None),
    ("moderator", "/czlonkowie/moderacja/czlonkowie/{member}/zawies/", None),
    ("moderator", None, "/czlonkowie/moderacja/czlonkowie/{member}/przywroc/"),
]


@pytest.fixture
def places(home):
    application = factories.pending_applicant().membership.pk
    Invitation.objects.create(
        email="zaproszony@example.org", token_hash=token_hash("t")
    )
    return {
        "token": "t",
        "application": application,
        "approve": f"/czlonkowie/moderacja/wnioski/{application}/zatwierdz/",
        "member": factories.approved_member().membership.pk,
    }


def client_for(who: str) -> Client:
    client = Client(enforce_csrf_checks=True)
    if who == "member":
        client.force_login(factories.approved_member())
    elif who == "moderator":
        client.force_login(factories.moderator())
    return client


@pytest.mark.parametrize(("who", "page", "action"), FORMS, ids=lambda v: str(v))
def test_form_is_refused_without_its_csrf_token(places, who, page, action):
    client = client_for(who)
    if page:
        response = client.get(page.format(**places))
        assert response.status_code == 200
        assert TOKEN in response.content.decode()

    response = client.post((action or page).format(**places), {})

    assert response.status_code == 403


def test_form_is_accepted_with_its_csrf_token(places):
    client = client_for("anonymous")
    page = client.get("/accounts/login/")
    token = page.cookies["csrftoken"].value

    response = client.post(
        "/accounts/login/",
        {"login": "nikt@example.org", "password": "x", "csrfmiddlewaretoken": token},
    )

    assert response.status_code == 200  # the form answered: wrong password
