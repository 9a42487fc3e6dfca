from django import template
from django.conf import settings

from website.page_cache import cache_generation

register = template.Library()


@register.simple_tag(takes_context=True)
def page_cache_generation(context) -> int | str:
    """Part of every cached navigation fragment's key: publishing makes a new one.
    The page cache middleware has read it already for anonymous requests."""
    request = context.get("request")
    if request is None or not settings.FRAGMENT_CACHE_SECONDS:
        return ""
    if not hasattr(request, "page_cache_generation"):
        request.page_cache_generation = cache_generation()
    return request.page_cache_generation


@register.simple_tag
def fragment_cache_seconds() -> int:
    """How long navigation fragments are kept (0, the test settings' value, keeps
    nothing)."""
    return settings.FRAGMENT_CACHE_SECONDS
