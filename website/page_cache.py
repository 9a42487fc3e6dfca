"""Whole-page cache for anonymous visitors.

A GET from a visitor without a session (no session or messages cookie) is answered
from the shared cache when an earlier visitor in the same situation got a plain
200 page: same host, path and query string, language, and display preferences
(contrast and text size change the HTML). A hit runs no database query.

What is never stored: responses that set a cookie or use a CSRF token (forms),
private / no-cache / no-store ones, anything but 200, streamed files, previews, and
pages under Wagtail view restrictions (see `website.wagtail_hooks`).

Invalidation: every key holds a generation number; publishing, unpublishing,
moving or deleting a page, or saving the site settings, sets a new one, so every
cached page and navigation fragment is rebuilt on its next request (this is what
wagtail.contrib.frontend_cache does with a proxy). `PAGE_CACHE_SECONDS` bounds the
age of anything else a page shows (0 turns the cache off).
"""

import hashlib
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from website.display_preferences import preference_value

GENERATION_KEY = "page-cache:generation"
HIT_HEADER = "X-Page-Cache"
# Headers a cached copy must not repeat: they describe one response, not the page.
_PER_RESPONSE_HEADERS = {"set-cookie", "date"}


def cache_generation() -> int:
    """The current generation; a new one when the cache lost it (restart, clear)."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def cache_generation_bump() -> None:
    """Make every cached page and fragment stale at once."""
    cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def kept_for_generation(name: str, compute, seconds: int):
    """`compute()`, kept under `name` until the generation changes or `seconds`
    pass (0 computes every time): for data built from pages and settings that is the
    same for every visitor."""
    key = f"{name}:{cache_generation()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def request_is_cacheable(request) -> bool:
    """Anonymous GET/HEAD outside the admins, with nothing personal attached."""
    if request.method not in ("GET", "HEAD"):
        return False
    # Wagtail's previews and moderation views render drafts through a dummy request.
    if getattr(request, "is_dummy", False):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    if CookieStorage.cookie_name in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.path.startswith(settings.ADMIN_URL_PREFIXES)


def response_is_cacheable(request, response) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    if getattr(request, "is_preview", False):
        return False
    if getattr(request, "page_cache_exempt", False):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    return "*" not in response.get("Vary", "")


def cache_key(request, generation: int) -> str:
    variant = "|".join(
        (
            request.get_host(),
            request.get_full_path(),
            get_language() or "",
            preference_value(request, "contrast"),
            preference_value(request, "text-size"),
        )
    )
    digest = hashlib.sha256(variant.encode()).hexdigest()
    return f"page-cache:{generation}:{digest}"


def _stored(response) -> tuple[bytes, list[tuple[str, str]]]:
    headers = [
        (name, value)
        for name, value in response.headers.items()
        if name.lower() not in _PER_RESPONSE_HEADERS
    ]
    return response.content, headers


def _restored(stored: tuple[bytes, list[tuple[str, str]]]) -> HttpResponse:
    content, headers = stored
    response = HttpResponse(content)
    for name, value in headers:
        response.headers[name] = value
    response.headers[HIT_HEADER] = "hit"
    return response


class PageCacheMiddleware:
    """Sits below the session and locale middleware (the language is known, the
    session is not read) and above the rest: a hit skips them, and the stored copy
    carries the headers they set (CSP, X-Frame-Options)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not request_is_cacheable(request):
            return self.get_response(request)
        generation = cache_generation()
        request.page_cache_generation = generation
        key = cache_key(request, generation)
        stored = cache.get(key)
        if stored is not None:
            return _restored(stored)
        response = self.get_response(request)
        if request.method == "GET" and response_is_cacheable(request, response):
            # The HTML depends on the cookies (display preferences, a session).
            patch_vary_headers(response, ("Cookie",))
            cache.set(key, _stored(response), settings.PAGE_CACHE_SECONDS)
            response.headers[HIT_HEADER] = "miss"
        return response


def _invalidate(**kwargs) -> None:
    cache_generation_bump()


def _invalidate_on_settings_change(sender, instance, created, **kwargs) -> None:
    # Created on a first read, with the defaults just shown: nothing to redo.
    if not created:
        cache_generation_bump()


def _invalidate_on_page_delete(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        cache_generation_bump()


def connect_invalidation() -> None:
    """Publishing, unpublishing, moving or deleting a page (a practice and an event
    are pages), changing a view restriction, saving the site settings, a site or a
    locale make a new generation."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from website.models import SiteSettings

    uid = "website.page_cache"
    page_published.connect(_invalidate, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(_invalidate, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(_invalidate, dispatch_uid=f"{uid}.moved")
    post_delete.connect(_invalidate_on_page_delete, dispatch_uid=f"{uid}.deleted")
    # A page that became members-only must leave the cache at once; sites and
    # locales decide where a page is found (website.routing).
    m2m_changed.connect(
        _invalidate,
        sender=PageViewRestriction.groups.through,
        dispatch_uid=f"{uid}.restriction.groups",
    )
    for model in (PageViewRestriction, Site, Locale):
        name = model._meta.model_name
        post_save.connect(_invalidate, sender=model, dispatch_uid=f"{uid}.{name}")
        post_delete.connect(
            _invalidate, sender=model, dispatch_uid=f"{uid}.{name}.deleted"
        )
    post_save.connect(
        _invalidate_on_settings_change,
        sender=SiteSettings,
        dispatch_uid=f"{uid}.settings",
    )
