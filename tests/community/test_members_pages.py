"""The member directory, a member's profile and the public "who we are" list."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.community import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def members(home):
    people = {
        "anna": factories.approved_member(
            first_name="Anna",
            last_name="Kamińska",
            organisation="Fundacja Interizon",
            cluster_initiative="Interizon",
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
    for name, subregion in (("anna", "trojmiejski"), ("ewa", "starogardzki")):
        people[name].profile.subregion = subregion
        people[name].profile.save()
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
        ({"initiative": "Interizon"}, ["Anna"]),
        ({"subregion": "starogardzki"}, ["Ewa"]),
        ({"q": "a", "subregion": "trojmiejski"}, ["Anna"]),
    ],
)
def test_directory_search_and_filters(client, members, query, expected):
    client.force_login(members["anna"])

    assert names_on(client.get("/czlonkowie/katalog/", query)) == expected


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


def test_directory_query_count_does_not_grow_with_members(client, members):
    client.force_login(members["anna"])
    client.get("/czlonkowie/katalog/")  # fills the caches of the site and menus
    with CaptureQueriesContext(connection) as few:
        client.get("/czlonkowie/katalog/")
    for number in range(10):
        factories.approved_member(first_name=f"Osoba{number}")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/czlonkowie/katalog/")

    assert len(names_on(response)) == 13
    assert len(many) == len(few), [q["sql"][:150] for q in many.captured_queries]


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
    assert "Fundacja Interizon" in page and "Interizon" in page
    assert "Piotr" not in page and "Ewa" not in page
    assert anna.email not in page
    assert "Koordynatorka-Niejawna" not in page


def test_members_home_is_in_english_under_en(client, members):
    client.force_login(members["anna"])

    response = client.get("/en/czlonkowie/")

    assert response.status_code == 200
    assert "Members' area" in response.content.decode()
