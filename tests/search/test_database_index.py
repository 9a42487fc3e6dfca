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


def test_entries_join_pages_through_an_index_on_the_cast_id():
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT p.id FROM wagtailsearch_indexentry e "
            "JOIN wagtailcore_page p ON e.object_id = (p.id)::varchar(50) "
            "WHERE e.id = 1"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "search_page_id_as_object_id" in plan
