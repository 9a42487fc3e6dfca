"""Leaks the URL sweep found, each pinned by the behaviour a user would notice."""

import pytest

from tests.security.conftest import client_as
from tests.security.world import SECRETS

pytestmark = pytest.mark.django_db


def test_a_member_cannot_read_a_hidden_post_through_its_flag_form(world):
    hidden = world.objects["hidden_post"]
    url = f"/forum/moderacja/posty/{hidden.pk}/zglos/"

    response = client_as(world, "member").get(url)

    assert response.status_code == 404
    assert SECRETS["hidden_body"] not in response.content.decode()


def test_a_member_can_still_flag_a_visible_post(world):
    post = world.objects["first_post"]

    response = client_as(world, "member").get(
        f"/forum/moderacja/posty/{post.pk}/zglos/"
    )

    assert response.status_code == 200
    assert SECRETS["forum_body"] in response.content.decode()
