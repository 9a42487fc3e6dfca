"""Reads for the moderators' pages."""

from django.db.models import Count, Min, Prefetch

from community.forum.models import Post
from community.forum_moderation.models import Flag, LogEntry


def flagged_posts():
    """Posts with open flags, the longest waiting first, each with its open flags
    (`open_flags`) and their reporters, in a constant number of queries."""
    open_flags = Flag.objects.open().select_related("reporter__profile")
    return (
        Post.objects.filter(flags__status=Flag.Status.OPEN)
        .annotate(
            open_flag_count=Count("flags"), first_flagged_at=Min("flags__created_at")
        )
        .select_related("topic__category", "author__profile")
        .prefetch_related(Prefetch("flags", open_flags, to_attr="open_flags"))
        .order_by("first_flagged_at", "pk")
    )


def log_entries():
    return LogEntry.objects.for_listing()
