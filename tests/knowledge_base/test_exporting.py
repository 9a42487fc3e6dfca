import csv
import io
import json

import pytest
from django.core.management import call_command
from django.utils import translation

from knowledge_base.models import GoodPracticePage
from knowledge_base.records import FORMAT_FIELDS, PracticeContent
from tests.knowledge_base.factories import (
    ClusterInitiativePageFactory,
    FundingSourceFactory,
    GoodPracticePageFactory,
    SectorFactory,
    SubregionFactory,
    TopicFactory,
)


@pytest.fixture
def practices(practice_index, cluster_index):
    networking = TopicFactory(slug="sieciowanie")
    training = TopicFactory(slug="szkolenia")
    ict = SectorFactory(slug="ict")
    initiative = ClusterInitiativePageFactory(
        parent=cluster_index, slug="latarnia", cluster_type="key"
    )
    first = GoodPracticePageFactory(
        parent=practice_index,
        external_id="x-1",
        title="Żółte łodzie – „cudzysłów”, przecinek; średnik",
        summary="Wiersz pierwszy\nwiersz drugi",
        cluster_initiative=initiative,
        organisation="",
        topics=[networking, training],
        sector=ict,
        subregion=SubregionFactory(slug="slupski"),
        funding=FundingSourceFactory(slug="fep"),
        timescale_end=None,
    )
    second = GoodPracticePageFactory(
        parent=practice_index,
        external_id="x-2",
        cluster_type="embryonic",
        lessons="<b>nie HTML</b>",
        topics=[training],
    )
    return [first, second]


def snapshot() -> dict:
    return {
        practice.external_id: (PracticeContent.of(practice), practice.live)
        for practice in GoodPracticePage.objects.all()
    }


def test_export_then_import_gives_identical_field_values(client, tmp_path, practices):
    before = snapshot()
    export = client.get("/dobre-praktyki/eksport/jsonl/")
    path = tmp_path / "export.jsonl"
    path.write_bytes(export.content)
    GoodPracticePage.objects.all().delete()

    call_command("import_practices", str(path), stdout=io.StringIO())

    assert snapshot() == before


def test_reimporting_an_export_changes_nothing(client, tmp_path, practices):
    path = tmp_path / "export.jsonl"
    path.write_bytes(client.get("/dobre-praktyki/eksport/jsonl/").content)
    out = io.StringIO()

    call_command("import_practices", str(path), stdout=out)

    assert "created 0, updated 0, unchanged 2" in out.getvalue()


def test_jsonl_export_has_one_practice_per_line_in_the_import_format(client, practices):
    response = client.get("/dobre-praktyki/eksport/jsonl/")

    records = [json.loads(line) for line in response.content.decode().splitlines()]
    assert [tuple(record) for record in records] == [FORMAT_FIELDS, FORMAT_FIELDS]
    assert response["Content-Disposition"].startswith("attachment;")


def test_export_follows_the_filters_of_the_list(client, practices):
    response = client.get("/dobre-praktyki/eksport/jsonl/?sector=ict")

    records = [json.loads(line) for line in response.content.decode().splitlines()]
    assert [record["external_id"] for record in records] == ["x-1"]


def test_csv_is_for_polish_excel_bom_semicolons_and_polish_letters(client, practices):
    response = client.get("/dobre-praktyki/eksport/csv/?sort=title")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")
    text = content.removeprefix("\ufeff")
    assert text.splitlines()[0].startswith("external_id;")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    titles = {row["external_id"]: row["title"] for row in rows}
    assert titles["x-1"] == "Żółte łodzie – „cudzysłów”, przecinek; średnik"
    topics = {row["external_id"]: row["topics"] for row in rows}
    assert topics["x-1"] == "sieciowanie, szkolenia"


def test_export_leaves_out_drafts_and_contacts(client, practice_index, practices):
    GoodPracticePageFactory(parent=practice_index, external_id="draft", live=False)
    GoodPracticePage.objects.filter(external_id="x-2").update(
        contact_email="tajny@example.org"
    )

    content = client.get("/dobre-praktyki/eksport/jsonl/").content.decode()

    assert "draft" not in content
    assert "tajny@example.org" not in content


def test_export_addresses_follow_the_language(practice_index):
    with translation.override("pl"):
        assert practice_index.reverse_subpage("export_csv") == "eksport/csv/"
    with translation.override("en"):
        assert practice_index.reverse_subpage("export_csv") == "export/csv/"
        assert practice_index.reverse_subpage("export_jsonl") == "export/jsonl/"
        assert practice_index.resolve_subpage("/export/csv/").url_name == "export_csv"
