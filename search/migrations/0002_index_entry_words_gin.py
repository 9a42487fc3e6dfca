"""Two indexes for PostgreSQL's search backend (docs/search.md, "Figures").

- Wagtail's PostgreSQL backend matches `(title || body) @@ query`, an expression
  that neither of the table's own GIN indexes (on `title`, on `body`) can serve:
  each search read every index entry of the type. A GIN index over the expression.
- It joins entries to pages on `object_id = page.id::varchar`, a cast the page's
  primary key index cannot serve: searching all pages (the site search's "other
  pages") scanned the page table once per matching entry. An index over the cast.

SQLite searches its FTS5 table instead; nothing to do there.
"""

from django.db import migrations

INDEXES = {
    "search_indexentry_title_body_gin": (
        "wagtailsearch_indexentry USING gin ((title || body))"
    ),
    "search_page_id_as_object_id": "wagtailcore_page (((id)::varchar(50)))",
}


def indexes_create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def indexes_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_vocabulary_and_query_log"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(indexes_create, indexes_drop)]
