"""Every door a script could hammer has a limit: sign-in, sign-up, the Contact Point
form, forum posting and search. Each is counted in the shared cache."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.contrib.forms.models import FormSubmission

from community.forum import ratelimit
from tests.community import factories
from tests.community.forum.factories import make_topic
from tests.website.factories import make_home_page
from tests.website.test_contact_point import VALID, contact_page  # noqa: F401

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"
SIGNUP = "/en/accounts/signup/"


@pytest.fixture
def home(db):
    return make_home_page()


def test_repeated_wrong_passwords_lock_the_address_out_even_with_the_right_one(
    client, home
):
    member = factories.approved_member()
    wrong = {"login": member.email, "password": "zle-haslo-123"}
    for _ in range(5):
        assert client.post(LOGIN, wrong).status_code == 200

    response = client.post(
        LOGIN, {"login": member.email, "password": factories.PASSWORD}
    )

    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_sign_in_attempts_from_one_address_are_limited(client, home):
    for number in range(30):
        client.post(LOGIN, {"login": f"nikt{number}@example.org", "password": "x"})

    response = client.post(LOGIN, {"login": "ktos@example.org", "password": "x"})

    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()


def test_sign_ups_from_one_address_are_limited(client, home):
    for number in range(10):
        client.post(SIGNUP, {"email": f"nowy{number}@example.org"})

    response = client.post(
        SIGNUP,
        {
            "email": "ostatni@example.org",
            "password1": factories.PASSWORD,
            "password2": factories.PASSWORD,
        },
    )

    assert response.status_code == 429
    assert not get_user_model().objects.filter(email="ostatni@example.org").exists()


def test_the_contact_form_refuses_an_address_over_its_limit(
    client,
    contact_page,  # noqa: F811
    settings,
):
    settings.CONTACT_FORM_RATE_LIMIT = 3
    for _ in range(3):
        assert client.post(contact_page.url, VALID).status_code == 200

    response = client.post(contact_page.url, VALID)

    assert response.status_code == 429
    assert "zbyt wiele zapytań" in response.content.decode()
    assert FormSubmission.objects.count() == 3


def test_a_member_posting_too_fast_is_refused_and_nothing_is_stored(client, home):
    member = factories.approved_member()
    topic = make_topic()
    client.force_login(member)
    url = f"/forum/temat/{topic.pk}/odpowiedz/"
    for number in range(ratelimit.POSTS_PER_WINDOW):
        client.post(url, {"body_markdown": f"Wpis numer {number}."})

    response = client.post(url, {"body_markdown": "Wpis ponad limit."})

    assert response.status_code == 429
    assert not topic.posts.filter(body_markdown="Wpis ponad limit.").exists()


@pytest.mark.parametrize(
    ("url", "setting"),
    [
        ("/szukaj/", "SEARCH_RATE_LIMIT"),
        ("/api/search/", "SEARCH_RATE_LIMIT"),
        ("/api/search/suggest/", "SEARCH_SUGGEST_RATE_LIMIT"),
    ],
)
def test_search_over_the_limit_answers_429_with_a_message(
    client, home, settings, url, setting
):
    setattr(settings, setting, 3)
    for _ in range(3):
        assert client.get(url, {"q": "klaster"}).status_code == 200

    response = client.get(url, {"q": "klaster"}, HTTP_ACCEPT_LANGUAGE="pl")

    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    is_json = response["Content-Type"] == "application/json"
    message = response.json()["error"] if is_json else response.content.decode()
    assert "Wyszukujesz zbyt często" in message


def test_the_search_limit_counts_each_address_separately(client, home, settings):
    settings.SEARCH_RATE_LIMIT = 2
    for _ in range(2):
        client.get("/api/search/", {"q": "klaster"}, REMOTE_ADDR="10.0.0.1")

    first = client.get("/api/search/", {"q": "klaster"}, REMOTE_ADDR="10.0.0.1")
    second = client.get("/api/search/", {"q": "klaster"}, REMOTE_ADDR="10.0.0.2")

    assert first.status_code == 429
    assert second.status_code == 200


def test_the_search_page_and_the_api_share_one_count(client, home, settings):
    settings.SEARCH_RATE_LIMIT = 2
    client.get("/szukaj/", {"q": "klaster"})
    client.get("/api/search/", {"q": "klaster"})

    assert client.get("/szukaj/", {"q": "klaster"}).status_code == 429
