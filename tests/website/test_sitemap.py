import pytest
from wagtail.models import PageViewRestriction

from tests.website.factories import StandardPageFactory, make_home_page

pytestmark = pytest.mark.django_db


def test_sitemap_lists_public_pages_and_hides_restricted_ones(client):
    home = make_home_page()
    StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    restricted = StandardPageFactory(parent=home, title="Tajne", slug="dla-czlonkow")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")

    response = client.get("/sitemap.xml")

    xml = response.content.decode()
    assert response.status_code == 200
    assert "/o-projekcie/</loc>" in xml
    assert "dla-czlonkow" not in xml
