"""`make bench`: the site under gunicorn, measured against a trivial "ok" view in the
same run.

    .venv/bin/python bench/http.py [--duration 10] [--practices 10000] ...

1. A fresh database (PostgreSQL `klastry_bench` when a server answers at
   BENCH_HTTP_POSTGRES_URL, else SQLite under var/bench/) filled by bench/datagen.py.
2. gunicorn with config.settings.bench, 2 workers, on 127.0.0.1 only; `wrk` sends
   16 connections at each page for --duration seconds after a warm-up. First with
   the page cache off (what a page costs to build), then on (what visitors get).
3. Forum writes: 16 posters, each a thread with its own connection, reply at a
   fixed total rate; every acknowledged post must be in the database exactly once.
4. The table goes to stdout and to docs/performance.md (between the bench markers).
"""

import argparse
import json
import os
import re
import secrets
import shutil
import string
import subprocess
import sys
import time
from pathlib import Path

# Run as a script, this file's folder heads sys.path, and its name would hide the
# standard library's `http` package: the project's root takes that place.
if __name__ == "__main__":
    sys.path.remove(str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import forum_writes
from bench.report import machine, report, write_doc
from bench.runner import postgres_reset

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var" / "bench"
LUA_REPORT = Path(__file__).resolve().parent / "wrk_report.lua"
POSTGRES_URL = os.environ.get(
    "BENCH_HTTP_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/klastry_bench"
)
HOST = "127.0.0.1"
SEARCH_PATH = "/api/search/?q=klastr%C3%B3w+morskich"


def database_url() -> str:
    if POSTGRES_URL and postgres_reset(POSTGRES_URL):
        return POSTGRES_URL
    return f"sqlite:///{VAR_DIR / 'bench.sqlite3'}"


def environment(
    url: str, *, page_cache_seconds: int, key: str, data_caches: bool = True
) -> dict[str, str]:
    """`key`: one throw-away SECRET_KEY for the data and every server, since the
    members' sessions are signed when the data is made. Without `data_caches`,
    nothing built for one request is kept for the next: no remembered routes,
    fragments, facet counts, unread counts, terms or restricted pages."""
    kept = "600" if data_caches else "0"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.bench",
        "DATABASE_URL": url,
        "SECRET_KEY": key,
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "VAR_DIR": str(VAR_DIR),
        "PAGE_CACHE_SECONDS": str(page_cache_seconds),
        "ROUTE_CACHE_SECONDS": kept,
        "FRAGMENT_CACHE_SECONDS": kept,
        "FACET_COUNTS_CACHE_SECONDS": kept,
        "UNREAD_COUNT_CACHE_SECONDS": "60" if data_caches else "0",
        # The load comes from one address: the per-address limits would answer 429.
        # The forum's per-member limit stays on (datagen makes 200 posters).
        "SEARCH_RATE_LIMIT": "0",
        "SEARCH_SUGGEST_RATE_LIMIT": "0",
        "REDIS_URL": "",
        "ELASTICSEARCH_URL": "",
        "PYTHONPATH": str(BASE_DIR),
    }


def generate(env: dict[str, str], args) -> dict:
    command = [sys.executable, __file__, "--generate"]
    for name in ("practices", "clusters", "events", "topics", "posts"):
        command += [f"--{name}", str(getattr(args, name))]
    completed = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        command, env=env, cwd=BASE_DIR, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise SystemExit(completed.stderr[-4000:])
    return json.loads(completed.stdout.strip().splitlines()[-1])


class Gunicorn:
    """gunicorn on 127.0.0.1:port for the length of a `with` block."""

    def __init__(self, env: dict[str, str], port: int, workers: int = 2):
        self.env, self.port, self.workers = env, port, workers
        self.process = None

    def __enter__(self):
        command = [
            str(BASE_DIR / ".venv" / "bin" / "gunicorn"),
            "config.wsgi:application",
            f"--bind={HOST}:{self.port}",
            f"--workers={self.workers}",
            "--log-level=warning",
        ]
        self.process = subprocess.Popen(command, env=self.env, cwd=BASE_DIR)  # noqa: S603
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if _status(f"http://{HOST}:{self.port}/bench/ok") == 200:
                return self
            time.sleep(0.5)
        self.__exit__()
        raise SystemExit("gunicorn did not answer within 60 s")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)

    def worker_rss_mb(self) -> list[float]:
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        sizes = []
        for child in children:
            status = Path(f"/proc/{child}/status").read_text()
            kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
            sizes.append(round(kb / 1024, 1))
        return sizes


def _status(url: str, cookie: str = "") -> int:
    """The status of one GET, redirects not followed (a signed-out member would
    otherwise measure the login page)."""
    import http.client
    import urllib.parse

    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request(
            "GET", f"{parts.path}?{parts.query}", headers={"Cookie": cookie}
        )
        return connection.getresponse().status
    except OSError:
        return 0
    finally:
        connection.close()


def wrk(url: str, *, duration: int, cookie: str = "", connections: int = 16) -> dict:
    command = [
        "wrk",
        "--threads=2",
        f"--connections={connections}",
        f"--duration={duration}s",
        "--timeout=10s",
        f"--script={LUA_REPORT}",
        url,
    ]
    if cookie:
        command[1:1] = ["--header", f"Cookie: {cookie}"]
    completed = subprocess.run(  # noqa: S603 - fixed tool, our own arguments
        command, capture_output=True, text=True, check=True
    )
    line = next(x for x in completed.stdout.splitlines() if x.startswith("JSON "))
    figures = json.loads(line[5:])
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    return figures


