"""Sessions are read from the cache (the machine's file cache, or Redis) and written
through to the database: a sign-out through any worker is seen by every other."""

import pytest
from django.conf import settings
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import caches

pytestmark = pytest.mark.django_db


@pytest.fixture
def file_cache(settings, tmp_path):
    settings.CACHES = {
        "default": {
            "BACKEND": "website.file_cache.SampledCullFileCache",
            "LOCATION": str(tmp_path / "cache"),
        }
    }
    yield caches["default"]
    caches["default"].clear()


def test_sessions_are_cached_in_front_of_the_database():
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"


def test_a_session_ended_by_one_worker_is_gone_for_another(file_cache):
    from django.contrib.sessions.models import Session

    first = SessionStore()
    first["member"] = 7
    first.create()
    # Another worker process: its own store object, the same cache directory.
    assert SessionStore(first.session_key)["member"] == 7
    assert Session.objects.filter(session_key=first.session_key).exists()

    SessionStore(first.session_key).delete()

    assert SessionStore(first.session_key).load() == {}
    assert not Session.objects.filter(session_key=first.session_key).exists()


def test_a_session_survives_a_lost_cache(file_cache):
    store = SessionStore()
    store["member"] = 7
    store.create()

    file_cache.clear()

    assert SessionStore(store.session_key)["member"] == 7
