"""The practice list as files: JSON Lines in the import format (an export imports
back unchanged) and CSV for spreadsheets, UTF-8 with a byte-order mark so that Excel
reads Polish letters, and semicolons between columns: Excel set to Polish takes the
comma for the decimal point and splits columns on the semicolon only."""

import csv
import io
import json

from django.conf import settings
from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils import timezone

from knowledge_base.models import GoodPracticePage
from knowledge_base.records import FORMAT_FIELDS, PracticeContent

CSV_DELIMITER = ";"
CSV_LIST_SEPARATOR = ", "


def practice_records(practices: QuerySet) -> list[dict]:
    """A record per practice, in the import format. A translation carries the
    external_id of the practice it translates, and its language."""
    practices = list(practices)
    originals = _original_ids(practices)
    return [
        PracticeContent.of(practice).record(
            external_id=practice.external_id
            or originals.get(practice.translation_key, ""),
            language=practice.locale.language_code,
            published=practice.live,
        )
        for practice in practices
    ]


def _original_ids(practices: list[GoodPracticePage]) -> dict:
    keys = [
        practice.translation_key for practice in practices if not practice.external_id
    ]
    if not keys:
        return {}
    return dict(
        GoodPracticePage.objects.filter(
            translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE
        ).values_list("translation_key", "external_id")
    )


def jsonl_response(practices: QuerySet) -> HttpResponse:
    lines = (
        json.dumps(record, ensure_ascii=False) + "\n"
        for record in practice_records(practices)
    )
    response = HttpResponse(
        "".join(lines), content_type="application/jsonl; charset=utf-8"
    )
    return _attachment(response, "jsonl")


def csv_response(practices: QuerySet) -> HttpResponse:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=CSV_DELIMITER)
    writer.writerow(FORMAT_FIELDS)
    for record in practice_records(practices):
        writer.writerow(_csv_value(record[name]) for name in FORMAT_FIELDS)
    response = HttpResponse(
        "\ufeff" + text.getvalue(), content_type="text/csv; charset=utf-8"
    )
    return _attachment(response, "csv")


def _csv_value(value) -> str:
    if isinstance(value, list):
        return CSV_LIST_SEPARATOR.join(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _attachment(response: HttpResponse, extension: str) -> HttpResponse:
    date = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="dobre-praktyki-{date}.{extension}"'
    )
    return response
