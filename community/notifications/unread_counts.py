"""The header's unread count, kept per member between requests.

The badge is on every page a member opens, and counting it means a COUNT over
their notifications joined to the topics they may still open. The count is kept
for `UNREAD_COUNT_CACHE_SECONDS` and forgotten at once whenever the member's
notifications are created or read (`unread_counts_forget`). What else changes it
(a topic moved into a moderators-only category, a moderator losing the role)
shows within that time.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction


def _key(user_id: int) -> str:
    return f"notifications:unread:{user_id}"


def unread_count_kept(user_id: int, count):
    """The member's unread count from the cache, else `count()` kept."""
    seconds = settings.UNREAD_COUNT_CACHE_SECONDS
    if not seconds:
        return count()
    return cache.get_or_set(_key(user_id), count, seconds)


def unread_counts_forget(user_ids) -> None:
    """Forget the kept counts now, and again when the transaction commits: a
    request counting in between would otherwise keep the old count."""
    keys = [_key(user_id) for user_id in set(user_ids)]
    if not keys:
        return
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
