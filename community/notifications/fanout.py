"""Who is notified of a new post, and of what: a fixed number of queries however
many people watch the topic."""

from community.forum.models import Post
from community.notifications.audience import readers_of
from community.notifications.models import (
    CategoryWatch,
    Notification,
    TopicWatch,
    WatchLevel,
)

Kind = Notification.Kind


def notification_recipients(post: Post) -> dict[int, str]:
    """{user id: notification kind} for everyone `post` should notify. One
    notification per person, of the first kind that applies (mention, quote,
    reply to their topic, new post in what they watch); never the author, never
    anyone who muted the topic (or its category) or who cannot open it."""
    topic = post.topic
    topic_levels = dict(
        TopicWatch.objects.filter(topic=topic).values_list("user_id", "level")
    )
    category_levels = dict(
        CategoryWatch.objects.filter(category_id=topic.category_id).values_list(
            "user_id", "level"
        )
    )

    def level_of(user_id: int) -> str:
        return (
            topic_levels.get(user_id)
            or category_levels.get(user_id)
            or WatchLevel.NORMAL
        )

    wanted: dict[int, str] = {}

    def offer(user_id: int | None, kind: str) -> None:
        if user_id is None or user_id == post.author_id or user_id in wanted:
            return
        if level_of(user_id) != WatchLevel.MUTED:
            wanted[user_id] = kind

    for user_id in post.mentions.values_list("pk", flat=True):
        offer(user_id, Kind.MENTION)
    for user_id in post.quoted_posts.values_list("author_id", flat=True):
        offer(user_id, Kind.QUOTE)
    if post.number > 1:
        offer(topic.author_id, Kind.REPLY)
    for user_id in sorted(topic_levels.keys() | category_levels.keys()):
        if level_of(user_id) == WatchLevel.WATCHING:
            offer(user_id, Kind.WATCHED)

    if not wanted:
        return {}
    readers = set(
        readers_of(topic.category).filter(pk__in=wanted).values_list("pk", flat=True)
    )
    return {user_id: kind for user_id, kind in wanted.items() if user_id in readers}


def notifications_create_for_post(*, post: Post) -> list[Notification]:
    """Store the post's notifications; running it again for the same post adds
    nothing."""
    recipients = notification_recipients(post)
    if not recipients:
        return []
    already = set(
        Notification.objects.filter(post=post, recipient_id__in=recipients).values_list(
            "recipient_id", flat=True
        )
    )
    return Notification.objects.bulk_create(
        [
            Notification(
                recipient_id=user_id,
                actor_id=post.author_id,
                kind=kind,
                topic_id=post.topic_id,
                post=post,
            )
            for user_id, kind in recipients.items()
            if user_id not in already
        ]
    )
