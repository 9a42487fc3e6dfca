import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.website.factories import make_home_page

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_pages_carry_the_content_security_policy_and_security_headers(client):
    make_home_page()

    response = client.get("/")

    csp = response["Content-Security-Policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert "'self'" in script_src
    assert "object-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_only_the_admin_may_run_inline_scripts_and_frame_its_previews(admin_client):
    csp = admin_client.get("/admin/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in csp
    assert "frame-ancestors 'self'" in csp
    assert "object-src 'none'" in csp


@pytest.mark.django_db
def test_pages_have_no_inline_scripts(client):
    make_home_page()
    html = client.get("/").content.decode()
    assert "<script>" not in html
    assert "<script src=" in html


def run_manage(*args, **env):
    # Only what Python needs to start, plus what the test gives: no developer or CI
    # variable may change what the check sees.
    environment = {"PATH": os.environ["PATH"]}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checks():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        "--settings=config.settings.production",
        SECRET_KEY="k" * 20 + "-production-secret-for-the-check-only-" + "x" * 20,
        ALLOWED_HOSTS="klastry.example.org",
        DATABASE_URL="sqlite:////tmp/klastry-check.sqlite3",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_a_secret_key():
    result = run_manage(
        "check",
        "--settings=config.settings.production",
        SECRET_KEY="",
        ALLOWED_HOSTS="klastry.example.org",
        DATABASE_URL="sqlite:////tmp/klastry-check.sqlite3",
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
