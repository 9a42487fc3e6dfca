"""What members follow in the forum and what the forum tells them.

A member's watch level on a topic overrides their level on its category; with
neither, the level is "normal". Levels work as in Discourse:

- watching: notified of every new post;
- tracking: unread counts, notified of mentions, quotes and replies to them;
- normal: notified of mentions, quotes and replies to them;
- muted: never notified.
"""

import hashlib

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class WatchLevel(models.TextChoices):
    WATCHING = "watching", _("Watching")
    TRACKING = "tracking", _("Tracking")
    NORMAL = "normal", _("Normal")
    MUTED = "muted", _("Muted")


WATCH_LEVEL_HELP = {
    WatchLevel.WATCHING: _("You are notified of every new post."),
    WatchLevel.TRACKING: _(
        "Unread posts are counted; you are notified when someone mentions you, "
        "quotes you or replies to your topic."
    ),
    WatchLevel.NORMAL: _(
        "You are notified when someone mentions you, quotes you or replies to your "
        "topic."
    ),
    WatchLevel.MUTED: _("You are never notified."),
}


class TopicWatch(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="topic_watches"
    )
    topic = models.ForeignKey(
        "forum.Topic", on_delete=models.CASCADE, related_name="watches"
    )
    level = models.CharField(_("level"), max_length=10, choices=WatchLevel.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "topic"], name="forum_notifications_one_topic_watch"
            )
        ]
        verbose_name = _("topic watch")
        verbose_name_plural = _("topic watches")

    def __str__(self) -> str:
        return f"{self.user} {self.level} {self.topic}"


class CategoryWatch(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="category_watches",
    )
    category = models.ForeignKey(
        "forum.Category", on_delete=models.CASCADE, related_name="watches"
    )
    level = models.CharField(_("level"), max_length=10, choices=WatchLevel.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "category"],
                name="forum_notifications_one_category_watch",
            )
        ]
        verbose_name = _("category watch")
        verbose_name_plural = _("category watches")

    def __str__(self) -> str:
        return f"{self.user} {self.level} {self.category}"


class NotificationQuerySet(models.QuerySet):
    def for_recipient(self, user):
        return self.filter(recipient=user)

    def unread(self):
        return self.filter(read_at__isnull=True)

    def unsent(self):
        return self.filter(emailed_at__isnull=True)

    def of_published_posts(self):
        """Not about a post a moderator has hidden or its author deleted since
        (nothing to e-mail about any more)."""
        return self.filter(post__is_hidden=False, post__deleted_at__isnull=True)

    def visible_to_recipients(self):
        """Only notifications whose recipient may still open the topic: a member
        who is no longer a moderator loses the moderators-only ones."""
        from django.contrib.auth import get_user_model

        from community.roles import MODERATORS_GROUP

        in_moderators = get_user_model().groups.through.objects.filter(
            user_id=models.OuterRef("recipient_id"), group__name=MODERATORS_GROUP
        )
        return self.filter(
            models.Q(topic__category__moderators_only=False)
            | models.Q(recipient__is_superuser=True)
            | models.Exists(in_moderators)
        )

    def for_listing(self):
        """What the list and the e-mails show, in a constant number of queries."""
        return self.select_related(
            "actor__profile", "topic__category", "post", "recipient"
        )


class Notification(models.Model):
    class Kind(models.TextChoices):
        # In order of precedence: a post that both mentions and quotes someone
        # makes one notification, of the first kind that applies.
        MENTION = "mention", _("Mentioned you")
        QUOTE = "quote", _("Quoted you")
        REPLY = "reply", _("Replied to your topic")
        WATCHED = "watched", _("New post")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="forum_notifications",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    topic = models.ForeignKey(
        "forum.Topic", on_delete=models.CASCADE, related_name="notifications"
    )
    post = models.ForeignKey(
        "forum.Post", on_delete=models.CASCADE, related_name="notifications"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    # Set when the notification went out by e-mail, alone or in a digest.
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "post"],
                name="forum_notifications_one_per_post",
            )
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"]),
            models.Index(fields=["recipient", "-created_at"]),
        ]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.topic} → {self.recipient}"

    def get_absolute_url(self) -> str:
        return self.post.get_absolute_url()

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


def feed_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class NotificationSettings(models.Model):
    """A member's choices; members without a row get the defaults."""

    class EmailMode(models.TextChoices):
        IMMEDIATE = "immediate", _("An e-mail for each notification")
        DIGEST = "digest", _("One daily digest")
        NONE = "none", _("No e-mail")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_settings",
    )
    email_mode = models.CharField(
        _("e-mail"),
        max_length=10,
        choices=EmailMode.choices,
        default=EmailMode.IMMEDIATE,
    )
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The private feed's secret is only in the member's feed address; the
    # database keeps its hash (as community invitations do).
    feed_token_hash = models.CharField(
        max_length=64, blank=True, db_index=True, editable=False
    )
    feed_token_created_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification settings")
        verbose_name_plural = _("notification settings")

    def __str__(self) -> str:
        return f"{self.user}: {self.email_mode}"

    @property
    def has_feed(self) -> bool:
        return bool(self.feed_token_hash)
