from django import template
from wagtail.models import Page

from website import navigation

register = template.Library()


def _current_page(context) -> Page | None:
    """The Wagtail page being served, if any (`page` can mean other things)."""
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = _current_page(context)
    current_path = current.path if current else ""
    items = [
        {
            "page": item,
            "is_current_page": item.path == current_path,
            "is_current_section": current_path.startswith(item.path),
        }
        for item in navigation.menu_pages(request)
    ]
    return {"menu_items": items, "request": request}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = _current_page(context)
    ancestors = navigation.breadcrumb_pages(page) if page and page.depth > 2 else []
    return {"ancestors": ancestors, "page": page, "request": context["request"]}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"links": navigation.language_links(request, _current_page(context))}


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context["request"]
    home = navigation.home_page_for(request)
    return home.get_url(request) if home else "/"


@register.simple_tag
def localized_live(page):
    return navigation.localized_live(page)
