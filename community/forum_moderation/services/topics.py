"""Moderators lock, pin, move and merge topics. Moving and merging recompute the
counters they touch from fresh counts, under row locks on the topics involved."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from community.forum.models import Category, Post, Topic
from community.forum_moderation.models import LogEntry
from community.forum_moderation.services.counters import (
    category_counters_recompute,
    topic_counters_recompute,
)
from community.forum_moderation.services.log import log_entry_record, moderator_check
from community.notifications.watches import topic_watches_carry


def _flag_set(
    *, moderator, topic: Topic, field: str, value: bool, action, reason: str = ""
) -> Topic:
    moderator_check(moderator)
    with transaction.atomic():
        Topic.objects.filter(pk=topic.pk).update(**{field: value})
        setattr(topic, field, value)
        log_entry_record(
            actor=moderator, action=action, topic=topic, reason=reason.strip()
        )
    return topic


def topic_lock(*, moderator, topic: Topic, reason: str = "") -> Topic:
    """No more replies; the topic stays readable."""
    return _flag_set(
        moderator=moderator,
        topic=topic,
        field="is_locked",
        value=True,
        action=LogEntry.Action.TOPIC_LOCK,
        reason=reason,
    )


def topic_unlock(*, moderator, topic: Topic, reason: str = "") -> Topic:
    return _flag_set(
        moderator=moderator,
        topic=topic,
        field="is_locked",
        value=False,
        action=LogEntry.Action.TOPIC_UNLOCK,
        reason=reason,
    )


def topic_pin(*, moderator, topic: Topic, reason: str = "") -> Topic:
    """Shown first in its category's list."""
    return _flag_set(
        moderator=moderator,
        topic=topic,
        field="is_pinned",
        value=True,
        action=LogEntry.Action.TOPIC_PIN,
        reason=reason,
    )


def topic_unpin(*, moderator, topic: Topic, reason: str = "") -> Topic:
    return _flag_set(
        moderator=moderator,
        topic=topic,
        field="is_pinned",
        value=False,
        action=LogEntry.Action.TOPIC_UNPIN,
        reason=reason,
    )


def topic_move(
    *, moderator, topic: Topic, category: Category, reason: str = ""
) -> Topic:
    """Put the topic in another category; both categories' counters follow."""
    moderator_check(moderator)
    if category.pk == topic.category_id:
        raise ValidationError(
            {"category": _("The topic is already in this category.")}, code="same"
        )
    with transaction.atomic():
        locked = Topic.objects.select_for_update().get(pk=topic.pk)
        source = Category.objects.get(pk=locked.category_id)
        Topic.objects.filter(pk=topic.pk).update(category=category)
        topic.category = category
        for changed in sorted((source, category), key=lambda c: c.pk):
            category_counters_recompute(changed)
        log_entry_record(
            actor=moderator,
            action=LogEntry.Action.TOPIC_MOVE,
            topic=topic,
            details=f"{source.name} → {category.name}",
            reason=reason.strip(),
        )
    return topic


def topic_merge(*, moderator, topic: Topic, into: Topic, reason: str = "") -> Topic:
    """Move every post of `topic` to the end of `into`, numbered after its posts in
    the order they were written; `topic` then redirects to `into`, and whoever
    followed `topic` follows `into`."""
    moderator_check(moderator)
    if into.pk == topic.pk:
        raise ValidationError(
            {"into": _("A topic cannot be merged into itself.")}, code="self"
        )
    with transaction.atomic():
        # Both rows locked in one order, so two merges cannot deadlock, and no reply
        # can take a number while posts are renumbered.
        locked = {
            t.pk: t
            for t in Topic.objects.select_for_update()
            .filter(pk__in=[topic.pk, into.pk])
            .order_by("pk")
        }
        source, target = locked[topic.pk], locked[into.pk]
        if source.merged_into_id or target.merged_into_id:
            raise ValidationError(
                _("A topic that was merged already cannot take part in a merge."),
                code="merged",
            )
        _posts_append(source=source, target=target)
        topic_watches_carry(source=source, target=target)
        Topic.objects.filter(pk=source.pk).update(
            merged_into=target, solution=None, is_pinned=False
        )
        topic.merged_into = target
        topic_counters_recompute(source)
        topic_counters_recompute(target)
        categories = Category.objects.filter(
            pk__in={source.category_id, target.category_id}
        ).order_by("pk")
        for category in categories:
            category_counters_recompute(category)
        log_entry_record(
            actor=moderator,
            action=LogEntry.Action.TOPIC_MERGE,
            topic=source,
            details=_("into “%(title)s”") % {"title": target.title},
            reason=reason.strip(),
        )
    into.refresh_from_db()
    return into


def _posts_append(*, source: Topic, target: Topic) -> None:
    last_number = (
        Post.objects.filter(topic=target)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
        or 0
    )
    moved = list(
        Post.objects.filter(topic=source)
        .order_by("created_at", "number")
        .values_list("pk", flat=True)
    )
    # Every new number is above the target's last, so (topic, number) stays unique
    # after each statement.
    for offset, pk in enumerate(moved, start=1):
        Post.objects.filter(pk=pk).update(topic=target, number=last_number + offset)
