"""Suspending a member blocks their posting and hides nothing they wrote before."""

import datetime

import pytest
from django.utils import timezone

from community.forum.models import Post
from community.models import Membership
from community.services.membership import member_suspend
from tests.community.forum.factories import make_topic
from tests.community.forum_moderation.conftest import client_for
from tests.community.forum_moderation.images import png_upload

pytestmark = pytest.mark.django_db


def suspend(member, moderator) -> None:
    member_suspend(
        membership=Membership.objects.get(user=member),
        actor=moderator,
        until=timezone.localdate() + datetime.timedelta(days=7),
        reason="Spam w wątkach",
    )


def test_a_suspended_member_cannot_reply_or_attach(home, member, moderator):
    topic = make_topic()
    client = client_for(member)
    suspend(member, moderator)

    response = client.post(
        f"/forum/temat/{topic.pk}/odpowiedz/",
        {"body_markdown": "Jeszcze jedno!", "attachments": [png_upload()]},
    )

    assert response.status_code == 403
    assert topic.posts.count() == 1


def test_suspension_hides_nothing_written_before(home, member, moderator):
    topic = make_topic(author=member, replies=1)
    reader = client_for(moderator)

    suspend(member, moderator)

    assert not Post.objects.filter(author=member, is_hidden=True).exists()
    html = reader.get(topic.get_absolute_url()).content.decode()
    assert "Czy ktoś rozliczał już warsztaty z nowego naboru?" in html
