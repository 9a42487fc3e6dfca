"""The cluster initiative on sign-up, invitation and profile forms: one of the
knowledge base's initiatives, or another typed by name."""

import pytest

from community.models import Profile
from tests.community import factories
from tests.community.test_invitations import ACCOUNT, invite
from tests.community.test_membership_journey import APPLICATION
from tests.knowledge_base.factories import (
    ClusterIndexPageFactory,
    ClusterInitiativePageFactory,
    SubregionFactory,
)
from tests.website.factories import make_english_home

pytestmark = pytest.mark.django_db


@pytest.fixture
def cluster_index(home):
    return ClusterIndexPageFactory(parent=home)


@pytest.fixture
def latarnia(cluster_index):
    return ClusterInitiativePageFactory(
        parent=cluster_index, title="Pomorska Sieć Cyfrowa Latarnia"
    )


def sign_up(client, **fields):
    return client.post("/accounts/signup/", {**APPLICATION, **fields})


def profile_of(email: str) -> Profile:
    return Profile.objects.select_related("initiative").get(user__email=email)


def test_sign_up_offers_published_polish_initiatives_by_title_then_other(
    client, home, cluster_index
):
    for title in ("Beta", "Alfa"):
        ClusterInitiativePageFactory(parent=cluster_index, title=title)
    ClusterInitiativePageFactory(parent=cluster_index, title="Szkic", live=False)
    english_home = make_english_home(home, title="Pomeranian Clusters", slug="home-en")
    english_index = ClusterIndexPageFactory(
        parent=english_home, slug="cluster-initiatives"
    )
    ClusterInitiativePageFactory(parent=english_index, title="Aaa in English")

    field = client.get("/en/accounts/signup/").context["form"].fields["initiative"]

    labels = [str(label) for _, label in field.choices]
    assert labels == ["other (type its name)", "Alfa", "Beta"]


def test_sign_up_with_an_initiative_from_the_list_links_it(client, home, latarnia):
    response = sign_up(client, initiative=latarnia.pk, cluster_initiative="")

    assert response.status_code == 302
    profile = profile_of(APPLICATION["email"])
    assert profile.initiative == latarnia
    assert profile.cluster_initiative == ""


def test_sign_up_with_another_initiative_keeps_its_typed_name(client, home, latarnia):
    response = sign_up(client, initiative="", cluster_initiative="Klaster w tworzeniu")

    assert response.status_code == 302
    profile = profile_of(APPLICATION["email"])
    assert profile.initiative is None
    assert profile.cluster_initiative == "Klaster w tworzeniu"


def test_sign_up_needs_an_initiative_chosen_or_typed(client, home, latarnia):
    response = sign_up(client, initiative="", cluster_initiative="")

    assert response.status_code == 200
    assert response.context["form"].has_error("cluster_initiative")
    assert not Profile.objects.exists()


def test_sign_up_refuses_a_typed_name_that_contradicts_the_choice(
    client, home, latarnia
):
    response = sign_up(client, initiative=latarnia.pk, cluster_initiative="Inny")

    assert response.status_code == 200
    assert response.context["form"].has_error("cluster_initiative")
    assert not Profile.objects.exists()


def test_invitation_links_the_chosen_initiative(client, home, latarnia):
    response = client.post(
        invite(), {**ACCOUNT, "initiative": latarnia.pk, "cluster_initiative": ""}
    )

    assert response.status_code == 302
    assert profile_of("nowa.koordynatorka@example.org").initiative == latarnia


def test_profile_linked_to_an_initiative_takes_its_subregion(client, home, latarnia):
    latarnia.subregion = SubregionFactory(slug="metropolitalny")
    latarnia.save()
    member = factories.approved_member(cluster_initiative="Latarnia")
    client.force_login(member)

    response = client.post(
        "/czlonkowie/profil/",
        {
            "organisation": "Fundacja",
            "initiative": latarnia.pk,
            "cluster_initiative": "",
            "subregion": SubregionFactory(slug="slupski").pk,
        },
    )

    assert response.status_code == 302
    profile = profile_of(member.email)
    assert (profile.initiative, profile.cluster_initiative) == (latarnia, "")
    assert profile.subregion is None
    assert profile.effective_subregion.slug == "metropolitalny"


def test_profile_can_change_to_an_initiative_not_in_the_list(client, home, latarnia):
    member = factories.approved_member(initiative=latarnia)
    client.force_login(member)

    response = client.post(
        "/czlonkowie/profil/",
        {"initiative": "", "cluster_initiative": "Nowy klaster"},
    )

    assert response.status_code == 302
    profile = profile_of(member.email)
    assert (profile.initiative, profile.initiative_name) == (None, "Nowy klaster")


def test_profile_may_name_no_initiative(client, home):
    member = factories.approved_member()
    client.force_login(member)

    response = client.post(
        "/czlonkowie/profil/", {"initiative": "", "cluster_initiative": ""}
    )

    assert response.status_code == 302
    assert profile_of(member.email).initiative_name == ""


def test_member_profile_links_to_the_initiative_page(client, home, latarnia):
    member = factories.approved_member(initiative=latarnia)
    client.force_login(factories.approved_member())

    page = client.get(f"/czlonkowie/katalog/{member.profile.pk}/").content.decode()

    assert f'<a href="{latarnia.url}">{latarnia.title}</a>' in page


def test_moderator_sees_the_applicant_initiative(client, home, latarnia):
    sign_up(client, initiative=latarnia.pk, cluster_initiative="")
    profile_of(APPLICATION["email"]).user.emailaddress_set.update(verified=True)
    client.force_login(factories.moderator())

    page = client.get("/czlonkowie/moderacja/wnioski/").content.decode()

    assert f'<a href="{latarnia.url}">{latarnia.title}</a>' in page
