"""Defences of public forms against automated submissions."""

from django.conf import settings
from django.core.cache import cache

HONEYPOT_FIELD = "homepage"


def client_ip(request) -> str:
    """The visitor's address; behind a proxy, the one the proxy appended last."""
    if settings.USE_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def rate_limit_exceeded(*, scope: str, key: str, limit: int, window: int) -> bool:
    """Count one attempt for `key` and tell whether it goes over `limit` per window.

    A fixed window kept in the shared cache, so it holds across worker processes.
    """
    cache_key = f"rate-limit:{scope}:{key}"
    cache.add(cache_key, 0, timeout=window)
    try:
        attempts = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.set(cache_key, 1, timeout=window)
        attempts = 1
    return attempts > limit
