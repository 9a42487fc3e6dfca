"""Any text typed in the search box answers 200 (or 400 with a message), never 500."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.query import MAX_QUERY_LENGTH

pytestmark = pytest.mark.django_db

HOSTILE = [
    '"unbalanced',
    "'",
    "*",
    "klaster*",
    "NEAR(klaster morski",
    "NEAR(a, b) OR",
    "title:x",
    "body:klaster AND NOT",
    "klaster & !morski | (",
    "klaster:* <-> morski",
    "'' || ''",
    "\\",
    "%_%",
    "-",
    "---klaster---",
    "a" * 10_000,
    "klaster " * 2_000,
    "\x01\x02\x1b[31m",
    "\u202e\u200b\ufeff",
    "🙂🚢 klaster ⚓",
    "ＫＬＡＳＴＥＲ",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "'; DROP TABLE wagtailcore_page; --",
    "ǅ\u0301\u0308",
    "0" * 300,
]
ROUTES = ["search", "api", "suggest"]


def url(route: str) -> str:
    return {
        "search": reverse("search"),
        "api": "/api/search/",
        "suggest": "/api/search/suggest/",
    }[route]


def assert_answers(client, route: str, query: str) -> None:
    response = client.get(url(route), {"q": query})
    assert response.status_code in (200, 400), (query, response.status_code)
    if response.status_code == 400:
        assert response.json()["error"]


@pytest.mark.parametrize("route", ROUTES)
def test_fixed_hostile_queries_never_fail(client, site_content, route):
    for query in HOSTILE:
        assert_answers(client, route, query)


@pytest.mark.parametrize("route", ROUTES)
def test_nul_character_is_refused_with_a_message(client, route):
    response = client.get(url(route), {"q": "klaster\x00morski"})

    assert response.status_code in (200, 400)
    if route != "search":
        assert response.status_code == 400
        assert response.json()["error"]


def test_the_page_keeps_the_text_and_says_why_on_a_nul(client, db):
    response = client.get(reverse("search"), {"q": "klaster\x00"})

    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()


def test_long_queries_are_cut_at_the_documented_length(client, site_content):
    body = client.get("/api/search/", {"q": "morskich " + "x" * 500}).json()

    assert len(body["query"]) == MAX_QUERY_LENGTH


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(query=st.text(max_size=300))
def test_arbitrary_text_never_fails_on_any_route(client, site_content, query):
    for route in ROUTES:
        assert_answers(client, route, query)
