"""Moderators' services: who may call them, and what each records in the audit log."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from community.forum import attachments
from community.forum.models import Post, Topic
from community.forum.services.posts import post_create, post_edit
from community.forum_moderation.models import Flag, LogEntry
from community.forum_moderation.services.posts import (
    flag_create,
    post_flags_dismiss,
    post_hide,
    post_unhide,
)
from community.forum_moderation.services.topics import (
    topic_lock,
    topic_move,
    topic_pin,
    topic_unlock,
    topic_unpin,
)
from tests.community.forum.factories import make_category, make_topic
from tests.community.forum_moderation.conftest import ROLES, person
from tests.community.forum_moderation.images import png_upload

pytestmark = pytest.mark.django_db

MODERATOR_ONLY = {role: role == "moderator" for role in ROLES}
MEMBERS = {role: role in ("member", "moderator") for role in ROLES}


def reply(topic) -> Post:
    return topic.posts.get(number=2)


@pytest.mark.parametrize("role", ROLES)
def test_only_moderators_hide_posts(role):
    post = reply(make_topic(replies=1))
    user = person(role)

    if MODERATOR_ONLY[role]:
        post_hide(moderator=user, post=post, reason="Reklama")
        assert Post.objects.get(pk=post.pk).is_hidden
    else:
        with pytest.raises(PermissionDenied):
            post_hide(moderator=user, post=post, reason="Reklama")
        assert not Post.objects.get(pk=post.pk).is_hidden


@pytest.mark.parametrize("role", ROLES)
def test_only_moderators_lock_topics(role):
    topic = make_topic()
    user = person(role)

    if MODERATOR_ONLY[role]:
        topic_lock(moderator=user, topic=topic)
    else:
        with pytest.raises(PermissionDenied):
            topic_lock(moderator=user, topic=topic)
    assert Topic.objects.get(pk=topic.pk).is_locked is MODERATOR_ONLY[role]


@pytest.mark.parametrize("role", ROLES)
def test_only_moderators_move_topics(role):
    topic, elsewhere = make_topic(), make_category()
    user = person(role)

    if MODERATOR_ONLY[role]:
        topic_move(moderator=user, topic=topic, category=elsewhere)
    else:
        with pytest.raises(PermissionDenied):
            topic_move(moderator=user, topic=topic, category=elsewhere)
    moved = Topic.objects.get(pk=topic.pk).category_id == elsewhere.pk
    assert moved is MODERATOR_ONLY[role]


@pytest.mark.parametrize("role", ROLES)
def test_members_and_moderators_flag_posts(role):
    post = reply(make_topic(replies=1))
    user = person(role)

    if MEMBERS[role]:
        flag_create(reporter=user, post=post, reason="To jest reklama.")
    else:
        with pytest.raises(PermissionDenied):
            flag_create(reporter=user, post=post, reason="To jest reklama.")
    assert Flag.objects.filter(post=post).exists() is MEMBERS[role]


@pytest.mark.parametrize("role", ROLES)
def test_members_and_moderators_attach_files_when_they_post(role):
    topic = make_topic()
    user = person(role)
    uploads = attachments.uploads_clean([png_upload()])

    if MEMBERS[role]:
        post = post_create(
            author=user, topic=topic, body_markdown="Wykres.", uploads=uploads
        )
        assert [a.filename for a in post.attachments.all()] == ["wykres.png"]
    else:
        with pytest.raises(PermissionDenied):
            post_create(
                author=user, topic=topic, body_markdown="Wykres.", uploads=uploads
            )
        assert not topic.posts.filter(number=2).exists()


def test_a_member_cannot_attach_files_to_another_members_post(member):
    post = reply(make_topic(replies=1))
    uploads = attachments.uploads_clean([png_upload()])

    with pytest.raises(PermissionDenied):
        attachments.attachments_store(post=post, uploads=uploads, user=member)
    assert not post.attachments.exists()


def test_a_member_flags_a_post_once_while_the_flag_is_open(member):
    post = reply(make_topic(replies=1))
    flag_create(reporter=member, post=post, reason="Spam")

    with pytest.raises(ValidationError) as raised:
        flag_create(reporter=member, post=post, reason="Spam, naprawdę")
    assert raised.value.code == "already_flagged"
    assert Flag.objects.filter(post=post).count() == 1


def test_a_member_cannot_flag_their_own_post(member):
    topic = make_topic(author=member)

    with pytest.raises(ValidationError):
        flag_create(reporter=member, post=topic.posts.get(), reason="Pomyłka")


def test_a_flag_needs_a_reason(member):
    with pytest.raises(ValidationError) as raised:
        flag_create(reporter=member, post=reply(make_topic(replies=1)), reason="  ")
    assert "reason" in raised.value.error_dict


def test_members_cannot_flag_posts_of_moderators_only_categories(member, moderator):
    category = make_category(moderators_only=True)
    topic = make_topic(category=category, author=moderator)

    with pytest.raises(PermissionDenied):
        flag_create(reporter=member, post=topic.posts.get(), reason="Spam")


def test_hiding_a_post_closes_its_flags_as_upheld(member, moderator):
    post = reply(make_topic(replies=1))
    flag_create(reporter=member, post=post, reason="Obraźliwe słowa")

    post_hide(moderator=moderator, post=post, reason="Obraźliwe słowa")

    flag = Flag.objects.get(post=post)
    assert (flag.status, flag.resolved_by) == (Flag.Status.UPHELD, moderator)
    assert Post.objects.get(pk=post.pk).hidden_reason == "Obraźliwe słowa"


def test_hiding_needs_a_reason(moderator):
    post = reply(make_topic(replies=1))

    with pytest.raises(ValidationError):
        post_hide(moderator=moderator, post=post, reason="")
    assert not Post.objects.get(pk=post.pk).is_hidden


def test_dismissing_closes_the_open_flags_and_leaves_the_post(member, moderator):
    post = reply(make_topic(replies=1))
    flag_create(reporter=member, post=post, reason="Nie podoba mi się")

    assert post_flags_dismiss(moderator=moderator, post=post, reason="W porządku") == 1

    assert Flag.objects.get(post=post).status == Flag.Status.DISMISSED
    assert not Post.objects.get(pk=post.pk).is_hidden
    # Closed, so the member may flag it again if it gets worse.
    flag_create(reporter=member, post=post, reason="Jednak spam")


def test_every_moderator_action_is_in_the_audit_log(moderator):
    topic = make_topic(replies=1)
    post, elsewhere = reply(topic), make_category(name="Inne")

    post_hide(moderator=moderator, post=post, reason="Dane osobowe")
    post_unhide(moderator=moderator, post=post, reason="Poprawione")
    topic_lock(moderator=moderator, topic=topic, reason="Wyczerpany temat")
    topic_unlock(moderator=moderator, topic=topic)
    topic_pin(moderator=moderator, topic=topic)
    topic_unpin(moderator=moderator, topic=topic)
    topic_move(moderator=moderator, topic=topic, category=elsewhere, reason="Tu pasuje")

    entries = list(LogEntry.objects.order_by("pk"))
    assert [e.action for e in entries] == [
        "post_hide",
        "post_unhide",
        "topic_lock",
        "topic_unlock",
        "topic_pin",
        "topic_unpin",
        "topic_move",
    ]
    assert {e.actor for e in entries} == {moderator}
    assert entries[0].post == post
    assert entries[0].reason == "Dane osobowe"
    assert entries[0].target_label == f"{topic.title} #2"
    assert entries[2].topic == topic
    assert entries[6].details.endswith("→ Inne")
    assert all(e.created_at for e in entries)


def test_the_log_keeps_its_label_after_the_post_is_gone(moderator):
    topic = make_topic(replies=1)
    post_hide(moderator=moderator, post=reply(topic), reason="Spam")

    reply(topic).delete()

    entry = LogEntry.objects.get()
    assert entry.post is None
    assert entry.target_label == f"{topic.title} #2"


def test_a_moderator_editing_someone_elses_post_is_logged(moderator):
    post = reply(make_topic(replies=1))

    post_edit(editor=moderator, post=post, body_markdown="Poprawione przez moderatora.")

    entry = LogEntry.objects.get(action=LogEntry.Action.POST_EDIT)
    assert (entry.actor, entry.post) == (moderator, post)


def test_an_author_editing_their_own_post_is_not_logged(member):
    post = reply(make_topic(replies=1))

    post_edit(editor=post.author, post=post, body_markdown="Poprawiłem literówkę.")

    assert not LogEntry.objects.exists()
