import datetime

import pytest

from tests.website.factories import AccessibilityDeclarationPageFactory, make_home_page

pytestmark = pytest.mark.django_db


def test_declaration_shows_the_fields_the_law_asks_for(client):
    page = AccessibilityDeclarationPageFactory(
        parent=make_home_page(),
        slug="deklaracja-dostepnosci",
        publication_date=datetime.date(2026, 3, 12),
        update_date=datetime.date(2026, 10, 1),
        prepared_on=datetime.date(2026, 3, 1),
        reviewed_on=datetime.date(2026, 11, 2),
        compliance_status="partial",
    )

    html = client.get(page.url).content.decode()

    assert "Ta strona internetowa jest częściowo zgodna z ustawą" in html
    assert '<time datetime="2026-03-12">12 marca 2026</time>' in html
    assert '<time datetime="2026-10-01">1 października 2026</time>' in html
    assert "Część dokumentów PDF nie ma struktury." in html
    assert "Anna Kowalska" in html
    assert 'href="mailto:dostepnosc@example.org"' in html
    assert "Rzecznika Praw Obywatelskich" in html
    assert "Procedura odwoławcza" in html
