"""Every URL pattern of the project, the admins' included, refuses a POST that
carries no CSRF token: no view is exempt from the check."""

import pytest
from django.urls import resolve
from django.utils import translation

from tests.security import routes
from tests.security.conftest import client_as

pytestmark = pytest.mark.django_db

# The site's refusal page (templates/403_csrf.html), and Django REST framework's
# (the Wagtail admin's API) answer.
REFUSALS = ("data-csrf-failure", "CSRF Failed")

# Exempt on purpose, each with the proof it takes instead of the token.
CSRF_EXEMPT = {
    # RFC 8058 one-click unsubscribe: mail programs POST without cookies; the signed
    # token in the address is the proof (community/notifications/views.py).
    "forum:notifications:unsubscribe",
}


def unprotected(world, role: str, requests) -> list[str]:
    client = client_as(world, role, enforce_csrf_checks=True)
    problems = []
    for request in requests:
        if request.key in CSRF_EXEMPT:
            continue
        response = client.post(request.url, {"body_markdown": "Bez tokenu."})
        text = response.content.decode()
        refused = response.status_code == 403 and any(r in text for r in REFUSALS)
        if not refused:
            problems.append(f"{request.url} [{request.key}]: {response.status_code}")
    return problems


@pytest.mark.parametrize("role", ["anonymous", "moderator"])
def test_no_view_takes_a_post_without_a_csrf_token(world, role):
    problems = unprotected(world, role, routes.requests_for(world))

    assert problems == [], "\n".join(problems)


def test_no_admin_view_takes_a_post_without_a_csrf_token(world):
    problems = unprotected(world, "moderator", routes.admin_requests())

    assert problems == [], "\n".join(problems)


def test_only_the_listed_views_are_csrf_exempt(world):
    exempt = set()
    for request in routes.requests_for(world):
        with translation.override("en" if request.url.startswith("/en/") else "pl"):
            view = resolve(request.url.split("?")[0]).func
        if getattr(view, "csrf_exempt", False):
            exempt.add(request.key)

    assert exempt == CSRF_EXEMPT


def test_the_one_click_unsubscribe_still_needs_its_signed_token(world):
    client = client_as(world, "anonymous", enforce_csrf_checks=True)

    response = client.post(f"/forum/powiadomienia/wypisz/{routes.WRONG_TOKEN}/")

    assert response.status_code == 404


def test_a_post_with_its_token_gets_through(world):
    client = client_as(world, "member", enforce_csrf_checks=True)
    topic = world.objects["topic"]
    reply_url = f"/forum/temat/{topic.pk}/odpowiedz/"
    client.get(reply_url)

    response = client.post(
        reply_url,
        {
            "body_markdown": "Odpowiedź z tokenem.",
            "csrfmiddlewaretoken": client.cookies["csrftoken"].value,
        },
    )

    assert response.status_code == 302
    assert topic.posts.filter(body_markdown="Odpowiedź z tokenem.").exists()
