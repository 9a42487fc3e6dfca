"""Import-file lines for the tests, valid unless a test changes them."""

import json
from pathlib import Path


def practice_line(**changes) -> dict:
    record = {
        "external_id": "pk-001",
        "title": "Giełda kooperacyjna",
        "summary": "Spotkania dostawców i odbiorców.",
        "challenge": "Firmy się nie znały.",
        "solution": "Zorganizowano giełdę.",
        "results": "Podpisano 7 umów.",
        "resources": "Koordynator.",
        "lessons": "Przygotować spotkania wcześniej.",
        "transferability": "Każda branża.",
        "timescale_start": 2021,
        "timescale_end": 2023,
        "organisation": "Stowarzyszenie Zatoka",
        "cluster_type": "key",
        "topics": ["sieciowanie"],
        "sector": "ict",
        "subregion": "slupski",
        "funding": "srodki-wlasne",
    }
    record.update(changes)
    return record


def jsonl_write(path: Path, records: list) -> Path:
    lines = [
        record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)
        for record in records
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
