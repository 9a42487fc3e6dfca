import pytest

from community.forum.services.handles import handle_ensure
from community.forum.services.posts import post_create
from tests.community.forum.factories import make_category, make_topic


class Forum:
    """Posts written through the forum's own services, with their after-commit
    work (notifications, e-mails) run as a real commit would run it."""

    def __init__(self, capture):
        self._capture = capture

    def category(self, **kwargs):
        return make_category(**kwargs)

    def topic(self, **kwargs):
        with self._capture(execute=True):
            return make_topic(**kwargs)

    def reply(self, *, topic, author, text: str = "Dziękuję, to pomaga."):
        with self._capture(execute=True):
            return post_create(author=author, topic=topic, body_markdown=text)


@pytest.fixture
def forum(db, django_capture_on_commit_callbacks):
    return Forum(django_capture_on_commit_callbacks)


def mention(user) -> str:
    return "@" + handle_ensure(user=user)


def quote(post) -> str:
    return f"> [Cytat](/forum/wpis/{post.pk}/):\n> {post.body_markdown}\n\n"
