from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from events.selectors import practice_events

register = template.Library()


@register.simple_tag
def feed_url(name: str) -> str:
    """The address of a calendar feed ("feed_ics", "feed_rss", "feed_atom") in the
    active language; the default language's needs no parameter."""
    url = reverse(f"events:{name}")
    language_code = translation.get_language()
    if language_code == settings.LANGUAGE_CODE:
        return url
    return f"{url}?{urlencode({'lang': language_code})}"


@register.inclusion_tag("events/components/practice_events.html")
def events_about_practice(practice) -> dict:
    """The events about a good practice, for the practice's page."""
    return {"events": practice_events(practice)}
