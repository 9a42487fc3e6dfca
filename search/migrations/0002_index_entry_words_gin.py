"""A GIN index over the words PostgreSQL's search backend matches.

Wagtail's PostgreSQL backend matches `(title || body) @@ query`, an expression that
neither of the table's own GIN indexes (on `title`, on `body`) can serve: each
search read every index entry of the type. This index is over that expression
(docs/search.md, "Figures"). SQLite uses its FTS5 table instead; nothing to do there.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def index_create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def index_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_vocabulary_and_query_log"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(index_create, index_drop)]
