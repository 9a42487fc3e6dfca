"""What /healthz checks: the database and the search backend answer."""

import logging

from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

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


def search_status() -> str:
    backend = get_search_backend()
    try:
        if hasattr(backend, "es"):  # Elasticsearch: the cluster must answer a ping
            if not backend.es.ping():
                return "error"
        else:  # the database backend: one real query against its index
            list(backend.search("klaster", Page)[:1])
    except Exception:
        logger.exception("Health check: search backend unreachable")
        return "error"
    return "ok"


def health_report() -> dict[str, str]:
    return {"database": database_status(), "search": search_status()}
