"""Reads of the forum's structure: who may see which categories, topics and posts.

Every forum view starts from `visible_to(user)`: nothing for anyone who is not an
approved member, and no moderators-only category for members who are not moderators.
"""

from django.db import models
from django.db.models import OuterRef, Subquery

from community import access


class CategoryQuerySet(models.QuerySet):
    def visible_to(self, user):
        if not access.is_approved_member(user):
            return self.none()
        if access.is_moderator(user):
            return self
        return self.filter(moderators_only=False)


class TopicQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Topics the user may open, merged ones included (they redirect)."""
        from community.forum.models import Category

        return self.filter(category__in=Category.objects.visible_to(user))

    def listed(self):
        """Topics shown in lists: a merged topic lives on in its target."""
        return self.filter(merged_into__isnull=True)

    def in_category(self, category):
        return self.filter(category=category)

    def for_listing(self):
        """What a topic list shows, in a constant number of queries."""
        return self.select_related(
            "category", "author__profile", "last_post__author__profile"
        )

    def with_read_state(self, user):
        """Annotate `last_read_number`: the highest post number the user has seen
        (None when they never opened the topic)."""
        from community.forum.models import TopicReadState

        states = TopicReadState.objects.filter(user=user, topic=OuterRef("pk"))
        return self.annotate(
            last_read_number=Subquery(states.values("last_read_number")[:1])
        )

    def latest_first(self):
        return self.order_by("-last_posted_at", "-pk")


class PostQuerySet(models.QuerySet):
    def for_topic_page(self):
        """A topic page's posts with their authors and attachments, in a constant
        number of queries."""
        return self.select_related(
            "author__profile", "author__forum_handle"
        ).prefetch_related("attachments")

    def published(self):
        """Neither deleted nor hidden."""
        return self.filter(deleted_at__isnull=True, is_hidden=False)
