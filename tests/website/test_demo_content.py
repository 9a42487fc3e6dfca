import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, Revision, Site

from website.management.commands import load_demo_content as command_module
from website.models import (
    ConsultationFormField,
    ContactPointPage,
    HomePage,
    SiteSettings,
    StandardPage,
)

pytestmark = pytest.mark.django_db

EDITOR = "redaktor@klastry.pomorskie.eu"
SUPERUSER = "admin@klastry.pomorskie.eu"


def load_demo_content(*args) -> str:
    out = io.StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


def printed_password(output: str, email: str) -> str:
    match = re.search(rf"{re.escape(email)} .*password: (\S+)$", output, re.MULTILINE)
    assert match, f"no password printed for {email} in:\n{output}"
    return match.group(1)


def english() -> Locale:
    return Locale.objects.get(language_code="en")


@pytest.fixture
def website_only(monkeypatch):
    """Most tests here are about the website's own loader; the other apps' loaders
    (events, knowledge base, members) are tested beside their apps."""
    monkeypatch.setattr(command_module, "DEMO_LOADERS", ("website.demo.load",))


@pytest.fixture
def first_output(website_only) -> str:
    return load_demo_content()


def test_second_run_of_every_loader_creates_nothing():
    load_demo_content()
    page_count = Page.objects.count()
    revision_count = Revision.objects.count()
    field_count = ConsultationFormField.objects.count()

    output = load_demo_content()

    assert Page.objects.count() == page_count
    assert Revision.objects.count() == revision_count
    assert ConsultationFormField.objects.count() == field_count
    assert "created 0 pages" in output
    assert "created 0 accounts" in output
    assert "nothing was created" in output


def test_first_run_reports_what_it_created(first_output):
    assert "created 12 pages, 0 already present" in first_output
    assert "created 2 accounts, 0 already present" in first_output


def test_home_page_replaces_the_welcome_page_as_the_site_root(first_output):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.title == "Klastry Pomorskie"
    assert site.site_name == "Klastry Pomorskie"
    assert (site.hostname, site.port) == ("localhost", 80)
    assert not Page.objects.filter(title__startswith="Welcome").exists()


def test_strategy_pages_are_under_the_regional_level(first_output):
    section = Page.objects.get(slug="poziom-regionalny")
    titles = set(section.get_children().values_list("title", flat=True))
    assert titles == {
        "Strategia Rozwoju Województwa Pomorskiego",
        "Regionalna Strategia Innowacji",
        "Regionalny Program Wspierania Klastrów 2009–2015",
        "Pomorska Grupa Kompetencji Klastrowych",
    }


def test_menu_starts_with_about_regional_level_and_contact_point(first_output):
    home = Site.objects.get(is_default_site=True).root_page
    menu = list(home.get_children().in_menu().values_list("title", flat=True))
    assert menu[:3] == [
        "O projekcie",
        "Poziom regionalny",
        "Punkt Kontaktowy",
    ]


def test_contact_point_has_its_seven_form_fields(first_output):
    contact_point = ContactPointPage.objects.get(slug="punkt-kontaktowy")
    fields = list(contact_point.form_fields.order_by("sort_order"))
    assert [field.label for field in fields][:6] == [
        "Imię i nazwisko",
        "E-mail",
        "Organizacja",
        "Inicjatywa klastrowa",
        "Temat",
        "Wiadomość",
    ]
    assert len(fields) == 7
    assert fields[-1].field_type == "checkbox"
    assert fields[-1].required
    assert not fields[3].required
    assert contact_point.to_address == ""


def test_site_settings_point_at_the_footer_pages(first_output):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.email == "klastry@pomorskie.eu"
    assert settings.accessibility_declaration.slug == "deklaracja-dostepnosci"
    assert settings.privacy_policy.slug == "polityka-prywatnosci"


def test_site_settings_an_editor_changed_survive_a_second_run(first_output):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.phone = "+48 58 000 00 00"
    settings.save()

    load_demo_content()

    settings.refresh_from_db()
    assert settings.phone == "+48 58 000 00 00"


def test_english_pages_are_translations_of_the_polish_ones(first_output):
    polish_home = HomePage.objects.get(slug="home")
    polish_about = StandardPage.objects.get(slug="o-projekcie")

    english_home = polish_home.get_translation(english())
    english_about = polish_about.get_translation(english())

    assert english_home.title == "Pomeranian Clusters"
    assert english_home.live
    assert english_about.title == "About the project"
    assert english_about.slug == "about-the-project"
    assert english_about.live
    assert english_about.show_in_menus
    assert english_about.get_parent().id == english_home.id


def test_translating_leaves_no_redirect_behind(first_output):
    assert not Redirect.objects.exists()


def test_every_demo_page_of_every_app_answers(client):
    load_demo_content()
    pages = Page.objects.live().filter(depth__gt=1)
    assert pages.filter(content_type__app_label="website").count() == 12
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_english_about_page_is_served_under_en(client, first_output):
    response = client.get("/en/about-the-project/")
    assert response.status_code == 200
    assert "About the project" in response.content.decode()


def test_editor_logs_in_with_the_printed_password(client, first_output):
    editor = User.objects.get(username=EDITOR)
    assert editor.email == EDITOR
    assert editor.groups.filter(name="Editors").exists()
    assert client.login(
        username=EDITOR, password=printed_password(first_output, EDITOR)
    )


def test_editor_of_the_full_demo_opens_a_demo_page_in_the_admin(client):
    # Editors must use two-factor authentication; the members' loader gives the
    # demo editor an authenticator app, so this needs every loader.
    output = load_demo_content()
    client.login(username=EDITOR, password=printed_password(output, EDITOR))
    programme = Page.objects.get(slug="regionalny-program-wspierania-klastrow")

    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/pages/{programme.id}/edit/").status_code == 200


def test_superuser_logs_in_with_the_printed_password(client, first_output):
    assert User.objects.get(username=SUPERUSER).is_superuser
    assert client.login(
        username=SUPERUSER, password=printed_password(first_output, SUPERUSER)
    )


def test_second_run_keeps_the_password(client, first_output):
    output = load_demo_content()

    assert "password:" not in output
    assert "--reset-passwords" in output
    assert client.login(
        username=EDITOR, password=printed_password(first_output, EDITOR)
    )


def test_reset_passwords_prints_a_new_one_that_works(client, first_output):
    output = load_demo_content("--reset-passwords")

    new_password = printed_password(output, EDITOR)
    assert new_password != printed_password(first_output, EDITOR)
    assert client.login(username=EDITOR, password=new_password)
    assert not client.login(
        username=EDITOR, password=printed_password(first_output, EDITOR)
    )


def test_every_demo_body_passes_its_blocks_validation(first_output):
    for page in Page.objects.live().specific():
        body = getattr(page, "body", None)
        if body is not None:
            body.stream_block.clean(body)


def test_editor_without_two_factor_is_sent_to_set_it_up_before_the_admin(
    client, first_output
):
    client.login(username=EDITOR, password=printed_password(first_output, EDITOR))

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/2fa/")
