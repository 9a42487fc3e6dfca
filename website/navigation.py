"""Reads that build the navigation: the menu, breadcrumbs and language links."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool


def home_page_for(request) -> Page | None:
    """The home page in the visitor's language (the site's root page, localized)."""
    site = Site.find_for_request(request)
    return site.root_page.localized if site else None


def menu_pages(request):
    home = home_page_for(request)
    if home is None:
        return Page.objects.none()
    return home.get_children().live().in_menu().public()


def breadcrumb_pages(page: Page):
    """The page's ancestors below the tree's root, home first."""
    return page.get_ancestors().filter(depth__gt=1)


def _live_translations(page: Page | None) -> dict[str, Page]:
    if page is None:
        return {}
    pages = page.get_translations(inclusive=True).live().select_related("locale")
    return {translated.locale.language_code: translated for translated in pages}


def language_links(request, page: Page | None) -> list[LanguageLink]:
    """A link per language: to the page's live translation where there is one, else
    to that language's home page; outside the page tree, to the same path translated."""
    if page is None:
        return [
            LanguageLink(
                code,
                str(name),
                translate_url(request.path, code),
                code == translation.get_language(),
            )
            for code, name in settings.LANGUAGES
        ]
    translations = _live_translations(page)
    homes = _live_translations(home_page_for(request))
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        url = target.get_url(request) if target else "/"
        links.append(
            LanguageLink(code, str(name), url, code == page.locale.language_code)
        )
    return links


def localized_live(page: Page | None) -> Page | None:
    """The page in the active language if that version is live, else the page itself
    if live (used for footer links set once in the site settings)."""
    if page is None:
        return None
    localized = page.localized
    if localized.live:
        return localized
    return page if page.live else None
