import io

import pytest
from django.core.management import CommandError, call_command

from knowledge_base.models import GoodPracticePage, Topic
from tests.knowledge_base.factories import (
    ClusterInitiativePageFactory,
    FundingSourceFactory,
    SectorFactory,
    SubregionFactory,
    TopicFactory,
)
from tests.knowledge_base.records import jsonl_write, practice_line


@pytest.fixture
def terms(db):
    TopicFactory(slug="sieciowanie", name_pl="Sieciowanie")
    TopicFactory(slug="doradztwo", name_pl="Doradztwo")
    SectorFactory(slug="ict", name_pl="ICT")
    SubregionFactory(slug="slupski", name_pl="Subregion słupski")
    FundingSourceFactory(slug="srodki-wlasne", name_pl="Środki własne")


def import_practices(path, *options) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_practices", str(path), *options, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def failed_import(path, *options) -> str:
    err = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command(
            "import_practices", str(path), *options, stdout=io.StringIO(), stderr=err
        )
    assert failure.value.returncode == 1
    return err.getvalue()


def test_good_file_creates_published_practices_under_the_index(
    tmp_path, practice_index, terms
):
    path = jsonl_write(
        tmp_path / "p.jsonl",
        [practice_line(), practice_line(external_id="pk-002", title="Druga")],
    )

    out, _ = import_practices(path)

    practices = GoodPracticePage.objects.child_of(practice_index).live()
    assert sorted(practices.values_list("title", flat=True)) == [
        "Druga",
        "Giełda kooperacyjna",
    ]
    assert "created 2, updated 0, unchanged 0" in out


def test_imported_practice_has_every_field_of_its_line(tmp_path, practice_index, terms):
    import_practices(jsonl_write(tmp_path / "p.jsonl", [practice_line()]))

    practice = GoodPracticePage.objects.get(external_id="pk-001")
    assert practice.slug == "gielda-kooperacyjna"
    assert practice.challenge == "Firmy się nie znały."
    assert (practice.timescale_start, practice.timescale_end) == (2021, 2023)
    assert [topic.slug for topic in practice.topics.all()] == ["sieciowanie"]
    assert (practice.sector.slug, practice.subregion.slug) == ("ict", "slupski")
    assert practice.funding.slug == "srodki-wlasne"


def test_reimport_updates_changed_practices_without_duplicates(
    tmp_path, practice_index, terms
):
    first = [practice_line(), practice_line(external_id="pk-002", title="Druga")]
    import_practices(jsonl_write(tmp_path / "a.jsonl", first))
    second = [
        practice_line(results="Podpisano 9 umów.", topics=["doradztwo"]),
        practice_line(external_id="pk-002", title="Druga"),
    ]

    out, _ = import_practices(jsonl_write(tmp_path / "b.jsonl", second))

    assert GoodPracticePage.objects.count() == 2
    practice = GoodPracticePage.objects.get(external_id="pk-001")
    assert practice.results == "Podpisano 9 umów."
    assert [topic.slug for topic in practice.topics.all()] == ["doradztwo"]
    assert "created 0, updated 1, unchanged 1" in out


def test_unchanged_practice_gets_no_new_revision(tmp_path, practice_index, terms):
    path = jsonl_write(tmp_path / "p.jsonl", [practice_line()])
    import_practices(path)
    practice = GoodPracticePage.objects.get(external_id="pk-001")
    revisions = practice.revisions.count()

    import_practices(path)

    assert practice.revisions.count() == revisions


def test_published_false_imports_a_draft(tmp_path, practice_index, terms):
    import_practices(
        jsonl_write(tmp_path / "p.jsonl", [practice_line(published=False)])
    )

    assert not GoodPracticePage.objects.get(external_id="pk-001").live


BAD_LINES = [
    ("{not json", "json"),
    ('["a list"]', "json"),
    (practice_line(external_id="pk-003", title=""), "title"),
    (practice_line(external_id="pk-004", summary=12), "summary"),
    (practice_line(external_id="pk-005", timescale_start="2020"), "timescale_start"),
    (practice_line(external_id="pk-006", timescale_start=1850), "timescale_start"),
    (practice_line(external_id="pk-007", timescale_end=2010), "timescale_end"),
    (practice_line(external_id="pk-008", cluster_type="mega"), "cluster_type"),
    (practice_line(external_id="pk-009", topics="sieciowanie"), "topics"),
    (practice_line(external_id="pk-010", topics=["nieznany-temat"]), "topics"),
    (practice_line(external_id="pk-011", sector="kosmos"), "sector"),
    (practice_line(external_id="pk-012", subregion="mazowsze"), "subregion"),
    (practice_line(external_id="pk-013", funding="loteria"), "funding"),
    (practice_line(external_id="pk-014", published="yes"), "published"),
    (practice_line(external_id="pk-015", colour="red"), "colour"),
    (practice_line(external_id="pk-016", organisation=""), "organisation"),
    (practice_line(external_id="pk-017", initiative="nie-ma-takiego"), "initiative"),
    (practice_line(external_id="pk-018", language="de"), "language"),
    (practice_line(external_id="pk-019", title="x" * 256), "title"),
    (practice_line(), "external_id"),  # the same external_id as the good line 1
]