def measure(port: int, pages: list[tuple], duration: int) -> dict:
    """{name: figures} for (name, path, cookie[, connections]) pages, the baseline
    first."""
    results = {}
    for name, path, cookie, *connections in pages:
        url = f"http://{HOST}:{port}{path}"
        status = _status(url, cookie)
        if status != 200:
            raise SystemExit(f"{name}: {url} answered {status}")
        wrk(url, duration=2, cookie=cookie)  # warm-up: caches, connections
        results[name] = (
            wrk(url, duration=duration, cookie=cookie, connections=connections[0])
            if connections
            else wrk(url, duration=duration, cookie=cookie)
        )
        print(f"  {name:28} {results[name]['rps']:8.0f} req/s", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--generate", action="store_true")
    parser.add_argument("--practices", type=int, default=10_000)
    parser.add_argument("--clusters", type=int, default=200)
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--topics", type=int, default=2_000)
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--no-doc", action="store_true")
    parser.add_argument(
        "--write-rate",
        type=int,
        default=100,
        help="posts/s the paced forum-write run offers (the target's 100)",
    )
    parser.add_argument(
        "--reuse-data",
        action="store_true",
        help="measure again on the database the last run generated",
    )
    args = parser.parse_args()
    if args.generate:
        import django

        django.setup()
        from bench.datagen import generate as datagen_generate

        print(json.dumps(datagen_generate(args)))
        return
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: `make bench` installs it (apt).")
    saved = VAR_DIR / "data.json"
    if args.reuse_data and saved.exists():
        data = json.loads(saved.read_text())
        url = data["database_url"]
        shutil.rmtree(VAR_DIR / "cache", ignore_errors=True)
        print(f"Reusing the data of the last run ({url.split(':')[0]})", flush=True)
    else:
        shutil.rmtree(VAR_DIR, ignore_errors=True)
        VAR_DIR.mkdir(parents=True)
        url = database_url()
        key = "".join(
            secrets.choice(string.ascii_letters + string.digits) for _ in range(64)
        )
        started = time.monotonic()
        print(f"Generating the data ({url.split(':')[0]})...", flush=True)
        data = generate(environment(url, page_cache_seconds=0, key=key), args)
        data["timings"]["total"] = round(time.monotonic() - started, 1)
        data["database_url"], data["key"] = url, key
        saved.write_text(json.dumps(data))
        print(f"  done: {data['timings']} s", flush=True)
    run = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "command": "make bench  (.venv/bin/python bench/http.py "
        + " ".join(sys.argv[1:])
        + ")",
        "machine": machine(),
        "database": "PostgreSQL" if url.startswith("postgres") else "SQLite",
        "counts": data["counts"],
        "timings": data["timings"],
        "duration": args.duration,
    }
    urls = data["urls"]
    member = f"sessionid={data['sessions'][0]}"
    topic = f"/forum/temat/{data['topic_ids'][len(data['topic_ids']) // 2]}/"
    baseline = ("baseline: ok view", "/bench/ok", "")
    print("Page cache off:", flush=True)
    env = environment(url, page_cache_seconds=0, key=data["key"])
    with Gunicorn(env, args.port) as server:
        run["uncached"] = measure(
            args.port,
            [
                baseline,
                ("strategy page", urls["strategy"], ""),
                ("practice index, 2 facets", urls["practice_index"], ""),
                ("forum topic (member)", topic, member),
                # Two connections: what one request costs without waiting in line.
                ("practice index, 2 connections", urls["practice_index"], "", 2),
                ("forum topic, 2 connections", topic, member, 2),
            ],
            args.duration,
        )
        print("Forum writes:", flush=True)
        run["writes"] = forum_writes.run(
            port=args.port,
            database_url=url,
            topic_ids=data["topic_ids"],
            sessions=data["sessions"],
            rate=args.write_rate,
        )
        run["writes"]["database"] = run["database"]
    print("Every cache off:", flush=True)
    env = environment(url, page_cache_seconds=0, key=data["key"], data_caches=False)
    with Gunicorn(env, args.port) as server:
        run["cold"] = measure(
            args.port,
            [
                baseline,
                ("strategy page", urls["strategy"], ""),
                ("practice index, 2 facets", urls["practice_index"], ""),
                ("forum topic (member)", topic, member),
            ],
            args.duration,
        )
    print("Page cache on:", flush=True)
    env = environment(url, page_cache_seconds=600, key=data["key"])
    with Gunicorn(env, args.port) as server:
        run["cached"] = measure(
            args.port,
            [
                baseline,
                ("home", urls["home"], ""),
                ("strategy page", urls["strategy"], ""),
                ("practice index, 2 facets", urls["practice_index"], ""),
                ("practice page", urls["practice"], ""),
                (
                    "search API, Polish query",
                    "/api/search/?q=klastr%C3%B3w+morskich",
                    "",
                ),
                ("event index", urls["events"], ""),
                ("forum topic (member)", topic, member),
            ],
            args.duration,
        )
        run["rss"] = server.worker_rss_mb()
    text = report(run)
    print()
    print(text)
    if not args.no_doc:
        write_doc(text)
        print("\nWritten to docs/performance.md")


if __name__ == "__main__":
    main()
