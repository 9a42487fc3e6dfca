"""The forum's posting services call these after their transaction commits."""

from community.notifications.fanout import notifications_create_for_post
from community.notifications.tasks import notification_emails_send
from community.notifications.watches import topic_watch_after_posting


def post_published(*, post) -> None:
    """A new topic or reply was stored: set the author's watch level, notify
    watchers, the topic's author, and everyone mentioned or quoted in it, and
    hand the e-mails to a background task (a failing mail server never undoes or
    holds up the post)."""
    topic_watch_after_posting(post=post)
    notifications = notifications_create_for_post(post=post)
    if notifications:
        notification_emails_send.enqueue(
            notification_ids=[notification.pk for notification in notifications]
        )
