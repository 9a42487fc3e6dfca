"""The test suite. DATABASE_URL picks SQLite (default) or PostgreSQL."""

from .base import *  # noqa: F403

DEBUG = False
# Tests only.
SECRET_KEY = "test-only-key"  # noqa: S105  # nosec B105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests must not share state through a cache on disk or in Redis; each test clears it.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"]["BACKEND"] = (
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["*"]
# Serve static files straight from the source folders; no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Background tasks run at once, inside the test (a test may override this).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The search tests run hundreds of queries from one address; tests/security turns
# the search rate limit back on where it is the subject.
SEARCH_RATE_LIMIT = 0
SEARCH_SUGGEST_RATE_LIMIT = 0
# Tests count the queries of a second visit and expect fresh pages: the page and
# navigation caches are off, except in tests/website/test_page_cache.py.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0
ROUTE_CACHE_SECONDS = 0
FACET_COUNTS_CACHE_SECONDS = 0
UNREAD_COUNT_CACHE_SECONDS = 0
