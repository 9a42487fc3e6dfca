"""The "helpful" reaction: one per member per post."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Reaction(models.Model):
    post = models.ForeignKey(
        "forum.Post", on_delete=models.CASCADE, related_name="reactions"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["post", "user"], name="forum_reaction_unique"
            )
        ]
        verbose_name = _("helpful mark")
        verbose_name_plural = _("helpful marks")

    def __str__(self) -> str:
        return f"{self.user_id} found {self.post_id} helpful"
