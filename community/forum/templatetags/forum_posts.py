"""The head of a post on a topic page (author, number, dates, text, attachments)
and its buttons, rendered once per worker process and reused while nothing they
show changes.

A topic page shows twenty posts, and these parts cost most of the page's template
time. Equal inputs give equal HTML: the key of each cache is every input
(`PostHead`, `PostFoot`), which is why nothing ever has to invalidate them. The
head depends on the reader only through whether they may see earlier versions and
hidden text; the buttons through what the reader may do with the post, and the
forms' CSRF token, which is put into the stored HTML on every request."""

import datetime
from dataclasses import dataclass
from functools import lru_cache

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.safestring import SafeString

from community import identity
from website.kept_html import CSRF_PLACEHOLDER, with_csrf_token

register = template.Library()

# About 2 KB each: a few MB per worker for the posts read most recently.
HEADS_KEPT = 4096


@dataclass(frozen=True)
class PostHead:
    """Everything templates/forum/components/post_head.html shows."""

    pk: int
    number: int
    author_name: str
    profile_pk: int | None
    handle: str
    created_at: datetime.datetime
    edited_at: datetime.datetime | None
    is_solution: bool
    is_deleted: bool
    is_hidden: bool
    hidden_reason: str
    body_html: str
    attachments: tuple[tuple[int, str, str, int], ...]  # pk, kind, filename, size
    can_see_revisions: bool
    can_see_hidden_text: bool
    language: str
    time_zone: str

    @classmethod
    def of(cls, post, *, topic, can_see_revisions, can_see_hidden_text):
        """For a post of posts_page() (author, profile, handle and attachments
        already read)."""
        author = post.author
        return cls(
            pk=post.pk,
            number=post.number,
            author_name=identity.member_name(author),
            profile_pk=_profile_pk(author),
            handle=_handle(author),
            created_at=post.created_at,
            edited_at=post.edited_at,
            is_solution=topic.solution_id == post.pk,
            is_deleted=bool(post.deleted_at),
            is_hidden=post.is_hidden,
            hidden_reason=post.hidden_reason,
            body_html=post.body_html,
            attachments=tuple(
                (a.pk, a.kind, a.filename, a.size) for a in post.attachments.all()
            )
            if post.has_attachments
            else (),
            can_see_revisions=bool(can_see_revisions),
            can_see_hidden_text=bool(can_see_hidden_text),
            language=translation.get_language(),
            time_zone=timezone.get_current_timezone_name(),
        )


def _profile_pk(author) -> int | None:
    try:
        return author.profile.pk if author else None
    except ObjectDoesNotExist:
        return None


def _handle(author) -> str:
    try:
        return author.forum_handle.handle if author else ""
    except ObjectDoesNotExist:
        return ""


@lru_cache(maxsize=HEADS_KEPT)
def _head_html(head: PostHead) -> str:
    return get_template("forum/components/post_head.html").render({"head": head})


@register.simple_tag(takes_context=True)
def post_head(context, post) -> str:
    """The head of `post` as this reader sees it (escaped by its template)."""
    return _head_html(
        PostHead.of(
            post,
            topic=context["topic"],
            can_see_revisions=context.get("can_see_revisions"),
            can_see_hidden_text=context.get("can_see_hidden_text"),
        )
    )


@dataclass(frozen=True)
class PostFoot:
    """Everything templates/forum/components/post_foot.html shows."""

    pk: int
    number: int
    topic_pk: int
    is_deleted: bool
    is_hidden: bool
    is_solution: bool
    helpful_count: int
    marked_helpful: bool
    can_mark_helpful: bool
    can_reply: bool
    can_mark_solution: bool
    can_edit: bool
    can_delete: bool
    reader_is_moderator: bool
    reader_is_member: bool
    reader_is_author: bool
    language: str

    @classmethod
    def of(cls, post, context):
        """For a post of forum.selectors.posts_page() (its can_* set) on the topic
        page whose context is `context`."""
        topic = context["topic"]
        return cls(
            pk=post.pk,
            number=post.number,
            topic_pk=topic.pk,
            is_deleted=bool(post.deleted_at),
            is_hidden=post.is_hidden,
            is_solution=topic.solution_id == post.pk,
            helpful_count=post.helpful_count,
            marked_helpful=bool(post.marked_helpful),
            can_mark_helpful=bool(post.can_mark_helpful),
            can_reply=bool(context.get("reply_form")),
            can_mark_solution=bool(context.get("can_mark_solution")),
            can_edit=bool(post.can_edit),
            can_delete=bool(post.can_delete),
            reader_is_moderator=bool(context.get("reader_is_moderator")),
            reader_is_member=bool(context.get("reader_is_member")),
            reader_is_author=post.author_id == context["user"].pk,
            language=translation.get_language(),
        )


@lru_cache(maxsize=HEADS_KEPT)
def _foot_html(foot: PostFoot) -> str:
    return get_template("forum/components/post_foot.html").render(
        {"foot": foot, "csrf_token": CSRF_PLACEHOLDER}
    )


@register.simple_tag(takes_context=True)
def post_foot(context, post) -> SafeString:
    """The buttons under `post` for this reader, with this request's CSRF token."""
    return with_csrf_token(_foot_html(PostFoot.of(post, context)), context)
