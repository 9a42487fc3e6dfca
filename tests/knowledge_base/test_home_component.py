from django.template import Context, Template
from django.test import RequestFactory

from knowledge_base.selectors import latest_practices
from tests.knowledge_base.factories import GoodPracticePageFactory


def test_latest_practices_are_the_last_published(practice_index):
    for title in ("Pierwsza", "Druga", "Trzecia", "Czwarta"):
        GoodPracticePageFactory(parent=practice_index, title=title)

    assert [p.title for p in latest_practices(3)] == ["Czwarta", "Trzecia", "Druga"]


def test_component_lists_the_practices_and_links_to_the_knowledge_base(
    practice_index,
):
    GoodPracticePageFactory(parent=practice_index, title="Najnowsza praktyka")
    request = RequestFactory().get("/")

    html = Template("{% load knowledge_base_tags %}{% latest_practices 3 %}").render(
        Context({"request": request})
    )

    assert "Najnowsza praktyka" in html
    assert 'href="/dobre-praktyki/"' in html
