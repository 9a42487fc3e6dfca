"""Public @handles: how members mention each other. Usernames are e-mail
addresses here, so they must never appear in the forum; the handle is derived from
the member's name instead."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

HANDLE_PATTERN = r"[a-z0-9](?:[a-z0-9._-]{0,28}[a-z0-9])?"


class MemberHandle(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_handle"
    )
    handle = models.CharField(_("handle"), max_length=30, unique=True)

    class Meta:
        verbose_name = _("forum handle")
        verbose_name_plural = _("forum handles")

    def __str__(self) -> str:
        return f"@{self.handle}"
