"""Watch levels: what a member has chosen for a topic or a category, and what
applies to them (the topic's level, else the category's, else "normal")."""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import CharField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
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


def watch_level_of_reader(user):
    """The level that applies to `user`, as an expression over topics (for
    annotating a Topic queryset: one query instead of one per level)."""
    topic_level = TopicWatch.objects.filter(user=user, topic=OuterRef("pk"))
    category_level = CategoryWatch.objects.filter(
        user=user, category=OuterRef("category_id")
    )
    return Coalesce(
        Subquery(topic_level.values("level")[:1]),
        Subquery(category_level.values("level")[:1]),
        Value(WatchLevel.NORMAL.value),
        output_field=CharField(),
    )


@dataclass
class TopicWatchers:
    """Everyone's chosen levels in one topic and in its category, read once per
    new post (one query, however many people watch)."""

    topic_levels: dict[int, str] = field(default_factory=dict)
    category_levels: dict[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, topic: Topic) -> "TopicWatchers":
        on_topic = TopicWatch.objects.filter(topic=topic).values_list(
            "user_id", "level", Value(True)
        )
        on_category = CategoryWatch.objects.filter(
            category_id=topic.category_id
        ).values_list("user_id", "level", Value(False))
        watchers = cls()
        for user_id, level, is_topic_level in on_topic.union(on_category, all=True):
            levels = (
                watchers.topic_levels if is_topic_level else watchers.category_levels
            )
            levels[user_id] = level
        return watchers

    def level_of(self, user_id: int) -> str:
        return (
            self.topic_levels.get(user_id)
            or self.category_levels.get(user_id)
            or WatchLevel.NORMAL
        )

    def user_ids(self) -> list[int]:
        return sorted(self.topic_levels.keys() | self.category_levels.keys())


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


def topic_watches_carry(*, source: Topic, target: Topic) -> int:
    """When `source` is merged into `target`, whoever followed `source` follows
    `target` at the same level; a level a member already chose for `target` wins.
    Returns how many watches were carried."""
    carried = [
        TopicWatch(user_id=user_id, topic_id=target.pk, level=level)
        for user_id, level in TopicWatch.objects.filter(topic=source)
        .exclude(user__topic_watches__topic=target)
        .values_list("user_id", "level")
    ]
    TopicWatch.objects.bulk_create(carried, ignore_conflicts=True)
    return len(carried)


def topic_watch_after_posting(*, post, watchers: TopicWatchers | None = None) -> None:
    """Authors watch the topics they open; a reply makes the replier track the
    topic, unless they already chose a level for it or follow it more closely
    through its category. `watchers`, when the caller has read them already,
    spares the reads: then at most one INSERT runs."""
    if post.author_id is None:
        return
    watchers = watchers or TopicWatchers.of(post.topic)
    if post.author_id in watchers.topic_levels:
        return
    if post.number == 1:
        level = WatchLevel.WATCHING
    elif watchers.category_levels.get(post.author_id, WatchLevel.NORMAL) in (
        WatchLevel.NORMAL,
        WatchLevel.MUTED,
    ):
        level = WatchLevel.TRACKING
    else:
        return
    # A watch the member set meanwhile (another tab, another post) wins.
    TopicWatch.objects.bulk_create(
        [TopicWatch(user_id=post.author_id, topic_id=post.topic_id, level=level)],
        ignore_conflicts=True,
    )
