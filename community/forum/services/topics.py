"""Writes on topics: starting one (with its opening post)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from community.forum import attachments, permissions
from community.forum.models import TITLE_MAX_LENGTH, Category, Topic
from community.forum.services.handles import handle_ensure
from community.forum.services.publishing import after_publish, body_render, post_append
from community.forum.services.reading import topic_mark_read

TITLE_MIN_LENGTH = 5


def title_validate(title: str) -> str:
    title = " ".join(title.split())
    if len(title) < TITLE_MIN_LENGTH:
        raise ValidationError(
            {
                "title": _("A title needs at least %(limit)d characters.")
                % {"limit": TITLE_MIN_LENGTH}
            }
        )
    if len(title) > TITLE_MAX_LENGTH:
        raise ValidationError(
            {
                "title": _("A title may have at most %(limit)d characters.")
                % {"limit": TITLE_MAX_LENGTH}
            }
        )
    return title


def topic_create(
    *, author, category: Category, title: str, body_markdown: str, uploads=()
) -> Topic:
    """Start a topic in the category with its opening post (number 1)."""
    if not permissions.can_create_topic(author, category):
        raise PermissionDenied(_("You may not start a topic in this category."))
    title = title_validate(title)
    body = body_render(author=author, text=body_markdown)
    handle_ensure(user=author)  # others can @mention whoever writes
    with transaction.atomic():
        topic = Topic(category=category, title=title, author=author)
        topic.full_clean(exclude=["last_post", "solution"])
        topic.save()
        Category.objects.filter(pk=category.pk).update(topic_count=F("topic_count") + 1)
        post = post_append(topic=topic, author=author, body=body)
        if uploads:
            attachments.attachments_store(post=post, uploads=uploads, user=author)
        topic_mark_read(user=author, topic=topic, up_to_number=post.number)
        after_publish(post=post, reindex=True)
    return topic
