"""Two app servers behind one PostgreSQL database and one Redis, as docs/scaling.md
sets them up: a visitor signed in on one is signed in on the other (and signed out
on both), and a rate limit counted on one applies on the other.

Each server gets its own VAR_DIR, so nothing is shared through the local file cache:
only the database and Redis join them. Needs PostgreSQL and Redis; when either is
unreachable the test is skipped with the reason (a failure when TEST_POSTGRES=required,
as in CI).
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.cookiejar import CookieJar
from pathlib import Path

import dj_database_url
import pytest

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/klastry"
REDIS = os.environ.get("MULTI_SERVER_REDIS_URL", "redis://127.0.0.1:6379")
PASSWORD = "Dwa-serwery-jedna-baza-2026"
SEARCH_LIMIT = 3


def unavailable(reason: str):
    if os.environ.get("TEST_POSTGRES") == "required":
        pytest.fail(reason)
    pytest.skip(reason)


def database_url() -> str:
    """A database of its own beside the suite's: `<name>_multi_server`, kept between
    runs (migrate is quick once it is up to date)."""
    explicit = os.environ.get("MULTI_SERVER_DATABASE_URL")
    if explicit:
        return explicit
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        base = DEFAULT_POSTGRES
    parts = urllib.parse.urlsplit(base)
    name = parts.path.lstrip("/") + "_multi_server"
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


def database_ensure(url: str) -> None:
    import psycopg
    from psycopg import sql

    config = dj_database_url.parse(url)
    try:
        admin = psycopg.connect(
            host=config["HOST"],
            port=config["PORT"] or 5432,
            user=config["USER"],
            password=config["PASSWORD"],
            dbname="postgres",
            connect_timeout=3,
            autocommit=True,
        )
    except psycopg.OperationalError as error:
        unavailable(f"PostgreSQL is not reachable for the two servers: {error}")
    with admin:
        exists = admin.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [config["NAME"]]
        ).fetchone()
        if not exists:
            admin.execute(
                sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"]))
            )


def free_redis_database():
    """A Redis client on an empty database number, so no one else's keys count.

    Claimed with SET NX: tests of this module run at once on several xdist workers,
    and two that both saw the same empty database would flush each other's counts."""
    import redis

    for number in range(15, 0, -1):
        client = redis.Redis.from_url(f"{REDIS}/{number}", socket_timeout=3)
        try:
            if client.dbsize() == 0 and client.set(
                "multi-server-test:claimed", os.getpid(), nx=True, ex=900
            ):
                return number, client
        except redis.RedisError as error:
            unavailable(f"Redis is not reachable at {REDIS}: {error}")
    unavailable("Redis has no empty database number for the test")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(environment: dict, *args: str, stdin: str = "") -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        input=stdin,
        text=True,
        capture_output=True,
        check=True,
        timeout=600,
    )


def server_start(environment: dict, var_dir: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    var_dir.mkdir()
    process = subprocess.Popen(
        [
            str(GUNICORN),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**environment, "VAR_DIR": str(var_dir)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    return process, f"http://127.0.0.1:{port}"


def wait_until_up(address: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(process.stderr.read().decode())
        try:
            # Our own server on 127.0.0.1, over http.
            with urllib.request.urlopen(f"{address}/healthz", timeout=30):  # noqa: S310
                return
        except (urllib.error.URLError, OSError):  # not listening yet
            time.sleep(0.3)
    raise AssertionError(f"{address} did not start")


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """One visitor's cookies, sent to whichever server it asks (cookies belong to the
    host, not the port: like one site name in front of two servers)."""

    def __init__(self):
        self.cookies = CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirects
        )

    def request(self, url: str, data: dict | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            with self.opener.open(url, data=body, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def csrf_token(self) -> str:
        return next(c.value for c in self.cookies if c.name == "csrftoken")

    def post_form(self, page: str, action: str, fields: dict) -> int:
        self.request(page)  # sets the CSRF cookie
        status, _ = self.request(
            action, {**fields, "csrfmiddlewaretoken": self.csrf_token()}
        )
        return status


@pytest.fixture
def two_servers(tmp_path):
    url = database_url()
    database_ensure(url)
    number, redis_client = free_redis_database()
    environment = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "false",
        "SECRET_KEY": "multi-server-test-" + "k" * 40,
        "DATABASE_URL": url,
        "REDIS_URL": f"{REDIS}/{number}",
        "SEARCH_RATE_LIMIT": str(SEARCH_LIMIT),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "VAR_DIR": str(tmp_path),
    }
    manage(environment, "migrate", "--noinput", "-v0")
    email = f"dwa-serwery-{uuid.uuid4().hex[:10]}@example.org"
    manage(environment, "add_member", email, "--name", "Ewa Serwerowa", stdin=PASSWORD)
    servers = []
    try:
        for name in ("a", "b"):
            servers.append(server_start(environment, tmp_path / name))
        for process, address in servers:
            wait_until_up(address, process)
        yield [address for _, address in servers], email
    finally:
        for process, _ in servers:
            process.kill()
            process.wait(timeout=30)
        redis_client.flushdb()


def test_a_session_made_on_one_server_is_valid_on_the_other(two_servers):
    (a, b), email = two_servers
    browser = Browser()

    status = browser.post_form(
        f"{a}/en/accounts/login/",
        f"{a}/en/accounts/login/",
        {"login": email, "password": PASSWORD},
    )
    assert status == 302

    status, html = browser.request(f"{b}/en/czlonkowie/")
    assert status == 200
    assert "Ewa" in html

    assert browser.post_form(f"{b}/en/czlonkowie/", f"{b}/en/accounts/logout/", {})
    status, _ = browser.request(f"{a}/en/czlonkowie/")
    assert status == 302  # signed out on B is signed out on A


def test_a_rate_limit_counted_on_one_server_applies_on_the_other(two_servers):
    (a, b), _ = two_servers
    browser = Browser()
    # A new query each time: a repeated one is answered from the page cache, which
    # costs nothing and is not counted.
    search = "/api/search/?q=klaster+{}"

    for number in range(SEARCH_LIMIT):
        status, _ = browser.request(a + search.format(number))
        assert status == 200

    status, body = browser.request(b + search.format("ponad-limit"))
    assert status == 429
    assert "error" in body


STORAGE_OF = """
import django
django.setup()
from django.core.files.storage import storages
s = storages["default"]
print(type(s).__module__, type(s).__name__)
print(getattr(s, "bucket_name", ""), getattr(s, "location", ""))
print(getattr(s, "default_acl", ""), getattr(s, "querystring_auth", ""))
"""


def media_storage(**variables) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", STORAGE_OF],
        cwd=ROOT,
        env={
            "PATH": os.environ["PATH"],
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            **variables,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.split("\n")


def test_media_stay_on_the_local_disk_without_a_bucket():
    assert media_storage()[0].endswith(" FileSystemStorage")


def test_media_go_to_private_object_storage_when_a_bucket_is_set():
    kind, place, access, _ = media_storage(
        AWS_STORAGE_BUCKET_NAME="klastry-media",
        AWS_S3_ENDPOINT_URL="https://s3.internal:9000",
        AWS_ACCESS_KEY_ID="klucz",
        AWS_SECRET_ACCESS_KEY="sekret",
    )

    assert kind == "storages.backends.s3 S3Storage"
    assert place == "klastry-media media"
    assert access == "private True"  # signed, expiring URLs only
