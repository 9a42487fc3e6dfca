"""Search over the demo content: inflected and diacritics-free Polish finds the
right pages (a representative subset of bench/search_queries.py)."""

import io

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

QUERIES = [
    ("klastrów morskich", "Klaster Technologii Morskich i Offshore „Zatoka”"),
    (
        "giełdy kooperacyjnej",
        "Giełda kooperacyjna dostawców dla morskich farm wiatrowych",
    ),
    (
        "gielda kooperacyjna",
        "Giełda kooperacyjna dostawców dla morskich farm wiatrowych",
    ),
    (
        "spoldzielnia energetyczna",
        "Spółdzielnia energetyczna gmin i firm członkowskich",
    ),
    ("wózkami widłowymi", "Wspólne szkolenia kierowców i operatorów wózków widłowych"),
    ("kooperacyjbej", "Giełda kooperacyjna dostawców dla morskich farm wiatrowych"),
]


def test_demo_content_is_found_by_inflected_and_diacritics_free_queries(client):
    call_command("load_demo_content", stdout=io.StringIO())

    misses = []
    for query, title in QUERIES:
        results = client.get("/api/search/", {"q": query}).json()["results"]
        if title not in [hit["title"] for hit in results[:3]]:
            misses.append((query, [hit["title"] for hit in results[:3]]))
    assert misses == []
    # A draft awaiting review is never found.
    assert client.get("/api/search/", {"q": "cyfrowego bliźniaka"}).json()["total"] == 0
