"""Counters recomputed from fresh counts after posts change topic or topics change
category. Callers hold row locks on the topics involved."""

from django.db.models import Max, Sum

from community.forum.models import Category, Post, Topic


def topic_counters_recompute(topic: Topic) -> None:
    posts = Post.objects.filter(topic=topic)
    last = posts.order_by("-number").only("pk", "created_at").first()
    Topic.objects.filter(pk=topic.pk).update(
        post_count=posts.count(),
        last_post=last,
        last_posted_at=last.created_at if last else None,
    )


def category_counters_recompute(category: Category) -> None:
    listed = Topic.objects.filter(category=category, merged_into__isnull=True)
    totals = listed.aggregate(posts=Sum("post_count"), last=Max("last_posted_at"))
    Category.objects.filter(pk=category.pk).update(
        topic_count=listed.count(),
        post_count=totals["posts"] or 0,
        last_posted_at=totals["last"],
    )
