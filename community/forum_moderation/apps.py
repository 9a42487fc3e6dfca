from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumModerationConfig(AppConfig):
    name = "community.forum_moderation"
    label = "forum_moderation"
    verbose_name = _("Forum moderation")
