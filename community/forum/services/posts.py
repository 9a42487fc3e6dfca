"""Writes on posts: replying, editing (with revisions), deleting, marking helpful
and marking the solution of a question."""

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from community.forum import attachments, permissions
from community.forum.models import Post, PostRevision, Reaction, Topic
from community.forum.services.handles import handle_ensure
from community.forum.services.publishing import (
    after_edit,
    after_publish,
    body_render,
    post_append,
)
from community.forum.services.reading import topic_mark_read
from community.forum.services.topics import title_validate


def post_create(*, author, topic: Topic, body_markdown: str, uploads=()) -> Post:
    """Reply to the topic."""
    if not permissions.can_reply(author, topic):
        raise PermissionDenied(_("You may not reply in this topic."))
    body = body_render(author=author, text=body_markdown)
    handle_ensure(user=author)  # others can @mention whoever writes
    with transaction.atomic():
        post = post_append(topic=topic, author=author, body=body)
        if uploads:
            attachments.attachments_store(post=post, uploads=uploads, user=author)
        topic_mark_read(user=author, topic=topic, up_to_number=post.number)
        after_publish(post=post, reindex=False)
    return post


def post_edit(
    *, editor, post: Post, body_markdown: str, title: str | None = None
) -> Post:
    """Replace the post's text and, for the opening post, the topic's title when
    `title` is given; what was there before is kept as a revision."""
    if not permissions.can_edit_post(editor, post):
        raise PermissionDenied(_("You may not edit this post."))
    topic = post.topic
    new_title = _title_change(post, title)
    body = body_render(author=editor, text=body_markdown)
    if new_title is None and body.markdown == post.body_markdown:
        return post
    with transaction.atomic():
        PostRevision.objects.create(
            post=post,
            body_markdown=post.body_markdown,
            title=topic.title if new_title is not None else "",
            edited_by=editor,
        )
        post.body_markdown = body.markdown
        post.body_html = body.html
        post.edited_at = timezone.now()
        post.full_clean(validate_unique=False, validate_constraints=False)
        post.save(update_fields=["body_markdown", "body_html", "edited_at"])
        post.mentions.set(body.mentioned_users)
        post.quoted_posts.set(body.quoted_posts)
        if new_title is not None:
            topic.title = new_title
            topic.save(update_fields=["title"])
        after_edit(post=post, editor=editor)
    return post


def _title_change(post: Post, title: str | None) -> str | None:
    """The topic's new title, checked as when a topic starts; None to keep it."""
    if title is None:
        return None
    if post.number != 1:
        raise ValueError("Only the opening post (number 1) carries the topic's title.")
    title = title_validate(title)
    return None if title == post.topic.title else title


def post_delete(*, user, post: Post) -> Post:
    """Soft delete: the post keeps its number and shows a placeholder."""
    if not permissions.can_delete_post(user, post):
        raise PermissionDenied(_("You may not delete this post."))
    post.deleted_at = timezone.now()
    post.save(update_fields=["deleted_at"])
    return post


def post_helpful_toggle(*, user, post: Post) -> bool:
    """Mark the post helpful, or take the mark back; True when it is now marked."""
    if not permissions.can_mark_helpful(user, post):
        raise PermissionDenied(_("You may not mark this post as helpful."))
    with transaction.atomic():
        deleted, _by_model = Reaction.objects.filter(post=post, user=user).delete()
        marked = not deleted
        if marked:
            try:
                with transaction.atomic():
                    Reaction.objects.create(post=post, user=user)
            except IntegrityError:  # a double click got there first
                pass
        count = Post.objects.filter(pk=post.pk).aggregate(n=Count("reactions"))["n"]
        Post.objects.filter(pk=post.pk).update(helpful_count=count)
    post.helpful_count = count
    return marked


def topic_solution_set(*, user, topic: Topic, post: Post | None) -> Topic:
    """Mark a reply as the answer to the question (None takes the mark away)."""
    if not permissions.can_mark_solution(user, topic):
        raise PermissionDenied(_("You may not choose the solution of this question."))
    if post is not None and (
        post.topic_id != topic.pk or post.number == 1 or post.deleted_at
    ):
        raise PermissionDenied(_("Only a reply in this topic can be the solution."))
    topic.solution = post
    topic.save(update_fields=["solution"])
    return topic
