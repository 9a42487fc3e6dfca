"""Instructions per request: what one page costs the Python process, counted by
valgrind (`cachegrind`), which counts the same on a busy or a slow machine, unlike
requests per second.

    .venv/bin/python bench/instructions.py [--requests 20] [page ...]

Needs the data of a `make bench` run (var/bench/data.json) and valgrind (Debian's
package). Each page runs in a process of its own under the bench settings (the page
cache off, the other caches on, as in bench/http.py): warmed with 20 requests, then
the same process is counted with and without `--requests` more; the difference,
divided by their number, is one request. The forum topic is read by a signed-in
member. Not part of `make test`.
"""

import argparse
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.remove(str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.http import BASE_DIR, HOST, VAR_DIR, environment

WARM_UP = 20
PAGES = ("topic", "practice_index", "strategy")


def _request(application, path: str, cookie: str) -> int:
    path, _, query = path.partition("?")
    statuses = []
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": HOST,
        "SERVER_PORT": "80",
        "HTTP_HOST": HOST,
        "HTTP_COOKIE": cookie,
        "wsgi.input": io.BytesIO(),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
    }
    b"".join(application(environ, lambda status, headers: statuses.append(status)))
    return int(statuses[0].split()[0])


def _child(path: str, cookie: str, requests: int) -> None:
    """Runs under valgrind with the bench environment."""
    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler

    application = WSGIHandler()
    for _ in range(WARM_UP):
        status = _request(application, path, cookie)
        if status != 200:
            raise SystemExit(f"{path} answered {status}")
    for _ in range(requests):
        _request(application, path, cookie)


def _run(env: dict, path: str, cookie: str, requests: int, *, counted: bool):
    command = [sys.executable, __file__, "--child", path, "--cookie", cookie]
    command += ["--requests", str(requests)]
    if counted:
        command[:0] = [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
        ]
    completed = subprocess.run(  # noqa: S603 - fixed tools, our own arguments
        command, env=env, cwd=BASE_DIR, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise SystemExit(completed.stderr[-3000:])
    return completed.stderr


def _per_request(env: dict, path: str, cookie: str, requests: int) -> float:
    """Instructions of one request. A first run, not counted, fills the shared
    cache (routes, fragments, counts): both counted runs then start from the same
    state, and their difference is the requests alone."""
    _run(env, path, cookie, 0, counted=False)
    counts = []
    for number in (0, requests):
        report = _run(env, path, cookie, number, counted=True)
        found = re.search(r"I\s+refs:\s+([\d,]+)", report)
        counts.append(int(found.group(1).replace(",", "")))
    return (counts[1] - counts[0]) / requests


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="*", help=f"any of {', '.join(PAGES)} (all)")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--cookie", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.cookie, args.requests)
        return
    unknown = set(args.pages) - set(PAGES)
    if unknown:
        parser.error(f"unknown pages: {', '.join(sorted(unknown))}")
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is missing: apt-get install valgrind")
    saved = VAR_DIR / "data.json"
    if not saved.exists():
        raise SystemExit("No bench data: run `make bench` first.")
    data = json.loads(saved.read_text())
    env = environment(data["database_url"], page_cache_seconds=0, key=data["key"])
    env["PYTHONHASHSEED"] = "0"  # the same dictionaries, the same count
    topic_ids = data["topic_ids"]
    pages = {
        "topic": (
            f"/forum/temat/{topic_ids[len(topic_ids) // 2]}/",
            f"sessionid={data['sessions'][0]}",
        ),
        "practice_index": (data["urls"]["practice_index"], ""),
        "strategy": (data["urls"]["strategy"], ""),
    }
    for name in args.pages or PAGES:
        path, cookie = pages[name]
        per_request = _per_request(env, path, cookie, args.requests)
        print(f"{name:16} {per_request / 1e6:6.1f} M instructions/request  {path}")


if __name__ == "__main__":
    main()
