"""The GDPR rights: a copy of one's data, and erasure."""

import json
from io import BytesIO
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from PIL import Image
from wagtail.models import Revision

from community.identity import member_name
from community.models import Invitation, Membership, Profile
from community.services.accounts import account_delete
from community.services.profiles import profile_update
from tests.community import factories
from tests.knowledge_base.factories import (
    ClusterIndexPageFactory,
    ClusterInitiativePageFactory,
    SubregionFactory,
)
from tests.website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

EMAIL = "anna.kaminska@example.org"


def test_export_holds_account_membership_profile_and_sessions(client, home):
    member = factories.approved_member(EMAIL, first_name="Anna", last_name="Kamińska")
    member.profile.position = "Koordynatorka"
    member.profile.save()
    client.post("/accounts/login/", {"login": EMAIL, "password": factories.PASSWORD})

    response = client.get("/czlonkowie/moje-dane/eksport.json")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == EMAIL
    assert data["account"]["last_name"] == "Kamińska"
    assert data["account"]["email_addresses"] == [{"email": EMAIL, "verified": True}]
    assert data["account"]["roles"] == ["Members"]
    assert data["membership"]["status"] == "approved"
    assert data["profile"]["organisation"] == "Pomorski Klaster ICT"
    assert data["profile"]["cluster_initiative"] == "Interizon"
    assert data["profile"]["subregion"] is None
    assert data["profile"]["position"] == "Koordynatorka"
    assert len(data["sessions"]) == 1
    assert data["sessions"][0]["ip"] == "127.0.0.1"


def test_export_names_the_linked_initiative_and_its_subregion(client, home):
    initiative = ClusterInitiativePageFactory(
        parent=ClusterIndexPageFactory(parent=home),
        title="Pomorska Sieć Cyfrowa Latarnia",
        subregion=SubregionFactory(name_pl="Subregion metropolitalny"),
    )
    client.force_login(factories.approved_member(initiative=initiative))

    profile = client.get("/czlonkowie/moje-dane/eksport.json").json()["profile"]

    assert profile["cluster_initiative"] == "Pomorska Sieć Cyfrowa Latarnia"
    assert profile["subregion"] == "Subregion metropolitalny"


def test_export_of_an_applicant_holds_the_application(client, home):
    applicant = factories.pending_applicant()
    client.force_login(applicant)

    data = client.get("/czlonkowie/moje-dane/eksport.json").json()

    assert data["membership"]["status"] == "pending"
    assert data["membership"]["motivation"].startswith("Chcę wymieniać")
    assert data["membership"]["privacy_policy_accepted_at"]


def test_export_never_holds_secrets(client, home):
    moderator = factories.moderator()
    client.force_login(moderator)

    text = client.get("/czlonkowie/moje-dane/eksport.json").content.decode()

    assert moderator.password not in text
    secret = Authenticator.objects.get(user=moderator).data["secret"]
    assert secret not in text
    assert json.loads(text)["account"]["two_factor_methods"] == ["totp"]


def rows_mentioning(*needles: str) -> list[str]:
    """Every row of every table whose text holds one of the needles."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (table names)
            for row in cursor.fetchall():
                text = " ".join(str(value) for value in row)
                if any(needle in text for needle in needles):
                    found.append(f"{table}: {text[:200]}")
    return found


def test_deleting_the_account_leaves_no_personal_data(client, home, settings):
    member = factories.approved_member(
        EMAIL, first_name="Zofia", last_name="Wybicka-Niepowtarzalna"
    )
    moderator = factories.moderator()
    Invitation.objects.create(email=EMAIL, token_hash="0" * 64, invited_by=moderator)
    client.post("/accounts/login/", {"login": EMAIL, "password": factories.PASSWORD})
    client.post("/accounts/reauthenticate/", {"password": factories.PASSWORD})
    output = BytesIO()
    Image.new("RGB", (100, 100)).save(output, format="PNG")
    client.post(
        "/czlonkowie/profil/",
        {
            "position": "Kierowniczka Niepowtarzalna",
            "bio": "Biogram-Niepowtarzalny",
            "avatar_upload": SimpleUploadedFile("a.png", output.getvalue()),
        },
    )
    assert Profile.objects.get(user=member).avatar
    assert rows_mentioning(EMAIL, "Wybicka-Niepowtarzalna", "Biogram-Niepowtarzalny")

    response = client.post("/czlonkowie/usun-konto/", {"confirm": "on"})

    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert not Membership.objects.filter(user_id=member.pk).exists()
    assert not EmailAddress.objects.filter(user_id=member.pk).exists()
    assert not UserSession.objects.filter(user_id=member.pk).exists()
    assert (
        rows_mentioning(
            EMAIL,
            "Wybicka-Niepowtarzalna",
            "Kierowniczka Niepowtarzalna",
            "Biogram-Niepowtarzalny",
        )
        == []
    )
    assert "_auth_user_id" not in client.session


def test_deleting_the_account_removes_the_avatar_file(
    home, django_capture_on_commit_callbacks
):

    member = factories.approved_member()
    output = BytesIO()
    Image.new("RGB", (10, 10)).save(output, format="JPEG")
    profile_update(
        profile=member.profile,
        actor=member,
        data={},
        avatar=ContentFile(output.getvalue(), name="a.jpg"),
    )
    path = Path(member.profile.avatar.path)
    assert path.exists()

    with django_capture_on_commit_callbacks(execute=True):
        account_delete(user=member, actor=member)

    assert not path.exists()


def test_content_written_by_a_deleted_member_stays_as_a_former_members(home):
    member = factories.editor()
    page = StandardPageFactory(title="Strona redaktora", owner=member)
    page.save_revision(user=member)

    account_delete(user=member, actor=member)

    page.refresh_from_db()
    assert page.owner is None
    assert Revision.objects.filter(object_id=str(page.pk), user=None).exists()
    assert member_name(page.owner) == "Były członek"


def test_nobody_may_delete_someone_elses_account(home):
    member = factories.approved_member()

    with pytest.raises(PermissionDenied):
        account_delete(user=member, actor=factories.moderator())

    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_deleting_asks_for_the_password_again(client, home):
    member = factories.approved_member()
    client.force_login(member)

    response = client.post("/czlonkowie/usun-konto/", {"confirm": "on"})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/reauthenticate/")
    assert get_user_model().objects.filter(pk=member.pk).exists()
