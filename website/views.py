from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from website.display_preferences import COOKIE_MAX_AGE, PREFERENCES
from website.health import health_report, health_status_code


@require_GET
def display_preference_set(request, name: str, value: str):
    """Remember a contrast or text-size choice and go back to where the visitor was.

    A plain link, so it works without JavaScript; it changes only the visitor's own
    cookie, nothing on the server.
    """
    if name not in PREFERENCES or value not in PREFERENCES[name][1]:
        raise Http404
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        PREFERENCES[name][0],
        value,
        max_age=COOKIE_MAX_AGE,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


@never_cache
@require_GET
def healthz(request):
    report = health_report()
    return JsonResponse(report, status=health_status_code(report))
