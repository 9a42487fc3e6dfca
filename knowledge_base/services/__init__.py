"""Writes of the knowledge base: practices (created, updated, translated, imported)
and their review by experts."""

from knowledge_base.services.practices import (
    Contact,
    ImportSummary,
    cluster_initiative_practices_sync,
    practice_create,
    practice_translation_save,
    practice_update,
    practices_import,
)
from knowledge_base.services.review import (
    EXPERTS_GROUP,
    TASK_NAME,
    WORKFLOW_NAME,
    practice_submit_for_review,
    review_workflow_setup,
)

__all__ = [
    "EXPERTS_GROUP",
    "TASK_NAME",
    "WORKFLOW_NAME",
    "Contact",
    "ImportSummary",
    "cluster_initiative_practices_sync",
    "practice_create",
    "practice_submit_for_review",
    "practice_translation_save",
    "practice_update",
    "practices_import",
    "review_workflow_setup",
]
