"""The search backends: which one answers, and what happens when it does not.

`WAGTAILSEARCH_BACKENDS["default"]` is chosen by one setting (ELASTICSEARCH_URL, see
config/settings/base.py). The database backend is always configured as well (as
"default" or as "database") and kept up to date, so a request falls back to it when
Elasticsearch does not answer.

`search.backends.database` is Wagtail's database backend (SQLite FTS5, PostgreSQL
full text) that also records the words of what it indexes in the vocabulary.
"""

import logging
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database import SearchBackend as database_backend

from search.vocabulary import is_public, object_forms, vocabulary_add

logger = logging.getLogger(__name__)
T = TypeVar("T")

DATABASE_BACKEND_NAME = "database"
DEGRADED_CACHE_KEY = "search:degraded"
DEGRADED_SECONDS = 60


class VocabularyRecording:
    """Adds the words of every public page indexed one by one (on publishing) to
    the vocabulary; `update_index` rebuilds it whole."""

    def add(self, obj):
        super().add(obj)
        if is_public(obj):
            vocabulary_add(object_forms(obj))

    def add_bulk(self, model, obj_list):
        super().add_bulk(model, obj_list)
        forms = {}
        for obj in obj_list:
            if is_public(obj):
                forms.update(object_forms(obj))
        vocabulary_add(forms)


# Named as Wagtail's backend loader expects.
def SearchBackend(params):
    backend = database_backend(params)
    attributes = {}
    if type(backend).__name__ == "SQLiteSearchBackend":
        # Imported only on SQLite: the module needs SQLite's FTS model.
        from search.sqlite_fts import MatchFirstAutocompleteCompiler, MatchFirstCompiler

        attributes = {
            "query_compiler_class": MatchFirstCompiler,
            "autocomplete_query_compiler_class": MatchFirstAutocompleteCompiler,
        }
    backend_class = type(
        f"Vocabulary{type(backend).__name__}",
        (VocabularyRecording, type(backend)),
        attributes,
    )
    return backend_class(params)


def database_backend_name() -> str:
    names = settings.WAGTAILSEARCH_BACKENDS
    return DATABASE_BACKEND_NAME if DATABASE_BACKEND_NAME in names else "default"


def uses_elasticsearch() -> bool:
    return database_backend_name() != "default"


def with_fallback(operation: Callable[..., T]) -> T:
    """Run `operation(backend)` on the default backend; when that is Elasticsearch and
    it fails, log it, note the degradation for /healthz and run it on the database
    backend instead."""
    backend = get_search_backend("default")
    if not uses_elasticsearch():
        return operation(backend)
    try:
        return operation(backend)
    except Exception:
        logger.exception("Search: Elasticsearch failed, answered from the database")
        cache.set(DEGRADED_CACHE_KEY, True, DEGRADED_SECONDS)
        return operation(get_search_backend(DATABASE_BACKEND_NAME))


def recently_degraded() -> bool:
    return bool(cache.get(DEGRADED_CACHE_KEY))
