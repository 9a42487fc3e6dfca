"""What the search benchmarks share: a throw-away database per backend, each measured
in a child process of its own (Django's settings are per process).

SQLite: a temporary file. PostgreSQL: BENCH_POSTGRES_URL (default
postgres://postgres@127.0.0.1:5432/klastry_search; empty to skip), dropped and
created again; skipped when no server answers.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/klastry_search"
)


def postgres_reset(url: str) -> bool:
    """Drop and create the benchmark database; False when PostgreSQL is not there."""
    try:
        import psycopg

        name = url.rsplit("/", 1)[1]
        admin_url = url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as error:
        print(f"PostgreSQL not reachable ({error.__class__.__name__}): skipped")
        return False
    return True


def backends() -> list[tuple[str, str]]:
    """(name, DATABASE_URL) of every backend this machine can reach."""
    folder = tempfile.mkdtemp(prefix="klastry-bench-")
    reachable = [("SQLite", f"sqlite:///{folder}/bench.sqlite3")]
    if POSTGRES_URL and postgres_reset(POSTGRES_URL):
        reachable.append(("PostgreSQL", POSTGRES_URL))
    return reachable


def run_worker(script: str, database_url: str, *args: str) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "PYTHONPATH": str(BASE_DIR),
    }
    env.pop("ELASTICSEARCH_URL", None)
    completed = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [sys.executable, script, "--worker", *args],
        env=env,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise SystemExit(completed.stderr[-4000:])
    return json.loads(completed.stdout.strip().splitlines()[-1])


def django_setup() -> None:
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
