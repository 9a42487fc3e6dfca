"""The member directory, a member's profile and the public "who we are" list."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.services.profiles import profile_update
from tests.community import factories
from tests.knowledge_base.factories import (
    ClusterIndexPageFactory,
    ClusterInitiativePageFactory,
    SubregionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def subregions(db):
    return {
        slug: SubregionFactory(slug=slug, name_pl=f"Subregion {slug}")
        for slug in ("metropolitalny", "starogardzki")
    }


@pytest.fixture
def latarnia(home, subregions):
    return ClusterInitiativePageFactory(
        parent=ClusterIndexPageFactory(parent=home),
        title="Pomorska Sieć Cyfrowa Latarnia",
        slug="latarnia",
        subregion=subregions["metropolitalny"],
    )


@pytest.fixture
def members(home, latarnia, subregions):
    """Anna is linked to an initiative of the knowledge base, which brings its
    subregion; Piotr and Ewa typed theirs, and Ewa chose a subregion herself."""
    people = {
        "anna": factories.approved_member(
            first_name="Anna",
            last_name="Kamińska",
            organisation="Fundacja Interizon",
            initiative=latarnia,
        ),
        "piotr": factories.approved_member(
            first_name="Piotr",
            last_name="Nowicki",
            organisation="Park Naukowo-Technologiczny",
            cluster_initiative="Zielona Chemia",
        ),
        "ewa": factories.approved_member(
            first_name="Ewa",
            last_name="Szymańska",
            organisation="Kociewska Izba Gospodarcza",
            cluster_initiative="Klaster Meblarski",
        ),
    }
    ewa = people["ewa"]
    profile_update(
        profile=ewa.profile, actor=ewa, data={"subregion": subregions["starogardzki"]}
    )
    return people


def names_on(response) -> list[str]:
    return [profile.user.first_name for profile in response.context["page"]]


def test_directory_lists_approved_members_only(client, members):
    factories.pending_applicant(first_name="Oczekujący")
    factories.suspended_member(first_name="Zawieszony")
    client.force_login(members["anna"])

    response = client.get("/czlonkowie/katalog/")

    assert sorted(names_on(response)) == ["Anna", "Ewa", "Piotr"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "nowic"}, ["Piotr"]),
        ({"q": "kociewska"}, ["Ewa"]),
        ({"subregion": "starogardzki"}, ["Ewa"]),
        ({"q": "a", "subregion": "metropolitalny"}, ["Anna"]),
    ],
)
def test_directory_search_and_filters(client, members, query, expected):
    client.force_login(members["anna"])

    assert names_on(client.get("/czlonkowie/katalog/", query)) == expected


def test_directory_filters_by_linked_initiative(client, members, latarnia):
    client.force_login(members["piotr"])

    response = client.get("/czlonkowie/katalog/", {"initiative": latarnia.pk})

    assert names_on(response) == ["Anna"]


def test_directory_offers_only_initiatives_that_members_are_linked_to(
    client, members, latarnia, home
):
    ClusterInitiativePageFactory(parent=latarnia.get_parent(), title="Bez członków")
    client.force_login(members["piotr"])

    choices = client.get("/czlonkowie/katalog/").context["form"]["initiative"]

    assert [choice.choice_label for choice in choices][1:] == [latarnia.title]


def test_subregion_filter_finds_members_through_their_initiative(
    client, members, latarnia
):
    client.force_login(members["ewa"])

    response = client.get("/czlonkowie/katalog/", {"subregion": "metropolitalny"})

    assert names_on(response) == ["Anna"]


def test_initiative_subregion_wins_over_one_the_member_chose_before(
    client, members, latarnia, subregions
):
    """Ewa joins an initiative of the knowledge base: her own subregion gives way."""
    ewa = members["ewa"]
    profile_update(
        profile=ewa.profile,
        actor=ewa,
        data={"initiative": latarnia, "cluster_initiative": ""},
    )
    client.force_login(ewa)

    assert (
        names_on(client.get("/czlonkowie/katalog/", {"subregion": "starogardzki"}))
        == []
    )
    assert sorted(
        names_on(client.get("/czlonkowie/katalog/", {"subregion": "metropolitalny"}))
    ) == ["Anna", "Ewa"]


def test_directory_shows_the_linked_initiative_with_its_subregion(
    client, members, latarnia
):
    client.force_login(members["piotr"])

    page = " ".join(client.get("/czlonkowie/katalog/").content.decode().split())

    assert (
        f'<a href="{latarnia.url}">{latarnia.title}</a> · Subregion metropolitalny'
        in page
    )
    assert "Zielona Chemia" in page
    assert "Klaster Meblarski · Subregion starogardzki" in page


def test_email_is_shown_only_to_members_when_the_member_chose_so(client, members):
    piotr = members["piotr"]
    client.force_login(members["anna"])
    assert piotr.email not in client.get("/czlonkowie/katalog/").content.decode()

    piotr.profile.show_email_to_members = True
    piotr.profile.save()

    assert piotr.email in client.get("/czlonkowie/katalog/").content.decode()
    assert (
        piotr.email
        in client.get(f"/czlonkowie/katalog/{piotr.profile.pk}/").content.decode()
    )


def test_directory_query_count_does_not_grow_with_members(
    client, members, latarnia, subregions, django_assert_num_queries
):
    client.force_login(members["anna"])
    client.get("/czlonkowie/katalog/")  # fills the caches of the site and menus
    with CaptureQueriesContext(connection) as three:
        client.get("/czlonkowie/katalog/")
    other = ClusterInitiativePageFactory(
        parent=latarnia.get_parent(), subregion=subregions["starogardzki"]
    )
    for number in range(17):
        member = factories.approved_member(
            first_name=f"Osoba{number}",
            initiative=(latarnia, other, None)[number % 3],
        )
        profile_update(
            profile=member.profile,
            actor=member,
            data={"subregion": subregions["starogardzki"]},
        )

    with django_assert_num_queries(len(three)):
        response = client.get("/czlonkowie/katalog/")

    assert len(names_on(response)) == 20


def test_profile_of_someone_not_approved_is_not_found(client, members):
    applicant = factories.pending_applicant()
    client.force_login(members["anna"])

    assert client.get(f"/czlonkowie/katalog/{applicant.profile.pk}/").status_code == 404


def test_who_we_are_lists_only_those_who_opted_in_and_only_three_facts(client, members):
    anna = members["anna"]
    anna.profile.listed_publicly = True
    anna.profile.position = "Koordynatorka-Niejawna"
    anna.profile.show_email_to_members = True
    anna.profile.save()

    page = client.get("/czlonkowie/kim-jestesmy/").content.decode()

    assert "Anna Kamińska" in page
    assert "Fundacja Interizon" in page
    assert f'<a href="{members["anna"].profile.initiative.url}">' in page
    assert "Piotr" not in page and "Ewa" not in page
    assert anna.email not in page
    assert "Koordynatorka-Niejawna" not in page


def test_members_home_is_in_english_under_en(client, members):
    client.force_login(members["anna"])

    response = client.get("/en/czlonkowie/")

    assert response.status_code == 200
    assert "Members' area" in response.content.decode()
