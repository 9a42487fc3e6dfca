"""Configuration that only shows under real processes: SQLite shared by two workers,
static files as production builds them."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import django
django.setup()
from django.contrib.sessions.backends.db import SessionStore
for n in range(150):
    session = SessionStore()
    session["n"] = n
    session.create()
print("ok")
"""


def _environment(var_dir: Path) -> dict[str, str]:
    return {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "VAR_DIR": str(var_dir),
    }


def test_two_processes_write_to_the_default_sqlite_database_without_locking(tmp_path):
    environment = _environment(tmp_path)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=environment,
        check=True,
        timeout=300,
    )
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [writer.communicate(timeout=300) for writer in writers]

    for stdout, stderr in results:
        assert "database is locked" not in stderr
        assert stdout.strip() == "ok", stderr
    with sqlite3.connect(tmp_path / "db.sqlite3") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        count = connection.execute("SELECT count(*) FROM django_session").fetchone()[0]
    assert count == 300


@pytest.mark.django_db
def test_production_static_files_are_hashed_and_compressed(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        },
    }

    call_command("collectstatic", "--noinput", verbosity=0)

    css = list((tmp_path / "static" / "css").glob("site.*.css"))
    assert len(css) == 1
    assert css[0].with_name(css[0].name + ".gz").exists()
    assert (tmp_path / "static" / "staticfiles.json").exists()
