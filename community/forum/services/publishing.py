"""What every new or edited post goes through: rendering with mentions resolved,
quoted posts found, the numbered insert under a lock on the topic, and the side
effects run once the transaction has committed."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max, Value
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.search import index

from community import access
from community.forum import markup
from community.forum.models import (
    POST_MAX_LENGTH,
    Category,
    MemberHandle,
    Post,
    Topic,
)
from community.forum_moderation.models import LogEntry
from community.forum_moderation.services.log import log_entry_record
from community.notifications import dispatch


@dataclass
class Body:
    markdown: str
    html: str
    mentioned_users: list
    quoted_posts: list


def body_validate(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError({"body_markdown": _("Write something first.")})
    if len(text) > POST_MAX_LENGTH:
        raise ValidationError(
            {
                "body_markdown": _(
                    "A post may have at most %(limit)d characters (it has %(count)d)."
                )
                % {"limit": POST_MAX_LENGTH, "count": len(text)}
            }
        )
    return text


def mention_targets(text: str) -> dict[str, object]:
    """Approved members whose handles the text names, by lower-case handle."""
    candidates = markup.mention_candidates(text)
    if not candidates:
        return {}
    handles = MemberHandle.objects.filter(
        handle__in=candidates, user__in=access.approved_member_users()
    ).select_related("user__profile")
    return {handle.handle: handle.user for handle in handles}


def _profile_url(user) -> str:
    return reverse("community:member_detail", kwargs={"pk": user.profile.pk})


def body_render(*, author, text: str) -> Body:
    text = body_validate(text)
    targets = mention_targets(text)
    rendered = markup.render(
        text, mention_urls={h: _profile_url(u) for h, u in targets.items()}
    )
    quoted_ids = markup.quoted_post_ids(text)
    quoted = []
    if quoted_ids:
        quoted = list(
            Post.objects.filter(
                pk__in=quoted_ids, topic__in=Topic.objects.visible_to(author)
            )
        )
    return Body(
        markdown=text,
        html=rendered.html,
        mentioned_users=[targets[h] for h in sorted(rendered.mentioned)],
        quoted_posts=quoted,
    )


def post_append(*, topic: Topic, author, body: Body) -> Post:
    """Store the next numbered post of the topic and keep every counter exact.

    The topic's row stays locked until the caller's transaction ends, so concurrent
    replies to one topic take their numbers one after another. Everything slow
    (rendering, lookups, notifications) happens before or after that lock; under
    it run only the few statements that must."""
    locked = Topic.objects.select_for_update().get(pk=topic.pk)
    if Topic.category.is_cached(topic):
        locked.category = topic.category  # read after commit by the fan-out
    # Read after the lock is taken, so it sees the posts of whoever held it.
    last_number = locked.posts.aggregate(last=Max("number"))["last"] or 0
    post = Post(
        topic=locked,
        number=last_number + 1,
        author=author,
        body_markdown=body.markdown,
        body_html=body.html,
    )
    # The locked topic and the signed-in author exist: no lookup query for them.
    post.full_clean(
        exclude=["topic", "author"], validate_unique=False, validate_constraints=False
    )
    post.save()
    _links_store(post=post, body=body)
    Topic.objects.filter(pk=locked.pk).update(
        post_count=F("post_count") + 1,
        last_post=post,
        last_posted_at=post.created_at,
    )
    Category.objects.filter(pk=locked.category_id).update(
        post_count=F("post_count") + 1,
        last_posted_at=Greatest(
            Coalesce("last_posted_at", Value(post.created_at)), Value(post.created_at)
        ),
    )
    # The locked row was the latest one, so these are the values just written.
    topic.post_count = locked.post_count + 1
    topic.last_post = post
    topic.last_posted_at = post.created_at
    return post


def _links_store(*, post: Post, body: Body) -> None:
    """A new post's mentions and quotes: one INSERT each, none when empty."""
    if body.mentioned_users:
        Mention = Post.mentions.through
        Mention.objects.bulk_create(
            [Mention(post=post, user=user) for user in body.mentioned_users]
        )
    if body.quoted_posts:
        Quote = Post.quoted_posts.through
        Quote.objects.bulk_create(
            [Quote(from_post=post, to_post=quoted) for quoted in body.quoted_posts]
        )


def after_publish(*, post: Post, reindex: bool) -> None:
    """Run once a new post is committed: notifications, then the search index."""

    def run():
        dispatch.post_published(post=post)
        if reindex:
            index.insert_or_update_object(post.topic)

    transaction.on_commit(run)


def after_edit(*, post: Post, editor) -> None:
    """An edit notifies nobody again; a moderator's edit of someone else's post goes
    to the moderation log; an edited opening post is reindexed."""
    if editor.pk != post.author_id:
        log_entry_record(actor=editor, action=LogEntry.Action.POST_EDIT, post=post)
    if post.number == 1:
        transaction.on_commit(lambda: index.insert_or_update_object(post.topic))
