"""Moderators hide and show posts; members flag them."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from community.access import is_approved_member
from community.forum.models import Post, Topic
from community.forum_moderation.models import REASON_MAX_LENGTH, Flag, LogEntry
from community.forum_moderation.services.log import log_entry_record, moderator_check

HIDDEN_REASON_MAX_LENGTH = 300


def _reason_required(reason: str, *, max_length: int = REASON_MAX_LENGTH) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Give a reason.")}, code="required")
    if len(reason) > max_length:
        raise ValidationError(
            {
                "reason": _("Keep the reason under %(limit)s characters.")
                % {"limit": max_length}
            },
            code="max_length",
        )
    return reason


def _flags_close(*, post: Post, moderator, status: Flag.Status) -> int:
    return (
        Flag.objects.open()
        .filter(post=post)
        .update(status=status, resolved_by=moderator, resolved_at=timezone.now())
    )


def post_hide(*, moderator, post: Post, reason: str) -> Post:
    """Hide the post behind a placeholder (members see the reason) and close the
    open flags on it as upheld."""
    moderator_check(moderator)
    reason = _reason_required(reason, max_length=HIDDEN_REASON_MAX_LENGTH)
    if post.is_hidden:
        raise ValidationError(_("This post is already hidden."), code="hidden")
    with transaction.atomic():
        Post.objects.filter(pk=post.pk).update(is_hidden=True, hidden_reason=reason)
        post.is_hidden, post.hidden_reason = True, reason
        _flags_close(post=post, moderator=moderator, status=Flag.Status.UPHELD)
        log_entry_record(
            actor=moderator, action=LogEntry.Action.POST_HIDE, post=post, reason=reason
        )
    return post


def post_unhide(*, moderator, post: Post, reason: str = "") -> Post:
    moderator_check(moderator)
    if not post.is_hidden:
        raise ValidationError(_("This post is not hidden."), code="not_hidden")
    with transaction.atomic():
        Post.objects.filter(pk=post.pk).update(is_hidden=False, hidden_reason="")
        post.is_hidden, post.hidden_reason = False, ""
        log_entry_record(
            actor=moderator,
            action=LogEntry.Action.POST_UNHIDE,
            post=post,
            reason=reason.strip(),
        )
    return post


def post_flags_dismiss(*, moderator, post: Post, reason: str = "") -> int:
    """Close the open flags on the post without acting on it; how many closed."""
    moderator_check(moderator)
    with transaction.atomic():
        closed = _flags_close(
            post=post, moderator=moderator, status=Flag.Status.DISMISSED
        )
        if closed:
            log_entry_record(
                actor=moderator,
                action=LogEntry.Action.FLAGS_DISMISS,
                post=post,
                reason=reason.strip(),
            )
    return closed


def flag_create(*, reporter, post: Post, reason: str) -> Flag:
    """A member reports a post they can see; one open flag per member and post."""
    if not is_approved_member(reporter):
        raise PermissionDenied(_("Only members may flag posts."))
    visible = Topic.objects.visible_to(reporter).filter(pk=post.topic_id).exists()
    if not visible or post.deleted_at is not None:
        raise PermissionDenied(_("You cannot flag this post."))
    if post.author_id == reporter.pk:
        raise ValidationError(_("You cannot flag your own post."), code="own_post")
    flag = Flag(post=post, reporter=reporter, reason=_reason_required(reason))
    flag.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            flag.save()
    except IntegrityError:
        raise ValidationError(
            _("You have already flagged this post; moderators will look at it."),
            code="already_flagged",
        ) from None
    return flag
