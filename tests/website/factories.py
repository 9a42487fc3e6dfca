"""Factories for the website's pages. Pages live in a tree, so each factory adds its
page under a parent (the site's home page unless told otherwise)."""

import factory
from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

from website.models import (
    AccessibilityDeclarationPage,
    ConsultationFormField,
    ContactPointPage,
    HomePage,
    SectionIndexPage,
    StandardPage,
)


class PageFactory(factory.django.DjangoModelFactory):
    """Adds the page under `parent`; `parent=None` means the site's home page."""

    title = factory.Sequence(lambda n: f"Strona {n}")
    live = True

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, **kwargs)
        parent = parent or Site.objects.get(is_default_site=True).root_page
        parent.add_child(instance=page)
        revision = page.save_revision()
        if page.live:
            revision.publish()
        return page


def wagtail_tree_restore() -> None:
    """Put back the rows Wagtail's migrations create (the default locale, the root
    page, the root collection): transactional tests (live_server) end with a flush
    that empties every table, so only the first such test of a run still has them."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def make_home_page(**kwargs) -> HomePage:
    """A home page as the default site's root, in place of Wagtail's welcome page."""
    wagtail_tree_restore()
    Page.objects.filter(depth=2).delete()  # Wagtail's welcome page, and its Site
    root = Page.get_first_root_node()
    home = HomePage(
        title=kwargs.pop("title", "Klastry Pomorskie"), slug="home", **kwargs
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.create(
        hostname="localhost",
        port=80,
        root_page=home,
        is_default_site=True,
        site_name="Klastry",
    )
    return home


def make_english_home(home: HomePage, **fields) -> HomePage:
    locale, _ = Locale.objects.get_or_create(language_code="en")
    english = home.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(english, name, value)
    english.save_revision().publish()
    english.refresh_from_db()
    return english


class StandardPageFactory(PageFactory):
    intro = "Wprowadzenie do strony."

    class Meta:
        model = StandardPage


class SectionIndexPageFactory(PageFactory):
    intro = "Strony tej sekcji."

    class Meta:
        model = SectionIndexPage


class ContactPointPageFactory(PageFactory):
    title = "Punkt Kontaktowy"
    intro = "Doradztwo dla inicjatyw klastrowych."
    form_heading = "Zamów konsultację"

    class Meta:
        model = ContactPointPage


CONSULTATION_FIELDS = [
    ("Imię i nazwisko", "singleline", True, ""),
    ("E-mail", "email", True, ""),
    ("Organizacja", "singleline", True, ""),
    ("Inicjatywa klastrowa", "singleline", False, ""),
    ("Temat", "dropdown", True, "Doradztwo\nWarsztat konsultacyjny\nMonitoring\nInne"),
    ("Wiadomość", "multiline", True, ""),
    ("Wyrażam zgodę na przetwarzanie moich danych osobowych", "checkbox", True, ""),
]


def add_consultation_fields(page: ContactPointPage) -> None:
    for order, (label, field_type, required, choices) in enumerate(CONSULTATION_FIELDS):
        ConsultationFormField.objects.create(
            page=page,
            sort_order=order,
            label=label,
            field_type=field_type,
            required=required,
            choices=choices,
        )


class AccessibilityDeclarationPageFactory(PageFactory):
    title = "Deklaracja dostępności"
    entity_name = "Urząd Marszałkowski Województwa Pomorskiego"
    website_url = "https://klastry.pomorskie.eu"
    publication_date = factory.Faker("date_object")
    update_date = factory.Faker("date_object")
    compliance_status = "partial"
    non_compliant_content = "<p>Część dokumentów PDF nie ma struktury.</p>"
    prepared_on = factory.Faker("date_object")
    reviewed_on = factory.Faker("date_object")
    contact_person = "Anna Kowalska"
    contact_email = "dostepnosc@example.org"
    contact_phone = "+48 58 000 00 00"
    request_procedure = "<p>Każdy ma prawo zażądać dostępności.</p>"
    enforcement_procedure = (
        "<p>Można złożyć skargę do Rzecznika Praw Obywatelskich.</p>"
    )

    class Meta:
        model = AccessibilityDeclarationPage
