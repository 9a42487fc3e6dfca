"""Query time of the site search with 10 000 good practices, per backend this machine
reaches, against a primary-key lookup measured in the same run.

    .venv/bin/python bench/search_latency.py [--practices 10000] [--rounds 5]

What is timed: `site_search` as the API runs it for an anonymous visitor (analysis,
every source searched and counted, the first page ranked, snippets), and
`matching_ids` as the practice index runs it. Target: p95 <= 50 ms on SQLite.
"""

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

# Run as a script, this folder heads sys.path, where bench/http.py would hide the
# standard library's `http` package: the project's root takes its place.
if __name__ == "__main__":
    sys.path.remove(str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.runner import backends, django_setup, run_worker

QUERIES = [
    "klastrów morskich",
    "giełda kooperacyjna",
    "wspolpraca przedsiebiorstw",
    "audyty energetyczne",
    "szkolenia kierowców",
    "magazyn ciepła",
    "laboratorium żywności",
    "kooperacyjbej",
    "marka eksportowa targi",
    "drewno certyfikowane",
    "hodowla alpak",
    "inteligentne specjalizacje",
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _generate(count: int) -> None:
    """`count` published practices with text recombined from the demo's practices,
    written straight into the tables, then indexed in bulk."""
    import io

    from django.core.management import call_command
    from django.db import connection, models
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    from knowledge_base.demo import practices_key, practices_local
    from knowledge_base.models import GoodPracticePage, PracticeIndexPage

    call_command("load_demo_content", stdout=io.StringIO())
    seeds = practices_key.PRACTICES + practices_local.PRACTICES
    index = PracticeIndexPage.objects.get(locale__language_code="pl")
    rng = random.Random(2009)  # noqa: S311 - repeatable data, not secrets
    start = index.get_children().count() + 1
    pages = []
    for number in range(start, start + count):
        first, second = rng.sample(seeds, 2)
        segment = _segment(number)
        page = GoodPracticePage(
            title=f"{first['title']} {number}",
            draft_title=f"{first['title']} {number}",
            slug=f"praktyka-{number}",
            path=index.path + segment,
            depth=index.depth + 1,
            numchild=0,
            url_path=f"{index.url_path}praktyka-{number}/",
            locale_id=index.locale_id,
            live=True,
            summary=first["summary"],
            challenge=second["challenge"],
            solution=first["solution"],
            results=second["results"],
            lessons=first.get("lessons", ""),
            timescale_start=2010 + number % 14,
            timescale_end=None,
            organisation="Organizacja",
            cluster_type=first["cluster_type"],
        )
        models.Model.save(page)
        pages.append(page)
    Page.objects.filter(pk=index.pk).update(numchild=start + count - 1)
    backend = get_search_backend()
    for offset in range(0, len(pages), 500):
        backend.add_bulk(GoodPracticePage, pages[offset : offset + 500])
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # Planner statistics, as autovacuum gives a database that has been
            # running for a while (without them PostgreSQL plans for empty tables).
            cursor.execute("VACUUM ANALYZE")


def _segment(number: int) -> str:
    from wagtail.models import Page

    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
    return text.rjust(Page.steplen, "0")


def _timed(function, rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure(count: int, rounds: int) -> dict:
    django_setup()
    from django.conf import settings
    from django.contrib.auth.models import AnonymousUser

    # The test settings turn off what production keeps between requests; the
    # restricted pages' places (website.restrictions) are kept as in production.
    settings.ROUTE_CACHE_SECONDS = 600
    from wagtail.models import Locale

    from knowledge_base.models import GoodPracticePage
    from knowledge_base.selectors import practices_of_index
    from search.query import analyse_query
    from search.selectors import matching_ids, site_search

    started = time.monotonic()
    _generate(count)
    generated = time.monotonic() - started
    locale = Locale.objects.get(language_code="pl")
    index = GoodPracticePage.objects.first().get_parent()
    practices = practices_of_index(index)
    pks = list(GoodPracticePage.objects.values_list("pk", flat=True))
    rng = random.Random(1)  # noqa: S311 - repeatable choice, not secrets

    def pk_lookup():
        GoodPracticePage.objects.get(pk=rng.choice(pks))

    site, practice_index = [], []
    for text in QUERIES:
        site_search(query=analyse_query(text), user=AnonymousUser(), locale=locale)
        site += _timed(
            lambda text=text: site_search(
                query=analyse_query(text), user=AnonymousUser(), locale=locale
            ),
            rounds,
        )
        practice_index += _timed(
            lambda text=text: matching_ids(text, practices), rounds
        )
    lookup = _timed(pk_lookup, len(site))
    return {
        "practices": GoodPracticePage.objects.count(),
        "generated_s": round(generated, 1),
        "site": site,
        "practice_index": practice_index,
        "pk": lookup,
    }


def report(name: str, data: dict) -> None:
    pk50 = statistics.median(data["pk"])
    print(
        f"{name}: {data['practices']} practices "
        f"(generated and indexed in {data['generated_s']} s)"
    )
    for label, key in (("site search", "site"), ("practice index", "practice_index")):
        p50, p95 = statistics.median(data[key]), percentile(data[key], 0.95)
        print(
            f"    {label:15} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  "
            f"({p50 / pk50:.0f}x a primary-key lookup)"
        )
    pk95 = percentile(data["pk"], 0.95)
    print(f"    {'pk lookup':15} p50 {pk50:6.2f} ms  p95 {pk95:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--worker", action="store_true")
    parser.add_argument("--practices", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.practices, args.rounds)))
        return
    for name, url in backends():
        data = run_worker(
            __file__,
            url,
            "--practices",
            str(args.practices),
            "--rounds",
            str(args.rounds),
        )
        report(name, data)


if __name__ == "__main__":
    main()
