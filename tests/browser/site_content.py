"""A small but complete site for the browser tests: every part of the page frame is
rendered (menu, breadcrumbs, footer with contact data, social links and the footer
pages) and the strategy page uses the StreamField blocks editors use most."""

from dataclasses import dataclass

from tests.website.factories import (
    AccessibilityDeclarationPageFactory,
    ContactPointPageFactory,
    SectionIndexPageFactory,
    StandardPageFactory,
    add_consultation_fields,
    make_home_page,
)
from website.models import (
    AccessibilityDeclarationPage,
    ContactPointPage,
    HomePage,
    SiteSettings,
    StandardPage,
)


@dataclass(frozen=True)
class SitePages:
    home: HomePage
    strategy: StandardPage
    contact_point: ContactPointPage
    declaration: AccessibilityDeclarationPage
    privacy_policy: StandardPage


def site_build() -> SitePages:
    home = make_home_page(
        intro="Platforma Pomorskiej Grupy Kompetencji Klastrowych i Punktu "
        "Kontaktowego ds. klastrów w Województwie Pomorskim."
    )
    section = SectionIndexPageFactory(
        parent=home,
        title="Poziom regionalny",
        slug="poziom-regionalny",
        intro="Polityka pro-klastrowa Samorządu Województwa Pomorskiego.",
        show_in_menus=True,
    )
    contact_point = ContactPointPageFactory(
        parent=home,
        slug="punkt-kontaktowy",
        show_in_menus=True,
        to_address="punkt.kontaktowy@example.org",
    )
    add_consultation_fields(contact_point)
    strategy = StandardPageFactory(
        parent=section,
        title="Regionalny Program Wspierania Klastrów",
        slug="regionalny-program-wspierania-klastrow",
        intro="Program na lata 2009–2015, zatwierdzony przez Zarząd Województwa "
        "Pomorskiego w czerwcu 2009 roku.",
        body=_strategy_body(contact_point),
    )
    privacy_policy = StandardPageFactory(
        parent=home,
        title="Polityka prywatności",
        slug="polityka-prywatnosci",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Przetwarzamy tylko dane podane w formularzu.</p>",
            }
        ],
    )
    declaration = AccessibilityDeclarationPageFactory(
        parent=home,
        slug="deklaracja-dostepnosci",
        accessibility_features=(
            "<ul><li>Wersja kontrastowa.</li><li>Powiększanie tekstu.</li></ul>"
        ),
    )
    _site_settings_fill(home, declaration=declaration, privacy_policy=privacy_policy)
    return SitePages(
        home=home,
        strategy=strategy,
        contact_point=contact_point,
        declaration=declaration,
        privacy_policy=privacy_policy,
    )


def _site_settings_fill(home: HomePage, *, declaration, privacy_policy) -> None:
    site_settings = SiteSettings.for_site(home.get_site())
    site_settings.address = "ul. Okopowa 21/27\n80-810 Gdańsk"
    site_settings.email = "klastry@example.org"
    site_settings.phone = "+48 58 326 81 00"
    site_settings.twitter_url = "https://x.com/klastrypomorskie"
    site_settings.facebook_url = "https://www.facebook.com/klastrypomorskie"
    site_settings.linkedin_url = "https://www.linkedin.com/company/klastrypomorskie"
    site_settings.youtube_url = "https://www.youtube.com/@klastrypomorskie"
    site_settings.accessibility_declaration = declaration
    site_settings.privacy_policy = privacy_policy
    site_settings.save()


def _strategy_body(contact_point: ContactPointPage) -> list[dict]:
    return [
        {
            "type": "paragraph",
            "value": (
                "<p>Punktem wyjścia dla polityki pro-klastrowej są zapisy "
                "<b>Strategii Rozwoju Województwa Pomorskiego</b> z lipca 2005 roku "
                "oraz priorytety "
                '<a href="https://example.org/ris">Regionalnej Strategii '
                "Innowacji</a>.</p>"
            ),
        },
        {
            "type": "heading",
            "value": {"text": "Typy wspieranych klastrów", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": (
                "<ul><li>klastry kluczowe,</li>"
                "<li>klastry subregionalne (lokalne),</li>"
                "<li>klastry embrionalne (sieci technologiczne).</li></ul>"
            ),
        },
        {
            "type": "quote",
            "value": {
                "quote": "Tworzenie warunków organizacyjnych, administracyjnych, "
                "prawnych i finansowych dla powstawania skupisk współpracujących "
                "przedsiębiorstw, w tym grup branżowych i klastrów.",
                "attribution": "Strategia Rozwoju Województwa Pomorskiego, 2005",
            },
        },
        {"type": "heading", "value": {"text": "Działania miękkie", "level": "h3"}},
        {
            "type": "table",
            "value": {
                "table_caption": "Działania finansowane w ramach Programu",
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "data": [
                    ["Działanie", "Przykład", "Kto realizuje"],
                    ["Sieciowanie", "Spotkania członków klastra", "Koordynator"],
                    ["Transfer wiedzy", "Warsztaty z uczelnią", "Koordynator"],
                    ["Doradztwo", "Konsultacje strategii", "Punkt Kontaktowy"],
                ],
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Potrzebujesz porady?",
                "text": "Punkt Kontaktowy doradza inicjatywom klastrowym.",
                "page": contact_point.pk,
                "url": "",
                "button_label": "Zamów konsultację",
            },
        },
    ]
