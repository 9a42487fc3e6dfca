import io

import pytest
from wagtail.models import Locale, Workflow

from knowledge_base import demo
from knowledge_base.models import (
    ClusterInitiativePage,
    GoodPracticePage,
    PracticeIndexPage,
)
from knowledge_base.selectors import practices_awaiting_review
from website.demo import load as website_demo_load

pytestmark = pytest.mark.django_db


@pytest.fixture
def tallies():
    website_demo_load(stdout=io.StringIO())
    return {tally.noun: tally for tally in demo.load(stdout=io.StringIO())}


def test_demo_has_practices_initiatives_translations_and_the_workflow(client, tallies):
    polish = GoodPracticePage.objects.filter(locale__language_code="pl")
    assert polish.live().count() >= 30
    english = GoodPracticePage.objects.filter(locale__language_code="en").live()
    assert english.count() >= 5
    initiatives = ClusterInitiativePage.objects.live()
    assert initiatives.count() == 10
    assert set(initiatives.values_list("cluster_type", flat=True)) == {
        "key",
        "subregional",
        "embryonic",
    }
    assert all(page.indicators.count() >= 2 for page in initiatives)
    for url in ("/dobre-praktyki/", "/inicjatywy-klastrowe/", "/en/good-practices/"):
        assert client.get(url).status_code == 200, url
    index = PracticeIndexPage.objects.get(locale=Locale.get_default())
    assert index.get_workflow() == Workflow.objects.get(name="Weryfikacja ekspercka")
    assert index.show_in_menus
    assert len(practices_awaiting_review()) == 2


def test_second_run_creates_nothing(tallies):
    pages = GoodPracticePage.objects.count()

    again = demo.load(stdout=io.StringIO())

    assert all(tally.created == 0 for tally in again)
    assert GoodPracticePage.objects.count() == pages
