"""Forum-wide rules moderators can change without a deployment."""

from django.db import models
from django.utils.translation import gettext_lazy as _

DEFAULT_EDIT_WINDOW_MINUTES = 60


class ForumSettings(models.Model):
    """One row (pk=1), created on first use."""

    edit_window_minutes = models.PositiveIntegerField(
        _("edit window (minutes)"),
        default=DEFAULT_EDIT_WINDOW_MINUTES,
        help_text=_(
            "How long after writing a post its author may still edit or delete it. "
            "Moderators can edit any post at any time."
        ),
    )

    class Meta:
        verbose_name = _("forum settings")
        verbose_name_plural = _("forum settings")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)

    @classmethod
    def current(cls) -> "ForumSettings":
        settings, _created = cls.objects.get_or_create(pk=1)
        return settings
