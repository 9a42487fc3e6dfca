"""Settings shared by every environment.

Everything that differs between machines comes from the environment; see the
configuration table in README.md and `.env.example`.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {value!r}.")


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "website",
    "events",
    "knowledge_base",
    "community",
    "community.forum",
    "community.notifications",
    "community.forum_moderation",
    # Before wagtail.search: its update_index also rebuilds the search vocabulary.
    "search",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "django_tasks_db",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.humanize",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Anonymous pages from the cache: below the language, above everything else.
    "website.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "community.middleware.AccountStateMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "website.csp.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "website.display_preferences.context_processor",
            ],
        },
    },
]

# Database: DATABASE_URL, else an SQLite file under var/ so `make run` needs nothing.
SQLITE_PATH = VAR_DIR / "db.sqlite3"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{SQLITE_PATH}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and a writer work at once; the busy timeout makes a second
    # gunicorn worker wait for the write lock instead of failing with
    # "database is locked"; IMMEDIATE takes that lock at the start of a transaction
    # so two writers never deadlock half-way.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA journal_mode=WAL;"
            "PRAGMA synchronous=NORMAL;"
            "PRAGMA busy_timeout=20000;"
            "PRAGMA foreign_keys=ON;"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: shared by every worker process on the machine, so rate limits and throttles
# hold across gunicorn workers. Redis when REDIS_URL is set, else a file cache.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "klastry",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "website.file_cache.SampledCullFileCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 20_000, "CULL_EVERY": 100},
        }
    }

# Sessions are read from the cache and written through to the database, so every
# worker sees a sign-in or sign-out at once: the file cache is shared by the workers
# of one machine, Redis by every app server (docs/scaling.md: Redis comes before the
# second server). Losing the cache loses no session.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Whole anonymous pages (website.page_cache): the longest a cached page lives;
# publishing makes it stale at once. 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# The menu, breadcrumbs and footer inside every page, members' pages included.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "600"))
# Which page answers which address (website.routing), for everyone; publishing,
# moving or deleting a page makes every route stale at once. 0 walks the tree.
ROUTE_CACHE_SECONDS = int(os.environ.get("ROUTE_CACHE_SECONDS", "600"))
# The facet counts of the practice and cluster indexes (knowledge_base.facets) and
# the ids of each page of their filtered lists (knowledge_base.paging), for everyone;
# never for a search with words; publishing makes them stale at once. 0 counts and
# sorts on every request.
FACET_COUNTS_CACHE_SECONDS = int(os.environ.get("FACET_COUNTS_CACHE_SECONDS", "600"))
# A member's unread notification count in the header (community.notifications.
# unread_counts); new and read notifications forget it at once. 0 counts every time.
UNREAD_COUNT_CACHE_SECONDS = int(os.environ.get("UNREAD_COUNT_CACHE_SECONDS", "60"))

_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {
        "NAME": f"{_VALIDATORS}.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]

# Accounts: django-allauth, e-mail and password, no usernames (Django's User keeps
# one, set to the e-mail address). Roles, membership and the access rules live in
# community/ (community.access); README.md, "Accounts and members", explains them.
AUTHENTICATION_BACKENDS = [
    # Django's and allauth's, loading each request's user with its membership and
    # role groups in one query.
    "community.auth_backends.ModelBackend",
    "community.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "community:home"
# A new applicant is not a member yet: after sign-up they see their application.
ACCOUNT_SIGNUP_REDIRECT_URL = "community:account"
LOGOUT_REDIRECT_URL = "/"
# Pages under Wagtail view restrictions, and the Wagtail admin, use allauth's login.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
ACCOUNT_ADAPTER = "community.adapters.AccountAdapter"
# Dotted paths of form classes, not passwords: bandit reads "password" in the keys.
ACCOUNT_FORMS = {
    "signup": "community.forms.ApplicationSignupForm",
    "change_password": "community.forms.PasswordChangeForm",  # nosec B105
    "reset_password_from_key": "community.forms.PasswordResetForm",  # nosec B105
    "set_password": "community.forms.PasswordSetForm",  # nosec B105
}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Klastry Pomorskie] "
ACCOUNT_USER_DISPLAY = "community.adapters.user_display"
# None: the login form asks ("Remember me"); unticked, the session ends with the
# browser, ticked, it lasts SESSION_COOKIE_AGE (two weeks).
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_REAUTHENTICATION_TIMEOUT = 5 * 60
# Per IP address ("ip"), per e-mail address tried ("key") or per signed-in user
# ("user"); m = minute, h = hour. Kept in the shared cache, so they hold across
# workers. Failed logins also count failed two-factor codes.
# Rates, not passwords: bandit reads "password" in the keys (B105).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "10/h/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/h/ip,3/h/key",  # nosec B105
    "reset_password_from_key": "20/m/ip",  # nosec B105
    "change_password": "5/m/user",  # nosec B105
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Klastry Pomorskie"
MFA_RECOVERY_CODE_COUNT = 10
# Avatars: the largest upload accepted, the largest image (in pixels) opened, and the
# square side they are resized to.
AVATAR_MAX_UPLOAD_SIZE = 5 * 1024 * 1024
AVATAR_MAX_PIXELS = 40_000_000
AVATAR_SIZE = 400

# Languages: Polish first (unprefixed URLs), English under /en/.
LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", _("Polish")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
# Several app servers must share uploads: with AWS_STORAGE_BUCKET_NAME set, media go
# to S3-compatible object storage (AWS, MinIO, Ceph...) through django-storages.
# Objects stay private and every URL is signed and short-lived; forum attachments are
# still read through their members-only view (docs/scaling.md, "Object storage").
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            # None: boto3 finds credentials itself (an instance role, ~/.aws).
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "location": os.environ.get("AWS_LOCATION", "media"),
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 3600,
            "file_overwrite": False,
        },
    }

# E-mail
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Klastry Pomorskie <no-reply@klastry.pomorskie.eu>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Wagtail
WAGTAIL_SITE_NAME = "Klastry Pomorskie"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odt",
    "ods",
    "odp",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = False

# Search: Wagtail's database backend (SQLite FTS5, PostgreSQL full text) unless
# ELASTICSEARCH_URL is set. The database index is always kept: it answers when
# Elasticsearch does not (search.backends). PostgreSQL uses its neutral "simple"
# configuration: the Polish analysis is done in Python (search.analysis).
SEARCH_DATABASE_BACKEND = {
    "BACKEND": "search.backends",
    "SEARCH_CONFIG": "simple",
}
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            # Several nodes of a cluster: comma-separated (docs/scaling.md).
            "URLS": env_list("ELASTICSEARCH_URL"),
            "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "klastry_"),
            "TIMEOUT": 10,
            # Rebuild into a new index and move the alias when done: no downtime.
            "ATOMIC_REBUILD": True,
        },
        "database": SEARCH_DATABASE_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": SEARCH_DATABASE_BACKEND}

# Background tasks (django-tasks): forum notification mail leaves the request that
# wrote the post. "immediate" runs each task at once in the same process (development,
# tests, small installs); "database" queues it in django-tasks-db's table for the
# `db_worker` service (docs/deployment.md, "Background tasks").
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
_tasks_backend = os.environ.get("TASKS_BACKEND", "immediate")
if _tasks_backend not in TASKS_BACKENDS:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be one of {', '.join(TASKS_BACKENDS)}, "
        f"got {_tasks_backend!r}."
    )
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[_tasks_backend]}}

# Contact Point form: how many submissions one address may send per hour.
CONTACT_FORM_RATE_LIMIT = int(os.environ.get("CONTACT_FORM_RATE_LIMIT", "5"))
CONTACT_FORM_RATE_WINDOW = 60 * 60
# Searches one address may run per minute (page and API together; 0 = no limit), and
# autocomplete requests, which come one per keystroke (search.throttle).
SEARCH_RATE_LIMIT = int(os.environ.get("SEARCH_RATE_LIMIT", "60"))
SEARCH_SUGGEST_RATE_LIMIT = int(os.environ.get("SEARCH_SUGGEST_RATE_LIMIT", "180"))
# Behind a reverse proxy that appends the client's address to X-Forwarded-For.
USE_X_FORWARDED_FOR = env_bool("USE_X_FORWARDED_FOR", False)

# Security headers that hold in every environment; production.py adds HTTPS ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail lifts this for its own preview frames.
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
CSRF_FAILURE_VIEW = "website.csrf_failure.csrf_failure"

# Content-Security-Policy: no inline scripts anywhere on the public site. The video
# block embeds only these two players, both in their privacy-preserving variants.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# The admins ship inline scripts and styles and frame their own previews; website.csp
# relaxes the policy for them alone.
ADMIN_URL_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_CSP_REPLACE = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "frame-ancestors": ["'self'"],
}
# No calls from the admin to outside hosts: no avatars from Gravatar (visitors' privacy,
# and the CSP) and no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # Every background task logs its start and end at INFO; only problems matter here.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}
