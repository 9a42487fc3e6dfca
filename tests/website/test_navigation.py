import pytest
from wagtail.models import PageViewRestriction

from tests.website.factories import (
    SectionIndexPageFactory,
    StandardPageFactory,
    make_english_home,
    make_home_page,
)
from website.models import SiteSettings

pytestmark = pytest.mark.django_db


def menu_html(response) -> str:
    html = response.content.decode()
    start = html.index('class="main-nav"')
    return html[start : html.index("</nav>", start)]


def test_main_menu_lists_live_public_pages_marked_for_menus(client):
    home = make_home_page()
    StandardPageFactory(parent=home, title="O projekcie", show_in_menus=True)
    StandardPageFactory(parent=home, title="Ukryta w menu", show_in_menus=False)
    StandardPageFactory(parent=home, title="Szkic", show_in_menus=True, live=False)
    restricted = StandardPageFactory(
        parent=home, title="Dla członków", show_in_menus=True
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")

    menu = menu_html(client.get("/"))

    assert "O projekcie" in menu
    assert "Ukryta w menu" not in menu
    assert "Szkic" not in menu
    assert "Dla członków" not in menu


def test_main_menu_marks_the_current_section(client):
    home = make_home_page()
    section = SectionIndexPageFactory(
        parent=home,
        title="Poziom regionalny",
        slug="poziom-regionalny",
        show_in_menus=True,
    )
    StandardPageFactory(parent=section, title="Strategia", slug="strategia")

    menu = menu_html(client.get("/poziom-regionalny/strategia/"))

    assert 'href="/poziom-regionalny/" aria-current="true"' in menu


def test_breadcrumbs_lead_from_home_to_the_current_page(client):
    home = make_home_page()
    section = SectionIndexPageFactory(
        parent=home, title="Poziom regionalny", slug="poziom"
    )
    StandardPageFactory(parent=section, title="Strategia Rozwoju", slug="strategia")

    html = client.get("/poziom/strategia/").content.decode()
    crumbs = html[
        html.index('class="breadcrumbs') : html.index(
            "</nav>", html.index('class="breadcrumbs')
        )
    ]

    assert crumbs.index('href="/"') < crumbs.index('href="/poziom/"')
    assert (
        '<a href="/poziom/strategia/" aria-current="page">Strategia Rozwoju</a>'
        in crumbs
    )


def test_home_page_has_no_breadcrumbs(client):
    make_home_page()
    assert 'class="breadcrumbs' not in client.get("/").content.decode()


def test_footer_shows_contact_data_and_social_links_from_site_settings(client):
    home = make_home_page()
    declaration = StandardPageFactory(
        parent=home, title="Deklaracja", slug="deklaracja"
    )
    settings = SiteSettings.for_site(home.get_site())
    settings.address = "ul. Okopowa 21/27\n80-810 Gdańsk"
    settings.email = "klastry@example.org"
    settings.phone = "+48 58 326 81 00"
    settings.twitter_url = "https://x.com/pomorskie"
    settings.facebook_url = "https://facebook.com/pomorskie"
    settings.linkedin_url = "https://linkedin.com/company/pomorskie"
    settings.youtube_url = ""
    settings.accessibility_declaration = declaration
    settings.save()

    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]

    assert "ul. Okopowa 21/27<br>80-810 Gdańsk" in footer
    assert 'href="mailto:klastry@example.org"' in footer
    assert 'href="tel:+48583268100"' in footer
    assert 'href="https://x.com/pomorskie"' in footer
    assert 'href="https://linkedin.com/company/pomorskie"' in footer
    assert "YouTube" not in footer
    assert 'href="/deklaracja/"' in footer


def test_language_switcher_goes_to_the_translated_page(client):
    home = make_home_page()
    about = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    english_home = make_english_home(home, title="Pomeranian Clusters")
    english_about = about.copy_for_translation(english_home.locale)
    english_about.title = "About the project"
    english_about.slug = "about"
    english_about.save_revision().publish()

    polish = client.get("/o-projekcie/").content.decode()
    english = client.get("/en/about/").content.decode()

    assert 'href="/en/about/" lang="en"' in polish
    assert 'href="/o-projekcie/" lang="pl"' in english
    assert '<html lang="en"' in english


def test_language_switcher_falls_back_to_the_home_page_without_a_translation(client):
    home = make_home_page()
    make_english_home(home, title="Pomeranian Clusters")
    StandardPageFactory(parent=home, title="Tylko po polsku", slug="tylko-pl")

    html = client.get("/tylko-pl/").content.decode()

    assert 'href="/en/" lang="en"' in html
