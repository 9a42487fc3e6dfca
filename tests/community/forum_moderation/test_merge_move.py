"""Moving and merging topics keep every post, unique numbers and exact counters."""

import pytest
from django.core.exceptions import ValidationError
from django.db.models import Max, Sum

from community.forum.models import Category, Post, Topic
from community.forum.services.posts import post_create
from community.forum_moderation.models import LogEntry
from community.forum_moderation.services.topics import topic_merge, topic_move
from tests.community.forum.factories import make_category, make_topic

pytestmark = pytest.mark.django_db


def assert_counters_exact(*topics: Topic) -> None:
    """Every counter equals a fresh count of the rows it stands for."""
    for topic in topics:
        topic.refresh_from_db()
        posts = Post.objects.filter(topic=topic)
        last = posts.order_by("-number").first()
        assert topic.post_count == posts.count(), topic
        assert topic.last_post == last, topic
        assert topic.last_posted_at == (last.created_at if last else None), topic
    for category in Category.objects.all():
        listed = Topic.objects.filter(category=category, merged_into__isnull=True)
        assert category.topic_count == listed.count(), category
        assert category.post_count == (
            listed.aggregate(n=Sum("post_count"))["n"] or 0
        ), category
        assert (
            category.last_posted_at == listed.aggregate(m=Max("last_posted_at"))["m"]
        ), category


def test_moving_a_topic_updates_both_categories(moderator):
    source, target = make_category(), make_category()
    moved = make_topic(category=source, replies=2)
    make_topic(category=source, replies=1)
    make_topic(category=target)

    topic_move(moderator=moderator, topic=moved, category=target, reason="Lepiej tu")

    source.refresh_from_db()
    target.refresh_from_db()
    assert (source.topic_count, source.post_count) == (1, 2)
    assert (target.topic_count, target.post_count) == (2, 4)
    assert_counters_exact(moved)


def test_moving_into_the_same_category_is_refused(moderator):
    topic = make_topic()

    with pytest.raises(ValidationError):
        topic_move(moderator=moderator, topic=topic, category=topic.category)
    assert not LogEntry.objects.exists()


def test_merging_keeps_every_post_numbered_after_the_targets(moderator):
    category = make_category()
    target = make_topic(category=category, title="Rozliczanie warsztatów", replies=2)
    source = make_topic(category=make_category(), title="Warsztaty – koszty", replies=3)
    source_texts = list(source.posts.order_by("number").values_list("body_markdown"))
    all_posts = set(Post.objects.values_list("pk", flat=True))

    result = topic_merge(moderator=moderator, topic=source, into=target, reason="Dubel")

    assert result == target
    assert set(Post.objects.values_list("pk", flat=True)) == all_posts
    numbers = list(target.posts.order_by("number").values_list("number", flat=True))
    assert numbers == list(range(1, 8))
    moved_texts = target.posts.filter(number__gt=3).order_by("number")
    assert list(moved_texts.values_list("body_markdown")) == source_texts
    assert not source.posts.exists()
    source.refresh_from_db()
    assert source.merged_into == target
    assert_counters_exact(source, target)
    entry = LogEntry.objects.get()
    assert (entry.action, entry.topic, entry.reason) == ("topic_merge", source, "Dubel")
    assert "Rozliczanie warsztatów" in entry.details


def test_replies_after_a_merge_take_the_next_number(moderator, member):
    target, source = make_topic(replies=1), make_topic(replies=1)
    topic_merge(moderator=moderator, topic=source, into=target)

    post = post_create(author=member, topic=target, body_markdown="Dziękuję!")

    assert post.number == 5
    assert_counters_exact(target)


def test_a_merged_topic_takes_no_part_in_another_merge(moderator):
    target, source, third = make_topic(), make_topic(), make_topic()
    topic_merge(moderator=moderator, topic=source, into=target)

    with pytest.raises(ValidationError):
        topic_merge(moderator=moderator, topic=third, into=source)
    with pytest.raises(ValidationError):
        topic_merge(moderator=moderator, topic=target, into=target)
    assert third.posts.count() == 1


def test_merging_drops_the_merged_topics_solution_and_pin(moderator):
    questions = make_category(kind=Category.Kind.QUESTIONS)
    target, source = make_topic(category=questions), make_topic(replies=1)
    Topic.objects.filter(pk=source.pk).update(
        is_pinned=True, solution=source.posts.get(number=2)
    )

    topic_merge(moderator=moderator, topic=source, into=target)

    source.refresh_from_db()
    assert (source.is_pinned, source.solution) == (False, None)
