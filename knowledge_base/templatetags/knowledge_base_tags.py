from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.shortcuts import resolve_url
from wagtail.models import Locale

from knowledge_base.models import PracticeIndexPage
from knowledge_base.selectors import latest_practices as latest_practices_selector

register = template.Library()


@register.simple_tag
def login_url(next_url: str) -> str:
    """The login page, coming back to `next_url` afterwards."""
    return f"{resolve_url(settings.LOGIN_URL)}?{urlencode({'next': next_url})}"


@register.inclusion_tag(
    "knowledge_base/components/latest_practices.html", takes_context=True
)
def latest_practices(context, limit: int = 3):
    """The practices published last and a link to all of them, for the home page."""
    locale = Locale.get_active()
    return {
        "request": context["request"],
        "practices": latest_practices_selector(limit, locale=locale),
        "practice_index": PracticeIndexPage.objects.live()
        .public()
        .filter(locale=locale)
        .first(),
    }
