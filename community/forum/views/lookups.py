"""Objects the forum's views open, limited to what the reader may see (404 for
anything else, so hidden categories do not reveal that they exist)."""

from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404

from community.forum import permissions
from community.forum.models import Category, Post, Topic


def visible_category(request, slug: str) -> Category:
    return get_object_or_404(Category.objects.visible_to(request.user), slug=slug)


def visible_topic(request, pk: int) -> Topic:
    topics = Topic.objects.visible_to(request.user).select_related("category")
    return get_object_or_404(topics, pk=pk)


def visible_topic_for_page(request, pk: int) -> Topic:
    """As visible_topic, with what the topic page needs about the reader
    (TopicQuerySet.for_topic_page). Whether the reader may see it is asked of the
    topic once read (the same rule as visible_to, without its subquery)."""
    topic = get_object_or_404(Topic.objects.for_topic_page(request.user), pk=pk)
    if not permissions.can_view_topic(request.user, topic):
        raise Http404
    if topic.solution_id:
        prefetch_related_objects([topic], "solution__author__profile")
    return topic


def visible_post(request, pk: int) -> Post:
    posts = Post.objects.filter(
        topic__in=Topic.objects.visible_to(request.user)
    ).select_related("topic__category", "author__profile")
    return get_object_or_404(posts, pk=pk)
