"""How many searches one address may run per minute. People never reach the limit;
a script that hammers the search (every query is full-text work on the database or
Elasticsearch) gets 429 and a message instead. Counted in the shared cache, so the
limit holds across workers and, with Redis, across app servers."""

from functools import wraps

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from website.spam import client_ip, rate_limit_exceeded

WINDOW_SECONDS = 60


def too_many_searches_message() -> str:
    return _(
        "You have searched too many times in the last minute. "
        "Wait a moment and try again."
    )


def _exceeded(request, *, scope: str, limit: int) -> bool:
    if not limit:  # 0 turns the limit off (benchmarks, the search tests)
        return False
    return rate_limit_exceeded(
        scope=scope, key=client_ip(request), limit=limit, window=WINDOW_SECONDS
    )


def _refusal(request, *, json: bool):
    if json:
        response = JsonResponse({"error": too_many_searches_message()}, status=429)
    else:
        response = render(
            request,
            "search/too_many_searches.html",
            {"message": too_many_searches_message()},
            status=429,
        )
    response["Retry-After"] = str(WINDOW_SECONDS)
    return response


def search_throttled(*, scope: str, setting: str, json: bool):
    """Refuse the view with 429 once an address goes over `settings.<setting>`
    requests per minute in `scope`."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            limit = getattr(settings, setting)
            if _exceeded(request, scope=scope, limit=limit):
                return _refusal(request, json=json)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
