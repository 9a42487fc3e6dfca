"""The head of a post on a topic page (author, number, dates, text, attachments),
rendered once per worker process and reused while nothing it shows changes.

A topic page shows twenty posts, and these parts cost most of the page's template
time. They do not depend on who reads them, apart from whether the reader may see
earlier versions and hidden text, so equal inputs give equal HTML: the key of the
cache is every input (`PostHead`), which is why nothing ever has to invalidate it.
The per-reader parts (the buttons) are rendered for each request."""

import datetime
from dataclasses import dataclass
from functools import lru_cache

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.template.loader import get_template
from django.utils import timezone, translation

from community import identity

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
        """For a post of PostQuerySet.for_topic_page() (author, profile, handle
        and attachments already read)."""
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
            ),
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
