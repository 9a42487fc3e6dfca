"""Watch levels: what a member has chosen for a topic or a category, and what
applies to them (the topic's level, else the category's, else "normal")."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from community.forum.models import Category, Topic
from community.notifications.models import CategoryWatch, TopicWatch, WatchLevel


def topic_watch_level(*, user, topic: Topic) -> WatchLevel:
    """The level that applies to `user` in `topic`."""
    level = (
        TopicWatch.objects.filter(user=user, topic=topic)
        .values_list("level", flat=True)
        .first()
    )
    return (
        WatchLevel(level)
        if level
        else category_watch_level(user=user, category_id=topic.category_id)
    )


def category_watch_level(*, user, category_id: int) -> WatchLevel:
    level = (
        CategoryWatch.objects.filter(user=user, category_id=category_id)
        .values_list("level", flat=True)
        .first()
    )
    return WatchLevel(level or WatchLevel.NORMAL)


def _require_visible(user, *, category_id: int) -> None:
    if not Category.objects.visible_to(user).filter(pk=category_id).exists():
        raise PermissionDenied(_("You cannot see this part of the forum."))


def topic_watch_set(*, user, topic: Topic, level: WatchLevel) -> TopicWatch:
    _require_visible(user, category_id=topic.category_id)
    watch, _created = TopicWatch.objects.update_or_create(
        user=user, topic=topic, defaults={"level": WatchLevel(level)}
    )
    return watch


def category_watch_set(*, user, category: Category, level: WatchLevel) -> CategoryWatch:
    _require_visible(user, category_id=category.pk)
    watch, _created = CategoryWatch.objects.update_or_create(
        user=user, category=category, defaults={"level": WatchLevel(level)}
    )
    return watch


def topic_watch_after_posting(*, post) -> None:
    """Authors watch the topics they open; a reply makes the replier track the
    topic, unless they already chose a level for it or follow it more closely
    through its category."""
    if post.author_id is None:
        return
    if post.number == 1:
        TopicWatch.objects.get_or_create(
            user_id=post.author_id,
            topic_id=post.topic_id,
            defaults={"level": WatchLevel.WATCHING},
        )
        return
    if TopicWatch.objects.filter(
        user_id=post.author_id, topic_id=post.topic_id
    ).exists():
        return
    category_level = category_watch_level(
        user=post.author, category_id=post.topic.category_id
    )
    if category_level in (WatchLevel.NORMAL, WatchLevel.MUTED):
        TopicWatch.objects.get_or_create(
            user_id=post.author_id,
            topic_id=post.topic_id,
            defaults={"level": WatchLevel.TRACKING},
        )
