from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeBaseConfig(AppConfig):
    name = "knowledge_base"
    verbose_name = _("Knowledge base")

    def ready(self):
        from knowledge_base.terms import connect_invalidation

        connect_invalidation()
