"""A member's writes: reading notifications, e-mail choice, the private feed's
token, and unsubscribing from a mail link."""

from django.utils import timezone

from community.notifications.models import (
    Notification,
    NotificationSettings,
    feed_token_hash,
)
from community.notifications.tokens import feed_token_new
from community.notifications.unread_counts import unread_counts_forget


def notification_mark_read(*, user, notification_id: int) -> bool:
    """Mark one of the user's own notifications read; False when it is not
    theirs (or does not exist)."""
    updated = (
        Notification.objects.for_recipient(user)
        .filter(pk=notification_id, read_at__isnull=True)
        .update(read_at=timezone.now())
    )
    if updated:
        unread_counts_forget([user.pk])
    return bool(
        updated
        or Notification.objects.for_recipient(user).filter(pk=notification_id).exists()
    )


def notifications_mark_all_read(*, user) -> int:
    updated = (
        Notification.objects.for_recipient(user).unread().update(read_at=timezone.now())
    )
    if updated:
        unread_counts_forget([user.pk])
    return updated


def notifications_mark_read_for_topic(
    *, user, topic, up_to_number: int | None = None
) -> int:
    """For the topic page: the notifications of the posts the member has now seen
    (all of the topic's when `up_to_number` is None) become read."""
    if not user.is_authenticated:
        return 0
    notifications = (
        Notification.objects.for_recipient(user).unread().filter(topic=topic)
    )
    if up_to_number is not None:
        notifications = notifications.filter(post__number__lte=up_to_number)
    updated = notifications.update(read_at=timezone.now())
    if updated:
        unread_counts_forget([user.pk])
    return updated


def notification_settings_update(
    *, user, email_mode: NotificationSettings.EmailMode
) -> NotificationSettings:
    email_mode = NotificationSettings.EmailMode(email_mode)
    settings, _created = NotificationSettings.objects.update_or_create(
        user=user, defaults={"email_mode": email_mode}
    )
    return settings


def email_unsubscribe(*, user) -> NotificationSettings:
    """The one-click link in every mail: no more forum e-mail of any kind."""
    return notification_settings_update(
        user=user, email_mode=NotificationSettings.EmailMode.NONE
    )


def feed_token_regenerate(*, user) -> str:
    """A new private feed address; the old one stops working. Returns the token,
    which exists only in the answer to this request."""
    token = feed_token_new()
    NotificationSettings.objects.update_or_create(
        user=user,
        defaults={
            "feed_token_hash": feed_token_hash(token),
            "feed_token_created_at": timezone.now(),
        },
    )
    return token


def feed_token_revoke(*, user) -> None:
    NotificationSettings.objects.filter(user=user).update(
        # Emptied, not set: no token matches an empty hash.
        feed_token_hash="",  # nosec B106
        feed_token_created_at=None,
    )
