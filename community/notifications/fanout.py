"""Who is notified of a new post, and of what: a fixed number of queries however
many people watch the topic."""

from community.forum import markup
from community.forum.models import Post
from community.notifications.audience import readers_of
from community.notifications.models import Notification, WatchLevel
from community.notifications.unread_counts import unread_counts_forget
from community.notifications.watches import TopicWatchers

Kind = Notification.Kind


def notification_recipients(
    post: Post, *, watchers: TopicWatchers | None = None
) -> dict[int, str]:
    """{user id: notification kind} for everyone `post` should notify. One
    notification per person, of the first kind that applies (mention, quote,
    reply to their topic, new post in what they watch); never the author, never
    anyone who muted the topic (or its category) or who cannot open it."""
    topic = post.topic
    watchers = watchers or TopicWatchers.of(topic)
    wanted: dict[int, str] = {}

    def offer(user_id: int | None, kind: str) -> None:
        if user_id is None or user_id == post.author_id or user_id in wanted:
            return
        if watchers.level_of(user_id) != WatchLevel.MUTED:
            wanted[user_id] = kind

    # Mentions and quotes are found in the text when it is written, so a text
    # with neither an @handle nor a quote link has none to read.
    if markup.mention_candidates(post.body_markdown):
        for user_id in post.mentions.values_list("pk", flat=True):
            offer(user_id, Kind.MENTION)
    if markup.quoted_post_ids(post.body_markdown):
        for user_id in post.quoted_posts.values_list("author_id", flat=True):
            offer(user_id, Kind.QUOTE)
    if post.number > 1:
        offer(topic.author_id, Kind.REPLY)
    for user_id in watchers.user_ids():
        if watchers.level_of(user_id) == WatchLevel.WATCHING:
            offer(user_id, Kind.WATCHED)

    if not wanted:
        return {}
    readers = set(
        readers_of(topic.category).filter(pk__in=wanted).values_list("pk", flat=True)
    )
    return {user_id: kind for user_id, kind in wanted.items() if user_id in readers}


def notifications_create_for_post(
    *, post: Post, watchers: TopicWatchers | None = None
) -> list[Notification]:
    """Store the post's notifications; running it again for the same post adds
    nothing."""
    recipients = notification_recipients(post, watchers=watchers)
    if not recipients:
        return []
    already = set(
        Notification.objects.filter(post=post, recipient_id__in=recipients).values_list(
            "recipient_id", flat=True
        )
    )
    created = Notification.objects.bulk_create(
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
    unread_counts_forget(n.recipient_id for n in created)
    return created
