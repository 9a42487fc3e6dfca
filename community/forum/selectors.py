"""Reads that shape the forum's pages: lists with unread markers, and a topic's
page of posts with what the reader may do on each. Each runs a constant number of
queries, however many items the page shows."""

from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects

from community.forum import permissions
from community.forum.models import Post, Topic
from community.forum.services.reading import all_read_before, is_unread

TOPICS_PER_PAGE = 25
POSTS_PER_PAGE = 20


def topics_page(*, user, topics, page_number):
    """A page of topics, pinned first, each with `unread`."""
    paginator = Paginator(
        topics.listed().for_listing().with_read_state(user), TOPICS_PER_PAGE
    )
    page = paginator.get_page(page_number)
    horizon = all_read_before(user)
    for topic in page:
        topic.unread = is_unread(topic, horizon=horizon)
    return page


def page_of_post(number: int) -> int:
    return (number - 1) // POSTS_PER_PAGE + 1


class _CountedPaginator(Paginator):
    """A paginator told its count: the topic keeps an exact post count, so the
    page needs no COUNT query."""

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self.count = count


def posts_page(*, user, topic: Topic, page_number):
    """A page of the topic's posts, each with what this reader may do on it."""
    posts = (
        Post.objects.filter(topic=topic)
        .for_topic_page()
        .with_helpful_mark(user)
        .order_by("number")
    )
    page = _CountedPaginator(posts, POSTS_PER_PAGE, count=topic.post_count).get_page(
        page_number
    )
    with_files = [post for post in page if post.has_attachments]
    if with_files:
        prefetch_related_objects(with_files, "attachments")
    # The edit window (a settings row) matters only for the reader's own posts.
    own_posts = any(post.author_id == user.pk for post in page)
    window = permissions.edit_window() if own_posts else None
    reader = permissions.PostReader.of(user, topic)
    for post in page:
        post.topic = topic  # the permission checks read it; spare a query each
        post.can_edit = permissions.can_edit_post(
            user, post, window=window, reader=reader
        )
        post.can_delete = permissions.can_delete_post(
            user, post, window=window, reader=reader
        )
        post.can_mark_helpful = permissions.can_mark_helpful(user, post, reader=reader)
    return page
