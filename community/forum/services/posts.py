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


def post_edit(*, editor, post: Post, body_markdown: str) -> Post:
    """Replace the post's text, keeping the previous one as a revision."""
    if not permissions.can_edit_post(editor, post):
        raise PermissionDenied(_("You may not edit this post."))
    body = body_render(author=editor, text=body_markdown)
    if body.markdown == post.body_markdown:
        return post
    with transaction.atomic():
        PostRevision.objects.create(
            post=post, body_markdown=post.body_markdown, edited_by=editor
        )
        post.body_markdown = body.markdown
        post.body_html = body.html
        post.edited_at = timezone.now()
        post.full_clean(validate_unique=False, validate_constraints=False)
        post.save(update_fields=["body_markdown", "body_html", "edited_at"])
        post.mentions.set(body.mentioned_users)
        post.quoted_posts.set(body.quoted_posts)
        after_edit(post=post, editor=editor)
    return post


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
