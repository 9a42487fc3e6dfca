"""The forum's posting services call these after their transaction commits."""

from django.db import transaction

from community.notifications.fanout import notifications_create_for_post
from community.notifications.tasks import notification_emails_send
from community.notifications.watches import TopicWatchers, topic_watch_after_posting


def post_published(*, post) -> None:
    """A new topic or reply was stored: set the author's watch level, notify
    watchers, the topic's author, and everyone mentioned or quoted in it, and
    hand the e-mails to a background task (a failing mail server never undoes or
    holds up the post).

    The watchers are read once for both steps, and the writes (watch,
    notifications, the queued task) commit together, in one transaction of
    their own: the post's lock on its topic is long released by then."""
    watchers = TopicWatchers.of(post.topic)
    with transaction.atomic():
        topic_watch_after_posting(post=post, watchers=watchers)
        notifications = notifications_create_for_post(post=post, watchers=watchers)
        if notifications:
            notification_emails_send.enqueue(
                notification_ids=[notification.pk for notification in notifications]
            )
