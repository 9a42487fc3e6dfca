import pytest
from wagtail.test.utils import WagtailTestUtils  # noqa: F401

from tests.website.factories import (
    SectionIndexPageFactory,
    StandardPageFactory,
    make_home_page,
)

pytestmark = pytest.mark.django_db


def test_home_page_renders_its_title_and_menu(client):
    home = make_home_page(intro="Witamy")
    StandardPageFactory(parent=home, title="O projekcie", show_in_menus=True)
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Witamy" in html
    assert "O projekcie" in html


def test_section_index_lists_its_live_children(client):
    home = make_home_page()
    section = SectionIndexPageFactory(
        parent=home, title="Poziom regionalny", slug="poziom-regionalny"
    )
    StandardPageFactory(parent=section, title="Strategia Rozwoju")
    response = client.get("/poziom-regionalny/")
    assert response.status_code == 200
    assert "Strategia Rozwoju" in response.content.decode()
