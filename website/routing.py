"""Finding the page for an address without walking the page tree every time.

Wagtail routes each request from the site's root: it looks the site up by host
name, then asks the database for the child with the next slug and for its specific
page, level by level. Those answers change only when a page is published,
unpublished, moved or deleted, or a site or locale is saved, which is exactly when
the page-cache generation changes (`website.page_cache`). So they are remembered
under it: the site per host, and per host, language and path the page that
answered, with the part of the path that page routes itself (a routable page's
sub-address such as a calendar month).

A remembered route loads that one page and lets its own `route` decide again: a
page that is no longer live still answers 404, a routable page resolves its
sub-address. View restrictions, passwords and the other `before_serve_page` hooks
run as they always do. Only routes that found a page are remembered.
`ROUTE_CACHE_SECONDS` sets their lifetime (0 walks the tree every time).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from website.page_cache import cache_generation


def serve(request, path):
    """Wagtail's page view, routed through the remembered routes."""
    if settings.ROUTE_CACHE_SECONDS:
        _route(request, path)
    return wagtail_views.serve(request, path)


def _route(request, path: str) -> None:
    """Fill in what Wagtail's view reads first: `request._wagtail_site` and
    `request._wagtail_route_for_request`."""
    generation = cache_generation()
    site = _site(request, generation)
    if site is None:
        return
    key = f"route:{generation}:{site.pk}:{get_language()}:{path}"
    remembered = cache.get(key)
    if remembered is not None and _route_again(request, *remembered):
        return
    result = Page.route_for_request(request, path)
    if result is None:
        return
    page = result[0]
    components = [component for component in path.split("/") if component]
    own_components = page.depth - site.root_page.depth
    remembered = (page.content_type_id, page.pk, components[own_components:])
    cache.set(key, remembered, settings.ROUTE_CACHE_SECONDS)


def _site(request, generation: int) -> Site | None:
    key = f"route-site:{generation}:{request.get_host()}:{request.get_port()}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            cache.set(key, site, settings.ROUTE_CACHE_SECONDS)
        return site
    request._wagtail_site = site
    return site


def _route_again(request, content_type_id: int, page_id: int, remaining) -> bool:
    """Route the request from the remembered page; False when that page is gone."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:
        return False
    try:
        page = model.objects.get(pk=page_id)
    except model.DoesNotExist:
        return False
    try:
        request._wagtail_route_for_request = page.route(request, list(remaining))
    except Http404:
        request._wagtail_route_for_request = None
    return True
