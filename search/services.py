"""Writes of the site search: the query log."""

from django.db.models import F
from django.utils import timezone

from search.models import QueryRecord

LOGGED_QUERY_LENGTH = QueryRecord._meta.get_field("query").max_length


def query_record(*, text: str, result_count: int) -> None:
    """Count one search for `text` (lower-cased, as normalised) and remember how many
    results it found."""
    text = text.casefold()[:LOGGED_QUERY_LENGTH]
    if not text:
        return
    now = timezone.now()
    updated = QueryRecord.objects.filter(query=text).update(
        searches=F("searches") + 1, last_result_count=result_count, last_searched_at=now
    )
    if not updated:
        QueryRecord.objects.get_or_create(
            query=text,
            defaults={
                "searches": 1,
                "last_result_count": result_count,
                "last_searched_at": now,
            },
        )
