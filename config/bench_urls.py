"""The site's URLs plus the benchmark's baseline, for config.settings.bench only."""

from django.http import HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def ok(request):
    """The trivial view every figure is compared with: the whole middleware stack,
    no template, no query."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/ok", ok, name="bench_ok"), *site_urlpatterns]
