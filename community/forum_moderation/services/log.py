"""The audit log: one entry per moderator action, written by the action itself."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from community.access import is_moderator
from community.forum_moderation.models import LogEntry


def moderator_check(user) -> None:
    """PermissionDenied unless the user is a moderator (an approved, unsuspended
    member of the moderators' group, or a superuser)."""
    if not is_moderator(user):
        raise PermissionDenied(_("Only moderators may do this."))


def log_entry_record(
    *,
    actor,
    action: LogEntry.Action,
    topic=None,
    post=None,
    reason: str = "",
    details: str = "",
) -> LogEntry:
    """Record a moderator action. Other forum services (a moderator editing another
    member's post) call it too, inside their own transaction."""
    if post is not None and topic is None:
        topic = post.topic
    label = f"{topic.title} #{post.number}" if post is not None else topic.title
    return LogEntry.objects.create(
        actor=actor,
        action=action,
        topic=topic,
        post=post,
        target_label=label[:300],
        details=details[:300],
        reason=reason,
    )
