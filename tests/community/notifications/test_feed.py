"""The private Atom feed of a member's watched topics."""

import re
from xml.etree import ElementTree

import pytest
from django.urls import reverse

from community.models import Membership
from community.notifications.models import CategoryWatch, NotificationSettings
from community.notifications.services import feed_token_regenerate, feed_token_revoke
from community.notifications.watches import topic_watch_set
from tests.community.factories import approved_member

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_url(token: str) -> str:
    return reverse("forum:notifications:feed", kwargs={"token": token})


def entry_titles(response) -> list[str]:
    # Our own feed, generated in this test: not untrusted input.
    root = ElementTree.fromstring(response.content)  # noqa: S314
    return [entry.find(f"{ATOM}title").text for entry in root.iter(f"{ATOM}entry")]


@pytest.fixture
def member(db):
    return approved_member()


def test_a_valid_token_gives_the_watched_topics_posts(client, forum, member):
    watched = forum.topic(title="Obserwowany temat")
    forum.topic(title="Inny temat")
    topic_watch_set(user=member, topic=watched, level="watching")
    forum.reply(topic=watched, author=approved_member(), text="Nowa odpowiedź")
    token = feed_token_regenerate(user=member)

    response = client.get(feed_url(token))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert "no-store" in response["Cache-Control"]
    assert entry_titles(response) == ["Obserwowany temat #2", "Obserwowany temat #1"]


def test_the_feed_includes_topics_of_watched_categories(client, forum, member):
    category = forum.category()
    CategoryWatch.objects.create(user=member, category=category, level="watching")
    forum.topic(category=category, title="Temat w kategorii")

    response = client.get(feed_url(feed_token_regenerate(user=member)))

    assert entry_titles(response) == ["Temat w kategorii #1"]


def test_a_wrong_token_is_not_found(client, forum, member):
    feed_token_regenerate(user=member)

    assert client.get(feed_url("not-the-token")).status_code == 404


def test_a_revoked_or_replaced_token_is_not_found(client, forum, member):
    old = feed_token_regenerate(user=member)
    new = feed_token_regenerate(user=member)
    assert client.get(feed_url(old)).status_code == 404
    assert client.get(feed_url(new)).status_code == 200

    feed_token_revoke(user=member)

    assert client.get(feed_url(new)).status_code == 404


def test_only_the_tokens_hash_is_stored(member):
    token = feed_token_regenerate(user=member)

    stored = NotificationSettings.objects.get(user=member).feed_token_hash
    assert token not in stored and len(stored) == 64


def test_a_member_who_is_suspended_loses_the_feed(client, forum, member):
    token = feed_token_regenerate(user=member)
    Membership.objects.filter(user=member).update(
        suspended_until="2999-01-01", suspension_reason="Spam."
    )

    assert client.get(feed_url(token)).status_code == 404


def test_the_feed_never_includes_topics_the_member_can_no_longer_see(
    client, forum, member
):
    from tests.community.factories import moderator

    hidden_category = forum.category(moderators_only=True)
    secret = forum.topic(category=hidden_category, author=moderator(), title="Tajne")
    # Watched while they could see it (say, as a former moderator).
    topic_watch_set(user=moderator(), topic=secret, level="watching")
    from community.notifications.models import TopicWatch

    TopicWatch.objects.create(user=member, topic=secret, level="watching")
    shown = forum.topic(title="Jawne")
    topic_watch_set(user=member, topic=shown, level="watching")

    response = client.get(feed_url(feed_token_regenerate(user=member)))

    assert entry_titles(response) == ["Jawne #1"]


def test_hidden_posts_stay_out_of_the_feed(client, forum, member):
    topic = forum.topic(title="Temat")
    topic_watch_set(user=member, topic=topic, level="watching")
    reply = forum.reply(topic=topic, author=approved_member())
    reply.is_hidden = True
    reply.save()

    response = client.get(feed_url(feed_token_regenerate(user=member)))

    assert entry_titles(response) == ["Temat #1"]


def test_the_preferences_page_shows_a_new_feed_address_once(client, member, home):
    client.force_login(member)

    response = client.post(reverse("forum:notifications:feed_token_new"))

    url = re.search(r'id="feed-url"[^>]*value="([^"]+)"', response.content.decode())
    assert url, "the new feed address is shown"
    assert client.get(url.group(1)).status_code == 200
    page = client.get(reverse("forum:notifications:preferences")).content.decode()
    assert url.group(1) not in page


def test_the_preferences_page_revokes_the_feed(client, member, home):
    token = feed_token_regenerate(user=member)
    client.force_login(member)

    client.post(reverse("forum:notifications:feed_revoke"))

    assert client.get(feed_url(token)).status_code == 404
