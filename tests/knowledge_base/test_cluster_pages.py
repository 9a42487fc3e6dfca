import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from knowledge_base.models import ClusterInitiativePage
from tests.knowledge_base.factories import (
    ClusterInitiativePageFactory,
    SectorFactory,
    SubregionFactory,
    indicator_add,
)


@pytest.fixture
def zatoka(cluster_index):
    initiative = ClusterInitiativePageFactory(
        parent=cluster_index,
        title="Klaster Zatoka",
        contact_email="biuro@zatoka.example.org",
    )
    indicator_add(initiative, 2021, enterprises=30, research_institutions=4)
    indicator_add(initiative, 2022, enterprises=41, research_institutions=5)
    return initiative


def test_cluster_page_shows_indicators_as_a_table_and_a_chart(client, zatoka):
    html = BeautifulSoup(client.get(zatoka.url).content, "html.parser")

    rows = [
        [cell.get_text(strip=True) for cell in row.select("th, td")]
        for row in html.select("table.kb-indicators tbody tr")
    ]
    assert rows[1][:4] == ["2022", "48", "41", "5"]
    chart = html.select_one("figure.kb-chart svg")
    assert chart["role"] == "img"
    assert html.find(id=chart["aria-labelledby"]).name == "title"
    assert html.find(id=chart["aria-describedby"]).name == "desc"
    assert re.search(r"36\D+2021\D+48\D+2022", chart.find("desc").text)
    assert len(chart.select("g.kb-chart__bar")) == 2


def test_chart_coordinates_are_plain_numbers_in_every_language(client, zatoka):
    html = client.get("/" + zatoka.url.lstrip("/"), HTTP_ACCEPT_LANGUAGE="pl").content

    svg = BeautifulSoup(html, "html.parser").select_one("svg.kb-chart__svg")
    for rect in svg.select("rect"):
        assert re.fullmatch(r"[\d.]+", rect["y"]), rect


def test_cluster_contact_is_for_members_only(client, zatoka):
    assert "biuro@zatoka.example.org" not in client.get(zatoka.url).content.decode()


@pytest.fixture
def initiatives(cluster_index):
    ict, energy = SectorFactory(slug="ict"), SectorFactory(slug="energia")
    north = SubregionFactory(slug="slupski")
    rows = [
        ("A", "key", [ict], north),
        ("B", "key", [ict, energy], None),
        ("C", "embryonic", [energy], north),
        ("D", "subregional", [], None),
    ]
    for title, cluster_type, sectors, subregion in rows:
        ClusterInitiativePageFactory(
            parent=cluster_index,
            title=title,
            cluster_type=cluster_type,
            sectors=sectors,
            subregion=subregion,
        )


def test_cluster_index_filters_by_type_sector_and_subregion_with_counts(
    client, initiatives
):
    response = client.get("/inicjatywy-klastrowe/?sector=energia&cluster_type=key")

    listing = response.context["listing"]
    assert [page.title for page in listing.page.object_list] == ["B"]
    facets = {
        facet.name: {option.value: option.count for option in facet.options}
        for facet in listing.faceted.facets
    }
    assert facets["cluster_type"] == {"key": 1, "subregional": 0, "embryonic": 1}
    assert facets["sector"] == {"energia": 1, "ict": 2}
    assert facets["subregion"] == {"slupski": 0}


def test_cluster_index_query_count_does_not_grow(client, cluster_index, initiatives):
    url = "/inicjatywy-klastrowe/?cluster_type=key&cluster_type=embryonic"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(20):
        ClusterInitiativePageFactory(
            parent=cluster_index,
            title=f"Klaster {number}",
            cluster_type="key",
            sectors=SectorFactory.create_batch(2),
        )
    assert ClusterInitiativePage.objects.count() == 24

    with CaptureQueriesContext(connection) as many:
        client.get(url)

    assert len(many.captured_queries) == len(few.captured_queries)
