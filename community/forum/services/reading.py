"""Members' reading state: per topic, the highest post number seen; per member, the
moment they marked everything read."""

from django.db import connection
from django.db.models import F
from django.utils import timezone

from community.forum.models import AllReadMark, Post, Topic, TopicReadState
from community.notifications.services import notifications_mark_read_for_topic

# The table name is the model's own; the values are parameters.
_READ_MARK_TABLE = TopicReadState._meta.db_table
_READ_MARK_RAISE = (
    f"INSERT INTO {_READ_MARK_TABLE} (user_id, topic_id, last_read_number) "  # noqa: S608 # nosec B608
    "VALUES (%s, %s, %s) "
    "ON CONFLICT (user_id, topic_id) DO UPDATE "
    "SET last_read_number = excluded.last_read_number "
    f"WHERE {_READ_MARK_TABLE}.last_read_number < excluded.last_read_number"
)


def topic_mark_read(*, user, topic, up_to_number: int) -> None:
    """Remember that the user has seen the topic's posts up to this number; never
    moves backwards (an older page opened later keeps the newer mark).

    One statement (PostgreSQL and SQLite both have this upsert), so two tabs or
    two replies at once can neither fail on the unique constraint nor lower the
    mark."""
    with connection.cursor() as cursor:
        cursor.execute(_READ_MARK_RAISE, [user.pk, topic.pk, up_to_number])


def topic_visit(*, user, topic, last_number_shown: int) -> None:
    """A member opened a page of the topic: count the view, remember what they saw,
    and clear the notifications of the posts now seen.

    `topic` comes from TopicQuerySet.for_topic_page(user): its annotations tell
    whether the read mark or the notifications would change, so a visit that
    changes neither writes only the view count."""
    Topic.objects.filter(pk=topic.pk).update(view_count=F("view_count") + 1)
    if not last_number_shown:
        return
    if (topic.last_read_number or 0) < last_number_shown:
        topic_mark_read(user=user, topic=topic, up_to_number=last_number_shown)
    if topic.has_unread_notifications:
        notifications_mark_read_for_topic(
            user=user, topic=topic, up_to_number=last_number_shown
        )


def all_mark_read(*, user) -> None:
    """Everything posted so far counts as read: the per-topic marks are replaced by
    one moment, after which only newer posts are unread."""
    AllReadMark.objects.update_or_create(
        user=user, defaults={"marked_at": timezone.now()}
    )
    TopicReadState.objects.filter(user=user).delete()


def all_read_before(user):
    """When the user last marked everything read, or None."""
    return (
        AllReadMark.objects.filter(user=user)
        .values_list("marked_at", flat=True)
        .first()
    )


def first_unread_number(*, user, topic) -> int:
    """The number of the first post the user has not read yet (the last post when
    they have read everything)."""
    state = TopicReadState.objects.filter(user=user, topic=topic).first()
    if state is not None:
        return min(state.last_read_number + 1, max(topic.post_count, 1))
    horizon = all_read_before(user)
    if horizon is None:
        return 1
    first_new = (
        Post.objects.filter(topic=topic, created_at__gt=horizon)
        .order_by("number")
        .values_list("number", flat=True)
        .first()
    )
    return first_new or max(topic.post_count, 1)


def is_unread(topic, *, horizon) -> bool:
    """For a topic annotated by TopicQuerySet.with_read_state()."""
    if topic.last_read_number is not None:
        return topic.last_read_number < topic.post_count
    return horizon is None or (
        topic.last_posted_at is not None and topic.last_posted_at > horizon
    )
