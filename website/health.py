"""What /healthz checks: the database and the search backend answer.

Search is "ok" when its backend answers; "degraded" when Elasticsearch does not
answer (or failed a request in the last minute) but the database backend, which
then answers searches (search.backends), does; "error" when nothing answers.
"""

import logging

from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.backends import database_backend_name, recently_degraded, uses_elasticsearch

logger = logging.getLogger(__name__)


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.exception("Health check: database unreachable")
        return "error"
    return "ok"


def _database_search_answers() -> bool:
    try:
        list(get_search_backend(database_backend_name()).search("klaster", Page)[:1])
    except Exception:
        logger.exception("Health check: database search backend failed")
        return False
    return True


def _elasticsearch_answers() -> bool:
    try:
        return bool(get_search_backend("default").es.ping())
    except Exception:
        logger.exception("Health check: Elasticsearch unreachable")
        return False


def search_status() -> str:
    if not uses_elasticsearch():
        return "ok" if _database_search_answers() else "error"
    if _elasticsearch_answers() and not recently_degraded():
        return "ok"
    if _database_search_answers():
        logger.warning("Health check: search degraded to the database backend")
        return "degraded"
    return "error"


def health_report() -> dict[str, str]:
    return {"database": database_status(), "search": search_status()}


def health_status_code(report: dict[str, str]) -> int:
    """200 while every part answers, a degraded search included; 503 otherwise."""
    return 200 if all(value in {"ok", "degraded"} for value in report.values()) else 503
