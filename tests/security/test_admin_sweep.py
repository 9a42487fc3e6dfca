"""Every pattern of the Wagtail admin (/admin/) and the Django admin (/django-admin/),
requested by every role that has no business there: none gets a page, none gets a
500, and no members-only content leaks out of an admin answer.

Moderators and editors use the Wagtail admin (Wagtail's page permissions decide what
they do there), so only the Django admin, which is for staff alone, is swept for them.
"""

import pytest

from tests.security import routes
from tests.security.conftest import client_as
from tests.security.test_url_sweep import response_text
from tests.security.world import SECRETS

pytestmark = pytest.mark.django_db

# Admin pages anyone may open: the password reset forms (allauth's login is the only
# login), the admin's JavaScript translation catalogue and its icon sprite.
OPEN_TO_ALL = {
    "wagtailadmin_sprite",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
}


def admin_problems(world, role: str) -> list[str]:
    client = client_as(world, role)
    problems = []
    for request in routes.admin_requests():
        if role == "moderator" and not request.url.startswith("/django-admin/"):
            continue
        try:
            response = client.get(request.url)
        except Exception as error:
            problems.append(f"{request.url} [{request.key}]: raised {error!r}")
            continue
        if response.status_code >= 500:
            problems.append(f"{request.url} [{request.key}]: {response.status_code}")
        if response.status_code == 200 and request.key not in OPEN_TO_ALL:
            problems.append(f"{request.url} [{request.key}]: opened for {role}")
        text = response_text(response)
        leaked = [name for name, secret in SECRETS.items() if secret in text]
        if leaked:
            problems.append(f"{request.url} [{request.key}]: shows {leaked}")
    return problems


def test_the_admin_sweep_covers_both_admins():
    urls = [request.url for request in routes.admin_requests()]
    assert sum(url.startswith("/admin/") for url in urls) > 100
    assert sum(url.startswith("/django-admin/") for url in urls) > 10


@pytest.mark.parametrize("role", ["anonymous", "pending", "member", "moderator"])
def test_no_admin_page_opens_for_a_role_without_admin_access(world, role):
    problems = admin_problems(world, role)

    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("url", ["/admin/", "/admin/pages/", "/django-admin/"])
def test_anonymous_visitors_end_on_the_one_login_page(world, url):
    response = client_as(world, "anonymous").get(url, follow=True)

    assert response.redirect_chain
    assert response.request["PATH_INFO"] == "/accounts/login/"
