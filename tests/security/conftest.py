import pytest
from django.test import Client

from tests.security.world import build_world
from tests.website.factories import make_home_page

ROLES = ("anonymous", "pending", "member", "moderator")


@pytest.fixture
def world(db):
    return build_world(make_home_page())


def client_as(world, role: str, **kwargs) -> Client:
    client = Client(**kwargs)
    if role != "anonymous":
        client.force_login(world.users[role])
    return client
