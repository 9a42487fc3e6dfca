"""Who may do what in the forum; built on community.access. Services check these
before they write, views use them to decide what to show."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from community import access
from community.forum.models import ForumSettings


def can_view_category(user, category) -> bool:
    if not access.is_approved_member(user):
        return False
    return not category.moderators_only or access.is_moderator(user)


def can_view_topic(user, topic) -> bool:
    return can_view_category(user, topic.category)


def can_create_topic(user, category) -> bool:
    return can_view_category(user, category)


def can_reply(user, topic) -> bool:
    if not can_view_topic(user, topic) or topic.merged_into_id:
        return False
    return not topic.is_locked or access.is_moderator(user)


def edit_window() -> datetime.timedelta:
    return datetime.timedelta(minutes=ForumSettings.current().edit_window_minutes)


@dataclass(frozen=True)
class PostReader:
    """What the rules on a post need to know about its reader, asked once for a
    whole page of one topic's posts (forum.selectors.posts_page) instead of three
    times per post."""

    pk: int | None
    may_view: bool
    is_moderator: bool

    @classmethod
    def of(cls, user, topic) -> "PostReader":
        return cls(
            pk=user.pk,
            may_view=can_view_topic(user, topic),
            is_moderator=access.is_moderator(user),
        )


def _own_post_in_window(
    reader: PostReader, post, window: datetime.timedelta | None
) -> bool:
    if post.author_id is None or post.author_id != reader.pk:
        return False
    if post.deleted_at or post.is_hidden or post.topic.is_locked:
        return False
    window = edit_window() if window is None else window
    return timezone.now() - post.created_at <= window


def can_edit_post(
    user,
    post,
    *,
    window: datetime.timedelta | None = None,
    reader: PostReader | None = None,
) -> bool:
    """Moderators: any post, any time. Authors: their own, within the edit window,
    unless it was hidden, deleted or its topic locked. Pass `window` and `reader`
    when checking many posts, to read the setting and the reader's roles once."""
    reader = reader or PostReader.of(user, post.topic)
    if not reader.may_view:
        return False
    if reader.is_moderator:
        return post.deleted_at is None
    return _own_post_in_window(reader, post, window)


def can_delete_post(
    user,
    post,
    *,
    window: datetime.timedelta | None = None,
    reader: PostReader | None = None,
) -> bool:
    """As editing, except that only a moderator deletes a topic's opening post."""
    reader = reader or PostReader.of(user, post.topic)
    if post.deleted_at or not reader.may_view:
        return False
    if reader.is_moderator:
        return True
    return post.number != 1 and _own_post_in_window(reader, post, window)


def can_see_revisions(user) -> bool:
    return access.is_moderator(user)


def can_see_hidden_text(user) -> bool:
    return access.is_moderator(user)


def can_mark_helpful(user, post, *, reader: PostReader | None = None) -> bool:
    """Any member but the author, on a post that is neither deleted nor hidden."""
    reader = reader or PostReader.of(user, post.topic)
    if not reader.may_view:
        return False
    if post.deleted_at or post.is_hidden:
        return False
    return post.author_id != reader.pk


def can_mark_solution(user, topic) -> bool:
    """In a Q&A category: the question's author or a moderator."""
    if not topic.category.is_questions or not can_view_topic(user, topic):
        return False
    return access.is_moderator(user) or (
        topic.author_id is not None and topic.author_id == user.pk
    )


def can_manage_categories(user) -> bool:
    return access.is_moderator(user)
