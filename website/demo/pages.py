"""The website's demo page tree, the default site and its settings, and the English
translations of the home and "about" pages.

Only what is missing is created: pages are found by slug under their parent in their
locale, translations by locale, and an existing page never gets a new revision.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.core.management import CommandError
from wagtail.models import Locale, Page, Site

from website.demo import texts
from website.demo.translations import translation_add
from website.models import (
    AccessibilityDeclarationPage,
    ConsultationFormField,
    ContactPointPage,
    HomePage,
    SectionIndexPage,
    SiteSettings,
    StandardPage,
)

if TYPE_CHECKING:
    from website.demo import Tally

BodyBuilder = Callable[[texts.PageLinks], list[dict]]


class PageTree:
    """Adds the missing Polish pages, then publishes them all at once, when every page
    exists and a body can link to a page added after its own."""

    def __init__(self, tally: Tally):
        self.tally = tally
        self.locale = Locale.get_default()
        self._new_pages: list[tuple[Page, BodyBuilder | None]] = []

    def child(self, parent: Page, page: Page, body: BodyBuilder | None = None) -> Page:
        existing = self._existing_child(parent, page)
        self.tally.record(created=existing is None)
        if existing is not None:
            return existing
        page.locale = self.locale
        parent.add_child(instance=page)
        self._new_pages.append((page, body))
        return page

    def publish(self, links: texts.PageLinks) -> None:
        for page, body in self._new_pages:
            # add_child() of the pages below changed this page's tree fields.
            page.refresh_from_db()
            if body is not None:
                page.body = body(links)
            page.save_revision().publish()
        self._new_pages.clear()

    def _existing_child(self, parent: Page, page: Page) -> Page | None:
        found = parent.get_children().filter(slug=page.slug, locale=self.locale).first()
        if found is None:
            return None
        found = found.specific
        if not isinstance(found, type(page)):
            raise CommandError(
                f"The page {found.url_path} is a {type(found).__name__}, "
                f"not a {type(page).__name__}; move or rename it and run again."
            )
        return found


def load_pages(tally: Tally) -> None:
    tree = PageTree(tally)
    home = _home_page(tree)
    about = tree.child(home, StandardPage(**texts.ABOUT), texts.about_body)
    regional_policy = _regional_policy_section(tree, home)
    contact_point = tree.child(home, _contact_point_page(), texts.contact_point_body)
    declaration = tree.child(
        home, AccessibilityDeclarationPage(**texts.ACCESSIBILITY_DECLARATION)
    )
    privacy_policy = tree.child(
        home, StandardPage(**texts.PRIVACY_POLICY), texts.privacy_policy_body
    )
    links = texts.PageLinks(
        contact_point=contact_point.pk,
        regional_policy=regional_policy.pk,
        privacy_policy=privacy_policy.pk,
    )
    tree.publish(links)

    site = _default_site(home)
    _fill_site_settings(site, declaration=declaration, privacy_policy=privacy_policy)
    _translate_into_english(tally, home=home, about=about, links=links)


def _home_page(tree: PageTree) -> HomePage:
    root = Page.get_first_root_node()
    _delete_welcome_page(root)
    return tree.child(root, HomePage(**texts.HOME), texts.home_body)


def _delete_welcome_page(root: Page) -> None:
    """Wagtail's "Welcome to your new Wagtail site!" page holds the slug "home"."""
    welcome_pages = root.get_children().exact_type(Page).filter(slug="home")
    for page in welcome_pages.filter(numchild=0):
        page.delete()  # its Site goes with it; _default_site() makes a new one


def _regional_policy_section(tree: PageTree, home: HomePage) -> SectionIndexPage:
    section = tree.child(home, SectionIndexPage(**texts.REGIONAL_POLICY))
    strategy_pages = [
        (texts.DEVELOPMENT_STRATEGY, texts.development_strategy_body),
        (texts.INNOVATION_STRATEGY, texts.innovation_strategy_body),
        (texts.CLUSTER_PROGRAMME, texts.cluster_programme_body),
        (texts.COMPETENCE_GROUP, texts.competence_group_body),
    ]
    for fields, body in strategy_pages:
        tree.child(section, StandardPage(**fields), body)
    return section


def _contact_point_page() -> ContactPointPage:
    page = ContactPointPage(**texts.CONTACT_POINT)
    page.form_fields = [
        ConsultationFormField(sort_order=order, **{"required": True, **field})
        for order, field in enumerate(texts.CONSULTATION_FIELDS)
    ]
    return page


def _default_site(home: HomePage) -> Site:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=texts.SITE_NAME,
        )
    if site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = texts.SITE_NAME
        site.save()
    return site


def _fill_site_settings(site: Site, *, declaration: Page, privacy_policy: Page):
    """Sets the demo values on new settings; on existing ones only fills blanks, so
    an editor's changes survive."""
    values = {
        **texts.SITE_CONTACT,
        "accessibility_declaration_id": declaration.pk,
        "privacy_policy_id": privacy_policy.pk,
    }
    settings, created = SiteSettings.objects.get_or_create(site=site, defaults=values)
    if created:
        return
    blanks = {
        name: value for name, value in values.items() if not getattr(settings, name)
    }
    if blanks:
        for name, value in blanks.items():
            setattr(settings, name, value)
        settings.save(update_fields=list(blanks))


def _translate_into_english(
    tally: Tally, *, home: HomePage, about: StandardPage, links: texts.PageLinks
) -> None:
    english, _ = Locale.objects.get_or_create(language_code="en")
    # copy_for_translation() puts a copy under the translated parent: home first.
    translation_add(
        home,
        english,
        fields={**texts.HOME_EN, "body": texts.home_en_body(links)},
        tally=tally,
    )
    translation_add(
        about,
        english,
        fields={**texts.ABOUT_EN, "body": texts.about_en_body(links)},
        tally=tally,
    )
