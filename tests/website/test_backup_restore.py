"""The backup and restore of docs/deployment.md (section 14), done for real: pg_dump in
custom format and a tar of the media, restored into a new database and a new folder,
where every page, practice, topic, post and attachment must be found again."""

import shutil
import subprocess
import tarfile
import uuid

import psycopg
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from psycopg import sql
from wagtail.models import Page

from community.forum.attachments import attachments_store, uploads_clean
from community.forum.models import Attachment, Post, Topic
from knowledge_base.models import GoodPracticePage
from tests.browser.whole_site_content import forum_build, whole_site_build

pytestmark = [
    pytest.mark.django_db(transaction=True),  # pg_dump sees committed rows only
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="pg_dump and pg_restore back up PostgreSQL; SQLite installs use "
        "sqlite3 .backup (docs/deployment.md, section 15)",
    ),
]

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def connection_options() -> dict:
    settings = connection.settings_dict
    return {
        "host": settings["HOST"] or "localhost",
        "port": str(settings["PORT"] or 5432),
        "user": settings["USER"],
        "password": settings["PASSWORD"] or None,
    }


def client_env(options: dict, monkeypatch) -> list[str]:
    """Command-line options of pg_dump and pg_restore; the password goes through the
    environment, as it would from ~/.pgpass, never on the command line."""
    if options["password"]:
        monkeypatch.setenv("PGPASSWORD", options["password"])
    return [
        "--host",
        options["host"],
        "--port",
        options["port"],
        "--username",
        options["user"],
    ]


@pytest.fixture
def restored_database(monkeypatch):
    """The name of a new, empty database, dropped after the test."""
    name = f"{connection.settings_dict['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    options = connection_options()
    admin = psycopg.connect(dbname="postgres", autocommit=True, **_kw(options))
    admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield name
    admin.execute(
        sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    )
    admin.close()


def executable(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not in PATH; install PostgreSQL's client programs.")
    return path


def _kw(options: dict) -> dict:
    return {key: value for key, value in options.items() if value is not None}


def content_create() -> dict:
    """Pages of every kind, a practice, a forum topic with posts and an attachment;
    returns what a restore must bring back."""
    whole_site_build()
    forum = forum_build()
    opening = forum.topic.posts.get(number=1)
    [attachment] = attachments_store(
        post=opening,
        uploads=uploads_clean(
            [SimpleUploadedFile("umowa.pdf", PDF, "application/pdf")]
        ),
        user=forum.author,
    )
    return {
        "pages": set(Page.objects.values_list("pk", "title", "live")),
        "practices": set(GoodPracticePage.objects.values_list("pk", "summary")),
        "topics": set(Topic.objects.values_list("pk", "title", "post_count")),
        "posts": set(Post.objects.values_list("pk", "topic_id", "number", "body_html")),
        "attachment": attachment,
    }


def restored_rows(dbname: str, options: dict) -> dict:
    with psycopg.connect(dbname=dbname, **_kw(options)) as restored:
        return {
            "pages": set(
                restored.execute(
                    f"SELECT id, title, live FROM {Page._meta.db_table}"  # noqa: S608
                )
            ),
            "practices": set(
                restored.execute(
                    f"SELECT page_ptr_id, summary FROM "  # noqa: S608
                    f"{GoodPracticePage._meta.db_table}"
                )
            ),
            "topics": set(
                restored.execute(
                    f"SELECT id, title, post_count FROM {Topic._meta.db_table}"  # noqa: S608
                )
            ),
            "posts": set(
                restored.execute(
                    f"SELECT id, topic_id, number, body_html "  # noqa: S608
                    f"FROM {Post._meta.db_table}"
                )
            ),
            "attachment_files": [
                row[0]
                for row in restored.execute(
                    f"SELECT file FROM {Attachment._meta.db_table}"  # noqa: S608
                )
            ],
        }


def test_a_restored_dump_and_media_copy_hold_every_page_post_and_file(
    restored_database, settings, tmp_path, monkeypatch
):
    created = content_create()
    options = connection_options()
    client_options = client_env(options, monkeypatch)
    dump = tmp_path / "db.dump"
    media_copy = tmp_path / "media.tar"
    database = connection.settings_dict["NAME"]

    # The backup: the database first, the media second (docs/deployment.md).
    subprocess.run(
        [
            executable("pg_dump"),
            *client_options,
            "--format=custom",
            f"--file={dump}",
            database,
        ],
        check=True,
    )
    with tarfile.open(media_copy, "w") as archive:
        archive.add(settings.MEDIA_ROOT, arcname="media")

    # The restore, into a new database and a new folder.
    subprocess.run(
        [
            executable("pg_restore"),
            *client_options,
            "--no-owner",
            "--exit-on-error",
            f"--dbname={restored_database}",
            str(dump),
        ],
        check=True,
    )
    restored_root = tmp_path / "restored"
    with tarfile.open(media_copy) as archive:
        archive.extractall(restored_root, filter="data")

    restored = restored_rows(restored_database, options)
    assert len(created["pages"]) > 10
    assert len(created["posts"]) == 3
    for kind in ("pages", "practices", "topics", "posts"):
        assert restored[kind] == created[kind], kind
    [attachment_file] = restored["attachment_files"]
    assert attachment_file == created["attachment"].file.name
    assert (restored_root / "media" / attachment_file).read_bytes().startswith(b"%PDF-")
