import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from tests.community import factories
from tests.website.factories import make_home_page

ROLES = ["anonymous", "pending", "member", "suspended", "moderator"]


def person(role: str):
    """Someone in the given state; an AnonymousUser for "anonymous"."""
    return {
        "anonymous": AnonymousUser,
        "pending": factories.pending_applicant,
        "member": factories.approved_member,
        "suspended": factories.suspended_member,
        "moderator": factories.moderator,
    }[role]()


def client_for(user, **kwargs) -> Client:
    client = Client(**kwargs)
    if user.is_authenticated:
        client.force_login(user)
    return client


@pytest.fixture
def home(db):
    """The header and footer need a site to render."""
    return make_home_page()


@pytest.fixture
def moderator(db):
    return factories.moderator(first_name="Maria", last_name="Moderatorska")


@pytest.fixture
def member(db):
    return factories.approved_member(first_name="Jan", last_name="Członek")
