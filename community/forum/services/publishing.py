"""What every new or edited post goes through: rendering with mentions resolved,
quoted posts found, the numbered insert under a lock on the topic, and the side
effects run once the transaction has committed."""

import re
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

# A quoted post is a quote line ("> ...") holding a link to it: the reply form's
# quote button writes one, and members can paste one by hand.
QUOTE_LINK_RE = re.compile(
    r"^[ \t]*>.*?\]\((?:/[a-z]{2})?/forum/wpis/(\d+)/\)", re.MULTILINE
)


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
    quoted_ids = {int(pk) for pk in QUOTE_LINK_RE.findall(text)}
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
    replies to one topic take their numbers one after another."""
    locked = Topic.objects.select_for_update().get(pk=topic.pk)
    last_number = locked.posts.aggregate(last=Max("number"))["last"] or 0
    post = Post(
        topic=locked,
        number=last_number + 1,
        author=author,
        body_markdown=body.markdown,
        body_html=body.html,
    )
    post.full_clean(validate_unique=False, validate_constraints=False)
    post.save()
    post.mentions.set(body.mentioned_users)
    post.quoted_posts.set(body.quoted_posts)
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
    topic.refresh_from_db(fields=["post_count", "last_post", "last_posted_at"])
    return post


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
