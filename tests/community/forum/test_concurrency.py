"""Counters stay exact when many members reply to one topic at the same moment.

Eight threads, each with its own database connection, post 50 replies each to the
same topic. Only PostgreSQL runs writers in parallel (SQLite serialises every
write, so there is nothing to race there)."""

import threading

import pytest
from django.db import connection, connections
from django.db.models import Max

from community.forum.models import Category, Post, Topic, TopicReadState
from community.forum.services.handles import handle_ensure
from community.forum.services.posts import post_create
from tests.community import factories
from tests.community.forum.factories import make_category, make_topic

THREADS = 8
REPLIES_EACH = 50

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite serialises writes, so nothing races",
    ),
    pytest.mark.django_db(transaction=True),
]


def test_parallel_replies_keep_numbers_and_counters_exact():
    category = make_category()
    topic = make_topic(category=category)
    authors = [factories.approved_member() for _ in range(THREADS)]
    for author in authors:
        handle_ensure(user=author)
    start = threading.Barrier(THREADS)
    errors = []

    def write(author):
        try:
            start.wait()
            own_topic = Topic.objects.get(pk=topic.pk)
            for number in range(REPLIES_EACH):
                post_create(
                    author=author, topic=own_topic, body_markdown=f"Odpowiedź {number}"
                )
        except Exception as error:  # reported below, with the thread's author
            errors.append((author.pk, error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(a,)) for a in authors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    posts = Post.objects.filter(topic=topic)
    assert posts.filter(number__gt=1).count() == THREADS * REPLIES_EACH
    numbers = sorted(posts.values_list("number", flat=True))
    assert numbers == list(range(1, THREADS * REPLIES_EACH + 2))

    topic.refresh_from_db()
    last = posts.order_by("-number").first()
    assert topic.post_count == posts.count()
    assert topic.last_post == last
    assert topic.last_posted_at == last.created_at
    assert topic.last_posted_at == posts.aggregate(m=Max("created_at"))["m"]

    category = Category.objects.get(pk=category.pk)
    in_category = Post.objects.filter(topic__category=category)
    assert category.post_count == in_category.count()
    assert category.topic_count == Topic.objects.filter(category=category).count()
    assert category.last_posted_at == in_category.aggregate(m=Max("created_at"))["m"]

    for author in authors:
        own_last = posts.filter(author=author).aggregate(m=Max("number"))["m"]
        state = TopicReadState.objects.get(user=author, topic=topic)
        assert state.last_read_number >= own_last
