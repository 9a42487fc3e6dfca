"""community.forum.demo: categories and discussions among the demo members."""

import io

import pytest
from django.core.management.base import OutputWrapper

from community import demo as community_demo
from community.forum import demo
from community.forum.models import Category, Post, Topic
from tests.community import factories


def load():
    return demo.load(stdout=OutputWrapper(io.StringIO()))


@pytest.fixture
def members(home):
    community_demo.load(stdout=OutputWrapper(io.StringIO()))


def test_makes_categories_and_topics_through_the_services(members):
    tallies = load()
    assert [t.created for t in tallies] == [len(demo.CATEGORIES), len(demo.TOPICS)]
    assert Category.objects.filter(kind=Category.Kind.QUESTIONS).exists()
    assert Category.objects.filter(moderators_only=True).exists()
    for topic in Topic.objects.all():
        assert topic.post_count == Post.objects.filter(topic=topic).count()
    assert Topic.objects.filter(solution__isnull=False).exists()
    assert Post.objects.filter(helpful_count__gt=0).exists()
    assert Post.objects.filter(mentions__isnull=False).exists()


def test_a_second_run_creates_nothing(members):
    load()
    tallies = load()
    assert [t.created for t in tallies] == [0, 0]
    assert Topic.objects.count() == len(demo.TOPICS)


def test_members_do_not_see_the_moderators_category(members):
    load()
    member = factories.approved_member()
    assert (
        not Topic.objects.visible_to(member)
        .filter(category__moderators_only=True)
        .exists()
    )
