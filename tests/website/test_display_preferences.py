import pytest

from tests.website.factories import StandardPageFactory, make_home_page

pytestmark = pytest.mark.django_db


def test_contrast_link_sets_the_cookie_and_returns_to_the_page(client):
    response = client.get("/display/contrast/high/?next=/o-projekcie/")

    assert response.status_code == 302
    assert response["Location"] == "/o-projekcie/"
    cookie = response.cookies["contrast"]
    assert cookie.value == "high"
    assert cookie["max-age"] == 365 * 24 * 60 * 60
    assert cookie["samesite"] == "Lax"


def test_chosen_contrast_and_text_size_are_rendered_on_every_page(client):
    home = make_home_page()
    StandardPageFactory(parent=home, slug="o-projekcie")
    client.cookies["contrast"] = "high"
    client.cookies["text_size"] = "larger"

    html = client.get("/o-projekcie/").content.decode()

    assert '<html lang="pl" class="text-larger contrast-high">' in html
    assert "/display/contrast/normal/" in html


def test_unknown_cookie_values_fall_back_to_the_defaults(client):
    make_home_page()
    client.cookies["contrast"] = "<script>"
    client.cookies["text_size"] = "huge"

    html = client.get("/").content.decode()

    assert '<html lang="pl" class="text-normal">' in html


@pytest.mark.parametrize("url", ["/display/contrast/purple/", "/display/font/large/"])
def test_unknown_preferences_are_not_found(client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/", "javascript:alert(1)"]
)
def test_return_address_never_leaves_the_site(client, next_url):
    response = client.get("/display/text-size/large/", {"next": next_url})
    assert response["Location"] == "/"
