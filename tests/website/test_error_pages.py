import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.website.factories import make_english_home, make_home_page

pytestmark = pytest.mark.django_db


def test_missing_page_answers_404_in_the_site_look_in_polish(client):
    make_home_page()

    response = client.get("/nie-ma-takiej-strony/")

    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="pl"' in html
    assert 'class="main-nav"' in html
    assert "Nie znaleziono strony" in html


def test_missing_english_page_answers_404_in_english(client):
    make_english_home(make_home_page(), title="Pomeranian Clusters")

    response = client.get("/en/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="en"' in html
    assert "Page not found" in html


@pytest.mark.parametrize(
    ("language", "heading"), [("pl", "Błąd serwera"), ("en", "Server error")]
)
def test_server_error_page_renders_without_a_request_in_both_languages(
    language, heading
):
    with translation.override(language):
        html = render_to_string("500.html")
    assert f'<html lang="{language}">' in html
    assert heading in html
