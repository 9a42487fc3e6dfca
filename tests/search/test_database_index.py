"""PostgreSQL's search backend has an index for the expression it matches
(search/migrations/0002_index_entry_words_gin.py)."""

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the index is PostgreSQL's; SQLite searches its FTS5 table",
    ),
]


def test_the_matched_expression_has_a_gin_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = %s AND indexname = %s",
            ["wagtailsearch_indexentry", "search_indexentry_title_body_gin"],
        )
        (definition,) = cursor.fetchone()

    assert "USING gin" in definition
    assert "(title || body)" in definition


def test_a_search_that_reads_few_entries_uses_it():
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry "
            "WHERE (title || body) @@ to_tsquery('simple', 'klaster')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "search_indexentry_title_body_gin" in plan
