"""Background work: notification e-mails leave the request that made them."""

import logging

from django.core.mail import get_connection
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from community.notifications.audience import readers_of
from community.notifications.mail import notification_message
from community.notifications.models import Notification, NotificationSettings

logger = logging.getLogger(__name__)


def _wants_each_email():
    return Q(recipient__notification_settings__isnull=True) | Q(
        recipient__notification_settings__email_mode=(
            NotificationSettings.EmailMode.IMMEDIATE
        )
    )


def _readers_by_category(notifications) -> dict[int, set[int]]:
    """Who may still open each category's topics, among these recipients (a
    member suspended since the post was written gets no mail)."""
    recipient_ids = {n.recipient_id for n in notifications}
    categories = {n.topic.category_id: n.topic.category for n in notifications}
    return {
        category_id: set(
            readers_of(category)
            .filter(pk__in=recipient_ids)
            .values_list("pk", flat=True)
        )
        for category_id, category in categories.items()
    }


@task()
def notification_emails_send(*, notification_ids: list[int]) -> int:
    """E-mail each of these notifications to a recipient who asked for one mail
    per notification. A mail that fails is logged and left unsent; the others
    still go. Returns how many were sent."""
    notifications = list(
        Notification.objects.filter(pk__in=notification_ids)
        .unsent()
        .of_published_posts()
        .unread()
        .filter(_wants_each_email())
        .for_listing()
        .select_related("recipient__membership")
    )
    if not notifications:
        return 0
    readers = _readers_by_category(notifications)
    sent = []
    connection = get_connection()
    for notification in notifications:
        category_readers = readers[notification.topic.category_id]
        if notification.recipient_id not in category_readers:
            continue
        if not notification.recipient.email:
            continue
        try:
            notification_message(notification, connection=connection).send()
        except Exception:
            # Any backend error (SMTP, DNS, a provider's API) must not stop the
            # other recipients' mail; the notification stays in the site's list.
            logger.exception(
                "Forum notification %s not e-mailed to user %s.",
                notification.pk,
                notification.recipient_id,
            )
        else:
            sent.append(notification.pk)
    Notification.objects.filter(pk__in=sent).update(emailed_at=timezone.now())
    return len(sent)