def test_every_bad_line_is_reported_with_its_number_and_nothing_is_written(
    tmp_path, practice_index, terms
):
    lines = [practice_line()] + [line for line, _field in BAD_LINES]
    path = jsonl_write(tmp_path / "bad.jsonl", lines)
    pages_before = GoodPracticePage.objects.count()

    errors = failed_import(path)

    for number, (_line, field) in enumerate(BAD_LINES, start=2):
        assert f"line {number}: {field}: " in errors, (number, field, errors)
    assert "line 1:" not in errors
    assert GoodPracticePage.objects.count() == pages_before == 0


def test_a_bad_line_stops_updates_of_the_good_ones_too(tmp_path, practice_index, terms):
    import_practices(jsonl_write(tmp_path / "a.jsonl", [practice_line()]))
    lines = [
        practice_line(title="Nowy tytuł"),
        practice_line(external_id="x", sector="?"),
    ]

    failed_import(jsonl_write(tmp_path / "b.jsonl", lines))

    assert GoodPracticePage.objects.get(external_id="pk-001").title == (
        "Giełda kooperacyjna"
    )


def test_dry_run_checks_and_reports_but_writes_nothing(tmp_path, practice_index, terms):
    path = jsonl_write(tmp_path / "p.jsonl", [practice_line()])

    out, _ = import_practices(path, "--dry-run")

    assert "created 1, updated 0, unchanged 0" in out
    assert "nothing written" in out
    assert not GoodPracticePage.objects.exists()


def test_dry_run_reports_errors_like_a_real_import(tmp_path, practice_index, terms):
    path = jsonl_write(tmp_path / "p.jsonl", [practice_line(sector="kosmos")])

    errors = failed_import(path, "--dry-run")

    assert "line 1: sector: " in errors


def test_create_missing_adds_unknown_terms(tmp_path, practice_index, terms):
    line = practice_line(topics=["nowy-temat"], sector="kosmos")

    out, _ = import_practices(
        jsonl_write(tmp_path / "p.jsonl", [line]), "--create-missing"
    )

    practice = GoodPracticePage.objects.get(external_id="pk-001")
    assert practice.sector.slug == "kosmos"
    assert Topic.objects.get(slug="nowy-temat").name_pl == "Nowy temat"
    assert "nowy-temat" in out


def test_dry_run_with_create_missing_creates_no_terms(tmp_path, practice_index, terms):
    line = practice_line(topics=["nowy-temat"])

    import_practices(
        jsonl_write(tmp_path / "p.jsonl", [line]), "--create-missing", "--dry-run"
    )

    assert not Topic.objects.filter(slug="nowy-temat").exists()


def test_practice_linked_to_an_initiative_takes_its_cluster_type(
    tmp_path, practice_index, cluster_index, terms
):
    ClusterInitiativePageFactory(
        parent=cluster_index, slug="siec-wisla", cluster_type="embryonic"
    )
    line = practice_line(initiative="siec-wisla", organisation="", cluster_type="")

    import_practices(jsonl_write(tmp_path / "p.jsonl", [line]))

    practice = GoodPracticePage.objects.get(external_id="pk-001")
    assert practice.cluster_initiative.slug == "siec-wisla"
    assert practice.cluster_type == "embryonic"


def test_cluster_type_that_contradicts_the_initiative_is_an_error(
    tmp_path, practice_index, cluster_index, terms
):
    ClusterInitiativePageFactory(
        parent=cluster_index, slug="siec-wisla", cluster_type="embryonic"
    )
    line = practice_line(initiative="siec-wisla", cluster_type="key")

    errors = failed_import(jsonl_write(tmp_path / "p.jsonl", [line]))

    assert "line 1: cluster_type: " in errors


def test_html_in_text_fields_is_shown_as_text(client, tmp_path, practice_index, terms):
    line = practice_line(challenge='<script>alert("x")</script><b>gruby</b>')
    import_practices(jsonl_write(tmp_path / "p.jsonl", [line]))

    html = client.get(GoodPracticePage.objects.get().url).content.decode()

    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;gruby" in html


def test_no_progress_bar_when_the_output_is_not_a_terminal(
    tmp_path, practice_index, terms
):
    out, _ = import_practices(jsonl_write(tmp_path / "p.jsonl", [practice_line()]))

    assert "[" not in out


def test_missing_file_is_a_clear_error(tmp_path, practice_index):
    with pytest.raises(CommandError, match="Cannot read"):
        import_practices(tmp_path / "missing.jsonl")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal(tmp_path, practice_index, terms):
    out = Terminal()
    lines = [practice_line(), practice_line(external_id="pk-002", title="Druga")]

    call_command(
        "import_practices", str(jsonl_write(tmp_path / "p.jsonl", lines)), stdout=out
    )

    assert "] 2/2" in out.getvalue()


def test_line_in_english_creates_the_translation(
    tmp_path, practice_index, english_practice_index, terms
):
    lines = [
        practice_line(),
        practice_line(language="en", title="Matchmaking", summary="Meetings."),
    ]

    out, _ = import_practices(jsonl_write(tmp_path / "p.jsonl", lines))

    polish = GoodPracticePage.objects.get(external_id="pk-001")
    english = polish.get_translation(english_practice_index.locale)
    assert english.title == "Matchmaking"
    assert english.live
    assert english.get_parent().id == english_practice_index.id
    assert "created 2" in out


def test_translation_of_an_unknown_practice_is_an_error(
    tmp_path, practice_index, english_practice_index, terms
):
    line = practice_line(language="en", title="Matchmaking")

    errors = failed_import(jsonl_write(tmp_path / "p.jsonl", [line]))

    assert "line 1: external_id: " in errors
