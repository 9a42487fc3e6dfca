"""A member's private Atom feed of the recent posts in the topics they watch. The
address carries a secret token (only its hash is stored); a wrong or revoked
token, or an owner who is no longer a member, answers 404."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from community.identity import member_name
from community.notifications.selectors import feed_owner, feed_posts


class WatchedTopicsFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # Members-only content: never kept by a shared cache.
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    def get_object(self, request, token: str):
        user = feed_owner(token)
        if user is None:
            raise Http404
        return user

    def title(self, user) -> str:
        return _("Watched forum topics – Klastry Pomorskie")

    def subtitle(self, user) -> str:
        return _("Recent posts in the forum topics you watch.")

    def link(self, user) -> str:
        return reverse("forum:index")

    def items(self, user):
        return feed_posts(user)

    def item_title(self, post) -> str:
        return f"{post.topic.title} #{post.number}"

    def item_description(self, post) -> str:
        # Sanitized on write by the forum (community.forum.markup); shown as stored.
        return post.body_html

    def item_link(self, post) -> str:
        return post.get_absolute_url()

    def item_guid(self, post) -> str:
        return f"forum-post-{post.pk}"

    def item_author_name(self, post) -> str:
        return member_name(post.author)

    def item_pubdate(self, post):
        return post.created_at

    def item_updateddate(self, post):
        return post.edited_at or post.created_at
