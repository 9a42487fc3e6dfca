"""The reused parts of a post on a topic page (forum.templatetags.forum_posts): each
reader still gets their own buttons, and the forms work with their CSRF token."""

import re

from django.test import Client
from django.urls import reverse

from community.forum.models import Post
from tests.community.forum.factories import make_topic


def _page(client, topic) -> str:
    response = client.get(topic.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_each_reader_gets_the_buttons_of_their_own_rights(
    home, category, member, moderator
):
    topic = make_topic(category=category, author=member, replies=1)
    reply = topic.posts.get(number=2)
    as_member, as_moderator = Client(), Client()
    as_member.force_login(member)
    as_moderator.force_login(moderator)

    member_page = _page(as_member, topic)
    moderator_page = _page(as_moderator, topic)
    member_again = _page(as_member, topic)

    hide = reverse("forum:forum_moderation:post_hide", args=[reply.pk])
    flag = reverse("forum:forum_moderation:post_flag", args=[reply.pk])
    assert hide in moderator_page
    assert hide not in member_page
    assert hide not in member_again
    assert flag in member_page
    own_flag = reverse(
        "forum:forum_moderation:post_flag", args=[topic.posts.get(number=1).pk]
    )
    assert own_flag not in member_page


def test_buttons_carry_a_token_that_the_csrf_check_accepts(home, category, member):
    topic = make_topic(category=category, replies=1)
    reply = topic.posts.get(number=2)
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    page = _page(client, topic)
    action = reverse("forum:post_helpful", args=[reply.pk])
    form = page[page.index(f'action="{action}"') :]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)

    response = client.post(action, {"csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert Post.objects.get(pk=reply.pk).helpful_count == 1
    assert "csrftokenplaceholder" not in page


def test_a_helpful_mark_shows_at_once_on_a_reused_post(home, category, member):
    topic = make_topic(category=category, replies=1)
    reply = topic.posts.get(number=2)
    client = Client()
    client.force_login(member)
    _page(client, topic)

    client.post(reverse("forum:post_helpful", args=[reply.pk]))
    page = _page(client, topic)

    assert 'aria-pressed="true"' in page


def test_the_kept_reply_and_watch_forms_carry_each_readers_own_token(
    home, category, member, moderator
):
    topic = make_topic(category=category, replies=1)
    first, second = (
        Client(enforce_csrf_checks=True),
        Client(enforce_csrf_checks=True),
    )
    first.force_login(member)
    second.force_login(moderator)
    _page(first, topic)  # the forms are kept from here on
    reply = reverse("forum:reply", args=[topic.pk])
    watch = reverse("forum:notifications:topic_watch", args=[topic.pk])

    for client, text in ((first, "Pierwsza odpowiedź."), (second, "Druga odpowiedź.")):
        page = _page(client, topic)
        form = page[page.index(f'action="{reply}"') :]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
        response = client.post(
            reply, {"body_markdown": text, "csrfmiddlewaretoken": token.group(1)}
        )
        assert response.status_code == 302
        form = page[page.index(f'action="{watch}"') :]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
        response = client.post(
            watch, {"level": "watching", "csrfmiddlewaretoken": token.group(1)}
        )
        assert response.status_code == 302

    bodies = set(topic.posts.values_list("body_markdown", flat=True))
    assert {"Pierwsza odpowiedź.", "Druga odpowiedź."} <= bodies
    assert "csrftokenplaceholder" not in page
