"""Relevance of the site search over the demo content: recall@10 and MRR of the
labelled queries in bench/search_queries.py, per backend this machine reaches.

    .venv/bin/python bench/search_quality.py [-v]

Targets: recall@10 >= 0.95, MRR >= 0.85. A query with no answer counts as found
(and ranked first) when the search returns nothing.
"""

import io
import json
import sys
import time
from pathlib import Path

# Run as a script, this folder heads sys.path, where bench/http.py would hide the
# standard library's `http` package: the project's root takes its place.
if __name__ == "__main__":
    sys.path.remove(str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.runner import backends, django_setup, run_worker
from bench.search_queries import QUERIES

TOP = 10


def measure() -> dict:
    django_setup()
    from django.contrib.auth.models import AnonymousUser
    from django.core.management import call_command
    from wagtail.models import Locale

    from search.query import analyse_query
    from search.selectors import site_search

    call_command("load_demo_content", stdout=io.StringIO())
    call_command("update_index", stdout=io.StringIO())
    locale = Locale.objects.get(language_code="pl")
    rows = []
    for text, expected in QUERIES:
        results = site_search(
            query=analyse_query(text),
            user=AnonymousUser(),
            locale=locale,
            per_page=TOP,
        )
        titles = [hit.title for hit in results.hits]
        if expected:
            ranks = [titles.index(title) + 1 for title in expected if title in titles]
            rank = min(ranks, default=0)
        else:
            rank = 1 if not titles else 0
        rows.append({"query": text, "rank": rank, "top": titles[:3]})
    return {"rows": rows}


def report(name: str, data: dict, *, verbose: bool) -> None:
    rows = data["rows"]
    recall = sum(1 for row in rows if row["rank"]) / len(rows)
    mrr = sum(1 / row["rank"] for row in rows if row["rank"]) / len(rows)
    print(f"{name}: {len(rows)} queries, recall@{TOP} = {recall:.3f}, MRR = {mrr:.3f}")
    for row in rows:
        if verbose or row["rank"] != 1:
            print(f"    rank {row['rank'] or '-'}: {row['query']!r} -> {row['top']}")


def main() -> None:
    if "--worker" in sys.argv:
        print(json.dumps(measure()))
        return
    verbose = "-v" in sys.argv
    for name, url in backends():
        started = time.monotonic()
        data = run_worker(__file__, url)
        report(name, data, verbose=verbose)
        print(f"    ({time.monotonic() - started:.0f} s with loading the demo content)")


if __name__ == "__main__":
    main()
