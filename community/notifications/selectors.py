"""Reads for the notification pages, the header badge and the private feed."""

from django.db.models import Q

from community import access
from community.forum.models import Post, Topic
from community.notifications.models import (
    CategoryWatch,
    Notification,
    NotificationSettings,
    TopicWatch,
    WatchLevel,
    feed_token_hash,
)
from community.notifications.unread_counts import unread_count_kept

FEED_LENGTH = 50


def notification_settings_of(user) -> NotificationSettings:
    """The member's settings, or the defaults (unsaved) when they never chose."""
    return NotificationSettings.objects.filter(user=user).first() or (
        NotificationSettings(user=user)
    )


def notifications_for_list(user):
    return (
        Notification.objects.for_recipient(user).visible_to_recipients().for_listing()
    )


def unread_notification_count(user) -> int:
    """The header badge's number (kept between requests, see unread_counts)."""
    if not access.is_approved_member(user):
        return 0
    return unread_count_kept(
        user.pk, lambda: notifications_for_list(user).unread().count()
    )


def feed_owner(token: str):
    """The member whose private feed this token opens, or None (wrong or revoked
    token, or no longer a member)."""
    if not token:
        return None
    settings = (
        NotificationSettings.objects.filter(feed_token_hash=feed_token_hash(token))
        .select_related("user")
        .first()
    )
    if settings is None or not access.is_approved_member(settings.user):
        return None
    return settings.user


def watched_topics(user):
    """Topics the member watches and may still open: watched themselves, or in a
    watched category without a different level of their own."""
    own = TopicWatch.objects.filter(user=user)
    watched_categories = CategoryWatch.objects.filter(
        user=user, level=WatchLevel.WATCHING
    ).values("category")
    return (
        Topic.objects.visible_to(user)
        .filter(merged_into__isnull=True)
        .filter(
            Q(pk__in=own.filter(level=WatchLevel.WATCHING).values("topic"))
            | (
                Q(category__in=watched_categories)
                & ~Q(pk__in=own.exclude(level=WatchLevel.WATCHING).values("topic"))
            )
        )
    )


def feed_posts(user):
    return (
        Post.objects.filter(topic__in=watched_topics(user))
        .filter(deleted_at__isnull=True, is_hidden=False)
        .select_related("topic", "author__profile")
        .order_by("-created_at", "-pk")[:FEED_LENGTH]
    )
