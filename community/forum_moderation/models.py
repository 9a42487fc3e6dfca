"""What moderators work with: members' flags on posts, and the audit log of every
moderator action (who did what to which post or topic, when and why)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

REASON_MAX_LENGTH = 500


class FlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Flag.Status.OPEN)


class Flag(models.Model):
    """A member's report that a post breaks the forum's rules."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        UPHELD = "upheld", _("Post hidden")
        DISMISSED = "dismissed", _("Dismissed")

    post = models.ForeignKey(
        "forum.Post", on_delete=models.CASCADE, related_name="flags"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="forum_flags",
    )
    reason = models.TextField(_("reason"), max_length=REASON_MAX_LENGTH)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.OPEN
    )
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    objects = FlagQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"],
                condition=models.Q(status="open"),
                name="forum_flag_one_open_per_member",
            )
        ]
        verbose_name = _("flag")
        verbose_name_plural = _("flags")

    def __str__(self) -> str:
        return f"{self.post} ({self.get_status_display()})"


class LogEntryQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related("actor__profile", "topic", "post__topic")


class LogEntry(models.Model):
    """One moderator action. The target's label is copied, so the entry still
    says what it was about after the post or topic is gone."""

    class Action(models.TextChoices):
        POST_HIDE = "post_hide", _("Hid a post")
        POST_UNHIDE = "post_unhide", _("Showed a hidden post again")
        POST_EDIT = "post_edit", _("Edited another member's post")
        FLAGS_DISMISS = "flags_dismiss", _("Dismissed flags")
        TOPIC_LOCK = "topic_lock", _("Locked a topic")
        TOPIC_UNLOCK = "topic_unlock", _("Unlocked a topic")
        TOPIC_PIN = "topic_pin", _("Pinned a topic")
        TOPIC_UNPIN = "topic_unpin", _("Unpinned a topic")
        TOPIC_MOVE = "topic_move", _("Moved a topic")
        TOPIC_MERGE = "topic_merge", _("Merged a topic")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("moderator"),
    )
    action = models.CharField(_("action"), max_length=30, choices=Action.choices)
    topic = models.ForeignKey(
        "forum.Topic",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    post = models.ForeignKey(
        "forum.Post",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    target_label = models.CharField(_("target"), max_length=300)
    details = models.CharField(_("details"), max_length=300, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    objects = LogEntryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("moderation log entry")
        verbose_name_plural = _("moderation log entries")

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.target_label}"
