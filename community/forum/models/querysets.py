"""Reads of the forum's structure: who may see which categories, topics and posts.

Every forum view starts from `visible_to(user)`: nothing for anyone who is not an
approved member, and no moderators-only category for members who are not moderators.
"""

from django.db import models
from django.db.models import Exists, OuterRef, Subquery

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

    def for_topic_page(self, user):
        """What the topic page shows and what it needs to know about the reader,
        in the one query that opens the topic: the read mark, the watch level,
        and whether any of the reader's notifications in it are unread (so that
        a repeated visit writes nothing but the view count). The solution of a
        question is read apart (few topics have one; see visible_topic_for_page)."""
        from community.notifications.models import Notification
        from community.notifications.watches import watch_level_of_reader

        unread = Notification.objects.for_recipient(user).unread()
        return (
            self.select_related("category")
            .with_read_state(user)
            .annotate(
                watch_level=watch_level_of_reader(user),
                has_unread_notifications=Exists(unread.filter(topic=OuterRef("pk"))),
            )
        )

    def latest_first(self):
        return self.order_by("-last_posted_at", "-pk")


# What a topic page shows of a post and its author (forum_posts.PostHead, PostFoot)
# and what the permission checks read: twenty rows of each page, without the
# Markdown source or the author's account details.
POST_PAGE_FIELDS = (
    "topic_id",
    "number",
    "author_id",
    "body_html",
    "created_at",
    "edited_at",
    "deleted_at",
    "is_hidden",
    "hidden_reason",
    "helpful_count",
    "author__first_name",
    "author__last_name",
    "author__profile__display_name",
    "author__profile__user_id",
    "author__forum_handle__handle",
    "author__forum_handle__user_id",
)


class PostQuerySet(models.QuerySet):
    def for_topic_page(self):
        """A topic page's posts with their authors, and `has_attachments`: few
        posts have files, so the selector reads them only for those
        (community.forum.selectors.posts_page)."""
        from community.forum.models import Attachment

        files = Attachment.objects.filter(post=OuterRef("pk"))
        return (
            self.select_related("author__profile", "author__forum_handle")
            .only(*POST_PAGE_FIELDS)
            .annotate(has_attachments=Exists(files))
        )

    def with_helpful_mark(self, user):
        """Annotate `marked_helpful`: whether `user` marked the post helpful."""
        from community.forum.models import Reaction

        marks = Reaction.objects.filter(post=OuterRef("pk"), user=user)
        return self.annotate(marked_helpful=Exists(marks))

    def published(self):
        """Neither deleted nor hidden."""
        return self.filter(deleted_at__isnull=True, is_hidden=False)
