"""The daily digest: for members who chose it, one mail with the notifications
not yet e-mailed since their last digest. Run by `send_notification_digests`
(cron); running it twice sends nothing twice."""

import logging
from datetime import timedelta
from itertools import groupby

from django.core.mail import get_connection
from django.utils import timezone

from community.notifications.audience import readers_of
from community.notifications.mail import digest_message
from community.notifications.models import Notification, NotificationSettings

logger = logging.getLogger(__name__)

# Older notifications are left out (a member who switches to the digest after a
# long time is not sent months of them).
DIGEST_MAX_AGE = timedelta(days=7)


def _digest_notifications(now):
    pending = (
        Notification.objects.unsent()
        .of_published_posts()
        .filter(
            recipient__notification_settings__email_mode=(
                NotificationSettings.EmailMode.DIGEST
            ),
            created_at__gte=now - DIGEST_MAX_AGE,
            created_at__lte=now,
        )
        .for_listing()
        .select_related("recipient__notification_settings", "recipient__membership")
        .order_by("recipient_id", "created_at", "pk")
    )
    return [
        n
        for n in pending
        if n.recipient.notification_settings.last_digest_at is None
        or n.created_at > n.recipient.notification_settings.last_digest_at
    ]


def _still_readable(notifications) -> list[Notification]:
    categories = {n.topic.category_id: n.topic.category for n in notifications}
    recipients = {n.recipient_id for n in notifications}
    readers = {
        category_id: set(
            readers_of(category).filter(pk__in=recipients).values_list("pk", flat=True)
        )
        for category_id, category in categories.items()
    }
    return [n for n in notifications if n.recipient_id in readers[n.topic.category_id]]


def digests_send(*, now=None) -> int:
    """Send every due digest; returns how many mails went out. A mail that fails
    is logged and its notifications stay for the next run."""
    now = now or timezone.now()
    notifications = _still_readable(_digest_notifications(now))
    sent = 0
    connection = get_connection()
    for _user_id, group in groupby(notifications, key=lambda n: n.recipient_id):
        group = list(group)
        user = group[0].recipient
        if not user.email:
            continue
        try:
            digest_message(user=user, notifications=group, connection=connection).send()
        except Exception:
            logger.exception("Forum digest not e-mailed to user %s.", user.pk)
            continue
        Notification.objects.filter(pk__in=[n.pk for n in group]).update(emailed_at=now)
        NotificationSettings.objects.filter(user=user).update(last_digest_at=now)
        sent += 1
    return sent
