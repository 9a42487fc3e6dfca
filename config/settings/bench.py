"""`make bench` (bench/http.py): the production settings on 127.0.0.1, plus the
trivial "ok" view the figures are compared with (config/bench_urls.py).

bench/http.py gives the environment production.py requires (a generated
SECRET_KEY, ALLOWED_HOSTS=127.0.0.1, DATABASE_URL) and VAR_DIR for the cache.
"""

from .production import *  # noqa: F403
from .production import VAR_DIR

ROOT_URLCONF = "config.bench_urls"
# Plain HTTP on the loopback: no redirect to HTTPS (the cookies stay Secure, which
# the load tool does not mind).
SECURE_SSL_REDIRECT = False
# Hashed names as in production, without compressing every admin file first.
STATIC_ROOT = VAR_DIR / "static"
STORAGES["staticfiles"]["BACKEND"] = (
    "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
)
# Notification mail is queued in the database (django-tasks-db) as in production,
# and never sent from here.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
LOGGING["root"]["level"] = "WARNING"
