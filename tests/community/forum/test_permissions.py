"""Who may start a topic, reply, edit and delete, as pages and as services, for
every kind of person the community knows."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from community.forum import permissions
from community.forum.models import Post
from community.forum.services.posts import post_create, post_delete, post_edit
from community.forum.services.topics import topic_create
from community.models import Membership
from tests.community import factories
from tests.community.forum.factories import make_topic

ROLES = ["anonymous", "pending", "member", "suspended", "moderator"]
# What each role may do; anything else is refused.
ALLOWED = {
    "anonymous": set(),
    "pending": set(),
    "suspended": set(),
    "member": {"create", "reply", "edit_own", "delete_own"},
    "moderator": {
        "create",
        "reply",
        "edit_own",
        "edit_other",
        "delete_own",
        "delete_other",
    },
}
ACTIONS = ["create", "reply", "edit_own", "edit_other", "delete_own", "delete_other"]


def person(role: str):
    """An approved member who then becomes `role` (so they can own a post)."""
    if role == "anonymous":
        return None
    user = factories.moderator() if role == "moderator" else factories.approved_member()
    return user


def demote(user, role: str) -> None:
    if role == "pending":
        Membership.objects.filter(user=user).update(status=Membership.Status.PENDING)
    if role == "suspended":
        Membership.objects.filter(user=user).update(
            suspended_until=timezone.localdate() + datetime.timedelta(days=3),
            suspension_reason="Spam.",
        )


@pytest.fixture
def setting(db, category):
    """(topic by someone else, reply by someone else)."""
    topic = make_topic(category=category, replies=1)
    return topic, topic.posts.get(number=2)


def arrange(role, category, setting):
    topic, others_post = setting
    user = person(role)
    own_post = None
    if user is not None:
        own_post = post_create(author=user, topic=topic, body_markdown="Mój wpis.")
        demote(user, role)
        if role != "moderator":
            user = type(user).objects.get(pk=user.pk)  # fresh membership
    return user, topic, own_post or others_post, others_post


def request_for(client, action, *, category, topic, own_post, others_post):
    post = own_post if action.endswith("_own") else others_post
    if action == "create":
        return client.post(
            reverse("forum:topic_new", kwargs={"slug": category.slug}),
            {"title": "Nowy temat o klastrach", "body_markdown": "Treść."},
        )
    if action == "reply":
        return client.post(
            reverse("forum:reply", kwargs={"pk": topic.pk}),
            {"body_markdown": "Odpowiedź."},
        )
    if action.startswith("edit"):
        return client.post(
            reverse("forum:post_edit", kwargs={"pk": post.pk}),
            {"body_markdown": "Poprawiony tekst."},
        )
    return client.post(reverse("forum:post_delete", kwargs={"pk": post.pk}))


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_forum_action_through_the_pages(client, home, category, setting, role, action):
    user, topic, own_post, others_post = arrange(role, category, setting)
    if user is not None:
        client.force_login(user)
    posts_before = Post.objects.count()
    response = request_for(
        client,
        action,
        category=category,
        topic=topic,
        own_post=own_post,
        others_post=others_post,
    )
    if action in ALLOWED[role]:
        assert response.status_code == 302
        assert "/accounts/login/" not in response["Location"]
        if action in {"create", "reply"}:
            assert Post.objects.count() == posts_before + 1
        target = own_post if action.endswith("_own") else others_post
        target.refresh_from_db()
        if action.startswith("edit"):
            assert target.body_markdown == "Poprawiony tekst."
        if action.startswith("delete"):
            assert target.deleted_at is not None
    elif role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    else:
        assert response.status_code == 403
        assert Post.objects.count() == posts_before
        for post in (own_post, others_post):
            post.refresh_from_db()
            assert post.deleted_at is None
            assert post.body_markdown != "Poprawiony tekst."


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", [r for r in ROLES if r != "anonymous"])
def test_forum_action_through_the_services(db, category, setting, role, action):
    user, topic, own_post, others_post = arrange(role, category, setting)
    post = own_post if action.endswith("_own") else others_post
    calls = {
        "create": lambda: topic_create(
            author=user, category=category, title="Nowy temat", body_markdown="Tak."
        ),
        "reply": lambda: post_create(author=user, topic=topic, body_markdown="Tak."),
        "edit_own": lambda: post_edit(editor=user, post=post, body_markdown="Nie."),
        "edit_other": lambda: post_edit(editor=user, post=post, body_markdown="Nie."),
        "delete_own": lambda: post_delete(user=user, post=post),
        "delete_other": lambda: post_delete(user=user, post=post),
    }
    if action in ALLOWED[role]:
        calls[action]()
    else:
        with pytest.raises(PermissionDenied):
            calls[action]()


def test_author_cannot_delete_the_opening_post_but_a_moderator_can(db, category):
    author = factories.approved_member()
    topic = make_topic(category=category, author=author)
    opening = topic.posts.get(number=1)
    assert not permissions.can_delete_post(author, opening)
    assert permissions.can_delete_post(factories.moderator(), opening)


def test_nobody_but_moderators_replies_in_a_locked_topic(db, category):
    topic = make_topic(category=category)
    topic.is_locked = True
    topic.save()
    assert not permissions.can_reply(factories.approved_member(), topic)
    assert permissions.can_reply(factories.moderator(), topic)
    with pytest.raises(PermissionDenied):
        post_create(author=topic.author, topic=topic, body_markdown="Jeszcze jedno.")


def test_members_cannot_post_in_a_moderators_only_category(db):
    from tests.community.forum.factories import make_category

    private = make_category(moderators_only=True)
    with pytest.raises(PermissionDenied):
        topic_create(
            author=factories.approved_member(),
            category=private,
            title="Tajny temat",
            body_markdown="Nie powinno się udać.",
        )
    assert topic_create(
        author=factories.moderator(),
        category=private,
        title="Sprawy moderatorów",
        body_markdown="Ustalenia.",
    ).pk
