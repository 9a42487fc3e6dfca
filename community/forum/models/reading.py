"""What each member has read: the highest post number seen per topic, and the
moment they last marked everything read."""

from django.conf import settings
from django.db import models


class TopicReadState(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    topic = models.ForeignKey(
        "forum.Topic", on_delete=models.CASCADE, related_name="read_states"
    )
    last_read_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "topic"], name="forum_read_state_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} read {self.topic_id} up to #{self.last_read_number}"


class AllReadMark(models.Model):
    """Everything posted before `marked_at` counts as read for this member."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    marked_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.user_id} read all before {self.marked_at:%Y-%m-%d %H:%M}"
