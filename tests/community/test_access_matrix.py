"""Every members-only page and every moderator action, for every kind of person: the
exact answer, and for a refusal the explanation on the page."""

from urllib.parse import quote

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from community.models import Membership
from community.roles import MEMBERS_GROUP, role_group
from tests.community import factories
from tests.website.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/?next="
OK = (200, None)
DONE = (302, None)  # a moderator's action redirects back to its list
TO_LOGIN = (302, LOGIN)
PENDING = (403, "czeka na decyzję moderatora")
SUSPENDED = (403, "Twoje członkostwo jest zawieszone")
NOT_MODERATOR = (403, "Tę stronę mogą otworzyć tylko moderatorzy")

ROLES = ["anonymous", "pending", "member", "suspended", "moderator", "editor"]


def person(role: str):
    return {
        "anonymous": lambda: None,
        "pending": factories.pending_applicant,
        "member": factories.approved_member,
        "suspended": factories.suspended_member,
        "moderator": factories.moderator,
        "editor": factories.editor,
    }[role]()


@pytest.fixture
def targets(db):
    """What the pages and actions act on: an application and a member."""
    return {
        "application": factories.pending_applicant().membership.pk,
        "member": factories.approved_member(first_name="Ewa").membership.pk,
        "profile": factories.approved_member(first_name="Ola").profile.pk,
    }


MEMBERS_PAGES = {
    "/czlonkowie/": {
        "anonymous": TO_LOGIN,
        "pending": PENDING,
        "member": OK,
        "suspended": SUSPENDED,
        "moderator": OK,
        "editor": OK,
    },
}
MEMBERS_PAGES["/czlonkowie/katalog/"] = MEMBERS_PAGES["/czlonkowie/"]
MEMBERS_PAGES["/czlonkowie/katalog/{profile}/"] = MEMBERS_PAGES["/czlonkowie/"]
MEMBERS_PAGES["/czlonkowie/profil/"] = MEMBERS_PAGES["/czlonkowie/"]

SIGNED_IN_PAGES = {
    url: {
        "anonymous": TO_LOGIN,
        "pending": OK,
        "member": OK,
        "suspended": SUSPENDED,
        "moderator": OK,
        "editor": OK,
    }
    for url in (
        "/czlonkowie/konto/",
        "/czlonkowie/moje-dane/",
        "/czlonkowie/moje-dane/eksport.json",
    )
}

MODERATOR_PAGES = {
    url: {
        "anonymous": TO_LOGIN,
        "pending": PENDING,
        "member": NOT_MODERATOR,
        "suspended": SUSPENDED,
        "moderator": OK,
        "editor": NOT_MODERATOR,
    }
    for url in (
        "/czlonkowie/moderacja/wnioski/",
        "/czlonkowie/moderacja/wnioski/{application}/odrzuc/",
        "/czlonkowie/moderacja/zaproszenia/",
        "/czlonkowie/moderacja/czlonkowie/",
        "/czlonkowie/moderacja/czlonkowie/{member}/zawies/",
    )
}

MODERATOR_ACTIONS = {
    ("/czlonkowie/moderacja/wnioski/{application}/zatwierdz/", ()),
    ("/czlonkowie/moderacja/wnioski/{application}/odrzuc/", (("reason", "Brak"),)),
    ("/czlonkowie/moderacja/zaproszenia/", (("email", "nowy@example.org"),)),
    (
        "/czlonkowie/moderacja/czlonkowie/{member}/zawies/",
        (("until", "2099-01-01"), ("reason", "Spam")),
    ),
    ("/czlonkowie/moderacja/czlonkowie/{member}/przywroc/", ()),
}
ACTION_EXPECTED = {**MODERATOR_PAGES["/czlonkowie/moderacja/wnioski/"]}
ACTION_EXPECTED["moderator"] = DONE


def check(response, expected, url: str, role: str) -> None:
    status, explanation = expected
    assert response.status_code == status, (url, role, response.status_code)
    if explanation == LOGIN:
        assert response["Location"] == LOGIN + quote(url, safe="/"), (url, role)
    elif explanation:
        assert explanation in response.content.decode(), (url, role)


def signed_in(role: str) -> Client:
    client = Client()
    user = person(role)
    if user is not None:
        client.force_login(user)
    return client


PAGES = [
    (url, answers)
    for pages in (MEMBERS_PAGES, SIGNED_IN_PAGES, MODERATOR_PAGES)
    for url, answers in pages.items()
]


@pytest.mark.parametrize(("url_pattern", "answers"), PAGES, ids=[u for u, _ in PAGES])
def test_page_answers_each_kind_of_person(home, targets, url_pattern, answers):
    url = url_pattern.format(**targets)
    for role in ROLES:
        check(signed_in(role).get(url), answers[role], url, role)


ACTIONS = sorted(MODERATOR_ACTIONS)


@pytest.mark.parametrize(("url_pattern", "data"), ACTIONS, ids=[u for u, _ in ACTIONS])
def test_moderator_action_answers_each_kind_of_person(home, targets, url_pattern, data):
    url = url_pattern.format(**targets)
    for role in ROLES:
        if "przywroc" in url_pattern:
            Membership.objects.filter(pk=targets["member"]).update(
                suspended_until="2099-01-01", suspension_reason="Spam"
            )
        check(signed_in(role).post(url, dict(data)), ACTION_EXPECTED[role], url, role)


def test_public_who_we_are_page_is_open_to_everyone(home):
    assert Client().get("/czlonkowie/kim-jestesmy/").status_code == 200


def test_refused_action_changes_nothing(home, targets):
    client = Client()
    client.force_login(factories.approved_member())

    client.post(f"/czlonkowie/moderacja/wnioski/{targets['application']}/zatwierdz/")

    assert Membership.objects.get(pk=targets["application"]).is_pending


def test_page_under_a_wagtail_login_restriction_sends_visitors_to_allauth(home):
    page = StandardPageFactory(parent=home, title="Dla zalogowanych", slug="dla-nas")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )

    response = Client().get(page.url)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={page.url}"


def test_page_restricted_to_the_members_group_opens_for_members(home):
    page = StandardPageFactory(parent=home, title="Dla członków", slug="dla-czlonkow")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(role_group(MEMBERS_GROUP))
    member, applicant = Client(), Client()
    member.force_login(factories.approved_member())
    applicant.force_login(factories.pending_applicant())

    assert member.get(page.url).status_code == 200
    assert applicant.get(page.url).status_code != 200
