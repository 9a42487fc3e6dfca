"""The security headers the sweep checks on every HTML response, and the ones only
production sends (HSTS), checked against the production settings themselves."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.http import HttpResponse

from tests.security.headers import header_problems
from tests.website.factories import make_home_page

ROOT = Path(__file__).resolve().parents[2]
STRICT_CSP = "default-src 'self'; script-src 'self'; frame-ancestors 'none'"

PRODUCTION_SECURITY = """
import django, json
django.setup()
from django.conf import settings as s
print(json.dumps({name: getattr(s, name) for name in (
    "SECURE_HSTS_SECONDS", "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE",
    "SECURE_CONTENT_TYPE_NOSNIFF", "X_FRAME_OPTIONS",
)}))
"""


def html_response(body: str, **headers) -> HttpResponse:
    response = HttpResponse(body, content_type="text/html; charset=utf-8")
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def test_the_header_check_accepts_a_well_behaved_page():
    response = html_response(
        '<script src="/static/js/site.js" defer></script>'
        '<script type="application/json">{"a": 1}</script>',
        X_Content_Type_Options="nosniff",
        Referrer_Policy="same-origin",
        X_Frame_Options="DENY",
        Content_Security_Policy=STRICT_CSP,
    )
    assert header_problems(response, response.content.decode()) == []


@pytest.mark.parametrize(
    ("body", "headers", "problem"),
    [
        ("<script>alert(1)</script>", {}, "inline script"),
        ('<p style="color:red">x</p>', {}, "inline style"),
        ("<style>p{}</style>", {}, "inline style"),
        ("", {"Content_Security_Policy": ""}, "no Content-Security-Policy"),
        ("", {"X_Content_Type_Options": ""}, "no X-Content-Type-Options"),
        (
            "",
            {"Content_Security_Policy": "script-src 'self' 'unsafe-inline'"},
            "script-src allows 'unsafe-inline'",
        ),
    ],
)
def test_the_header_check_catches_what_the_csp_forbids(body, headers, problem):
    fields = {
        "X_Content_Type_Options": "nosniff",
        "Referrer_Policy": "same-origin",
        "X_Frame_Options": "DENY",
        "Content_Security_Policy": STRICT_CSP,
    } | headers
    response = html_response(body, **{k: v for k, v in fields.items() if v})

    problems = header_problems(response, body)

    assert any(found.startswith(problem) for found in problems), problems


def production_settings() -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_SECURITY],
        cwd=ROOT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "p" * 60,
            "ALLOWED_HOSTS": "klastry.example.org",
            "DATABASE_URL": "sqlite:////tmp/klastry-headers-check.sqlite3",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_forces_https_for_a_year_with_secure_cookies():
    production = production_settings()

    assert production["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert production["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert production["SECURE_SSL_REDIRECT"] is True
    assert production["SESSION_COOKIE_SECURE"] is True
    assert production["CSRF_COOKIE_SECURE"] is True
    assert production["X_FRAME_OPTIONS"] == "DENY"


@pytest.mark.django_db
def test_a_page_served_over_https_with_production_settings_carries_hsts(
    client, settings
):
    make_home_page()
    production = production_settings()
    settings.SECURE_HSTS_SECONDS = production["SECURE_HSTS_SECONDS"]
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = production[
        "SECURE_HSTS_INCLUDE_SUBDOMAINS"
    ]

    response = client.get("/", secure=True)

    hsts = response["Strict-Transport-Security"]
    assert f"max-age={production['SECURE_HSTS_SECONDS']}" in hsts
    assert "includeSubDomains" in hsts
    assert response["X-Content-Type-Options"] == "nosniff"
