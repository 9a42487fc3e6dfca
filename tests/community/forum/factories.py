"""Forum data for tests of any app, made through the forum's own services:

from tests.community.forum.factories import make_category, make_topic
topic = make_topic(replies=3)   # an opening post and three replies
"""

import itertools

from community.forum.models import Category, Topic
from community.forum.services.posts import post_create
from community.forum.services.topics import topic_create
from tests.community.factories import approved_member

_numbers = itertools.count(1)


def make_category(**kw) -> Category:
    number = next(_numbers)
    kw.setdefault("name", f"Kategoria {number}")
    kw.setdefault("slug", f"kategoria-{number}")
    kw.setdefault("description", "Rozmowy koordynatorów klastrów.")
    kw.setdefault("position", number)
    return Category.objects.create(**kw)


def make_topic(
    *,
    category: Category | None = None,
    author=None,
    title: str = "Jak rozliczyć warsztaty sieciujące?",
    body: str = "Czy ktoś rozliczał już warsztaty z nowego naboru?",
    replies: int = 0,
) -> Topic:
    """A topic with its opening post and `replies` replies by another member."""
    topic = topic_create(
        author=author or approved_member(),
        category=category or make_category(),
        title=title,
        body_markdown=body,
    )
    if replies:
        replier = approved_member(first_name="Marek", last_name="Wiśniewski")
        for number in range(replies):
            post_create(
                author=replier,
                topic=topic,
                body_markdown=f"Odpowiedź numer {number + 1}.",
            )
    topic.refresh_from_db()
    return topic
