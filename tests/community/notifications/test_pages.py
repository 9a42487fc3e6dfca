"""The member's notification list, the header badge, the settings page and the
watch controls on topic and category pages."""

import pytest
from django.urls import reverse

from community.notifications.models import (
    CategoryWatch,
    Notification,
    NotificationSettings,
    TopicWatch,
)
from tests.community.factories import approved_member, pending_applicant

LIST_URL = reverse("forum:notifications:list")
PREFERENCES_URL = reverse("forum:notifications:preferences")


@pytest.fixture
def member(db):
    return approved_member()


def notify(forum, member, count: int, *, topic=None):
    topic = topic or forum.topic(author=member)
    writer = approved_member(first_name="Ewa", last_name="Lis")
    for number in range(count):
        forum.reply(topic=topic, author=writer, text=f"Odpowiedź {number}")
    return topic


def test_anonymous_visitors_are_sent_to_sign_in(client, db):
    for url in (LIST_URL, PREFERENCES_URL):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response.url


def test_applicants_get_a_page_saying_why(client, db):
    client.force_login(pending_applicant())
    assert client.get(LIST_URL).status_code == 403


def test_the_list_links_each_notification_to_its_post(client, forum, member, home):
    notify(forum, member, 2)
    client.force_login(member)

    response = client.get(LIST_URL)

    content = response.content.decode()
    for notification in Notification.objects.filter(recipient=member):
        assert f'href="{notification.post.get_absolute_url()}"' in content
    assert content.count("data-notification>") == 2
    assert "Ewa Lis" in content


def test_the_list_shows_only_the_members_own_notifications(client, forum, home):
    member, other = approved_member(), approved_member()
    notify(forum, other, 1)
    client.force_login(member)

    assert "data-notification>" not in client.get(LIST_URL).content.decode()


def test_the_list_is_paginated(client, forum, member, home):
    notify(forum, member, 25)
    client.force_login(member)

    first = client.get(LIST_URL).content.decode()
    second = client.get(LIST_URL + "?page=2").content.decode()

    assert first.count("data-notification>") == 20
    assert second.count("data-notification>") == 5


# The user with their membership (the session comes from the cache); the
# paginator's count, the header badge's count and the page of notifications; the
# site, menu and footer around them. Whatever the number of notifications listed.
LIST_PAGE_QUERIES = 11


@pytest.mark.parametrize("count", [2, 20])
def test_the_lists_query_count_does_not_grow_with_notifications(
    client, forum, home, django_assert_num_queries, count
):
    member = approved_member()
    notify(forum, member, count)
    client.force_login(member)
    client.get(LIST_URL)  # warm the per-process caches (site, settings)

    with django_assert_num_queries(LIST_PAGE_QUERIES):
        assert client.get(LIST_URL).status_code == 200


def test_marking_one_read_and_all_read(client, forum, member, home):
    notify(forum, member, 3)
    client.force_login(member)
    first = Notification.objects.filter(recipient=member).first()

    client.post(reverse("forum:notifications:read", args=[first.pk]))
    first.refresh_from_db()
    assert first.is_read
    assert Notification.objects.filter(recipient=member, read_at=None).count() == 2

    response = client.post(reverse("forum:notifications:read_all"))
    assert response.status_code == 302
    assert not Notification.objects.filter(recipient=member, read_at=None).exists()


def test_nobody_can_mark_someone_elses_notification(client, forum, home):
    owner, intruder = approved_member(), approved_member()
    notify(forum, owner, 1)
    notification = Notification.objects.get(recipient=owner)
    client.force_login(intruder)

    client.post(reverse("forum:notifications:read", args=[notification.pk]))
    client.post(reverse("forum:notifications:read_all"))

    notification.refresh_from_db()
    assert not notification.is_read


def test_marking_read_is_a_post_only(client, forum, member, home):
    notify(forum, member, 1)
    notification = Notification.objects.get(recipient=member)
    client.force_login(member)

    response = client.get(reverse("forum:notifications:read", args=[notification.pk]))

    assert response.status_code == 405
    notification.refresh_from_db()
    assert not notification.is_read


def test_the_header_shows_the_unread_count_to_members(client, forum, member, home):
    notify(forum, member, 3)
    client.force_login(member)

    content = client.get(home.url).content.decode()

    assert "data-notification-badge>3<" in content
    assert f'href="{LIST_URL}"' in content
    assert f'href="{reverse("forum:index")}"' in content


def test_the_header_badge_disappears_when_all_is_read(client, forum, member, home):
    notify(forum, member, 2)
    Notification.objects.update(read_at="2026-01-01T00:00:00Z")
    client.force_login(member)

    assert "data-notification-badge" not in client.get(home.url).content.decode()


def test_the_header_has_no_forum_links_for_applicants(client, home):
    client.force_login(pending_applicant())

    content = client.get(home.url).content.decode()

    assert f'href="{LIST_URL}"' not in content


def test_the_header_badge_costs_one_query(client, forum, member, home):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(member)
    client.get(home.url)
    with CaptureQueriesContext(connection) as without_notifications:
        client.get(home.url)
    notify(forum, member, 5)
    with CaptureQueriesContext(connection) as with_notifications:
        client.get(home.url)

    assert len(with_notifications) == len(without_notifications)
    badge = [
        q for q in with_notifications if "forum_notifications_notification" in q["sql"]
    ]
    assert len(badge) == 1


def badge_queries(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        client.get(url)
    return sum("forum_notifications_notification" in q["sql"] for q in context)


def badge_of(client, url) -> str | None:
    content = client.get(url).content.decode()
    marker = "data-notification-badge>"
    if marker not in content:
        return None
    return content.split(marker, 1)[1].split("<", 1)[0]


def test_a_kept_badge_count_is_read_without_a_query(
    client, forum, member, home, settings
):
    settings.UNREAD_COUNT_CACHE_SECONDS = 60
    notify(forum, member, 2)
    client.force_login(member)

    assert badge_of(client, home.url) == "2"
    assert badge_queries(client, home.url) == 0
    assert badge_of(client, home.url) == "2"


def test_a_kept_badge_count_follows_new_and_read_notifications_at_once(
    client, forum, member, home, settings
):
    settings.UNREAD_COUNT_CACHE_SECONDS = 60
    topic = notify(forum, member, 2)
    client.force_login(member)
    assert badge_of(client, home.url) == "2"

    notify(forum, member, 1, topic=topic)
    assert badge_of(client, home.url) == "3"

    # Opening the topic reads its notifications; the page itself already shows it.
    assert badge_of(client, topic.get_absolute_url()) is None
    assert badge_of(client, home.url) is None

    notify(forum, member, 1, topic=topic)
    assert badge_of(client, home.url) == "1"
    client.post(reverse("forum:notifications:read_all"))
    assert badge_of(client, home.url) is None


def test_a_kept_badge_count_is_each_members_own(client, forum, home, settings):
    settings.UNREAD_COUNT_CACHE_SECONDS = 60
    member, other = approved_member(), approved_member()
    notify(forum, member, 2)
    client.force_login(member)
    assert badge_of(client, home.url) == "2"

    client.force_login(other)
    assert badge_of(client, home.url) is None


def test_the_preferences_page_saves_the_e_mail_choice(client, member, home):
    client.force_login(member)
    assert client.get(PREFERENCES_URL).status_code == 200

    response = client.post(PREFERENCES_URL, {"email_mode": "digest"})

    assert response.status_code == 302
    assert NotificationSettings.objects.get(user=member).email_mode == "digest"


def test_a_bad_e_mail_choice_is_shown_again_with_an_error(client, member, home):
    client.force_login(member)

    response = client.post(PREFERENCES_URL, {"email_mode": "pigeon"})

    assert response.status_code == 400
    assert 'aria-describedby="email-mode-error"' in response.content.decode()
    assert not NotificationSettings.objects.filter(user=member).exists()


def test_the_account_page_links_to_the_notification_settings(client, member, home):
    client.force_login(member)

    content = client.get(reverse("community:account")).content.decode()

    assert f'href="{PREFERENCES_URL}"' in content


def test_the_topic_watch_control_sets_the_level(client, forum, member, home):
    topic = forum.topic()
    client.force_login(member)

    response = client.post(
        reverse("forum:notifications:topic_watch", args=[topic.pk]),
        {"level": "muted"},
    )

    assert response.status_code == 302
    assert response.url == topic.get_absolute_url()
    assert TopicWatch.objects.get(user=member, topic=topic).level == "muted"


def test_the_category_watch_control_sets_the_level(client, forum, member, home):
    category = forum.category()
    client.force_login(member)

    client.post(
        reverse("forum:notifications:category_watch", args=[category.pk]),
        {"level": "watching"},
    )

    assert CategoryWatch.objects.get(user=member, category=category).level == (
        "watching"
    )


def test_an_unknown_watch_level_changes_nothing(client, forum, member, home):
    topic = forum.topic()
    client.force_login(member)

    response = client.post(
        reverse("forum:notifications:topic_watch", args=[topic.pk]),
        {"level": "everything"},
    )

    assert response.status_code == 302
    assert not TopicWatch.objects.filter(user=member, topic=topic).exists()


def test_members_cannot_watch_moderators_only_categories(client, forum, member, home):
    category = forum.category(moderators_only=True)
    client.force_login(member)

    response = client.post(
        reverse("forum:notifications:category_watch", args=[category.pk]),
        {"level": "watching"},
    )

    assert response.status_code == 404
    assert not CategoryWatch.objects.exists()


def test_watch_controls_need_csrf(forum, member, home):
    from django.test import Client

    topic = forum.topic()
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    response = client.post(
        reverse("forum:notifications:topic_watch", args=[topic.pk]),
        {"level": "muted"},
    )

    assert response.status_code == 403
    assert not TopicWatch.objects.filter(user=member, topic=topic).exists()


def test_the_topic_page_shows_the_watch_control_with_the_current_level(
    client, forum, member, home
):
    topic = forum.topic(author=member)
    client.force_login(member)

    content = client.get(topic.get_absolute_url()).content.decode()

    action = reverse("forum:notifications:topic_watch", args=[topic.pk])
    assert f'action="{action}"' in content
    assert '<option value="watching" selected>' in content


def test_the_topic_page_selects_the_categorys_level_until_the_topic_has_its_own(
    client, forum, member, home
):
    topic = forum.topic()
    CategoryWatch.objects.create(user=member, category=topic.category, level="muted")
    client.force_login(member)
    assert (
        '<option value="muted" selected>'
        in client.get(topic.get_absolute_url()).content.decode()
    )

    TopicWatch.objects.create(user=member, topic=topic, level="tracking")

    content = client.get(topic.get_absolute_url()).content.decode()
    assert '<option value="tracking" selected>' in content
    assert content.count(" selected>") == 1


def test_the_topic_page_selects_normal_for_a_member_who_never_chose(
    client, forum, member, home
):
    topic = forum.topic()
    client.force_login(member)

    content = client.get(topic.get_absolute_url()).content.decode()

    assert '<option value="normal" selected>' in content


def test_a_former_moderator_no_longer_sees_moderators_only_notifications(
    client, forum, home
):
    from django.contrib.auth.models import Group

    from community.roles import MODERATORS_GROUP
    from tests.community.factories import moderator

    former = moderator()
    category = forum.category(moderators_only=True)
    topic = forum.topic(category=category, author=former)
    forum.reply(topic=topic, author=moderator())
    assert Notification.objects.filter(recipient=former).exists()
    former.groups.remove(Group.objects.get(name=MODERATORS_GROUP))
    client.force_login(former)

    assert "data-notification>" not in client.get(LIST_URL).content.decode()


def test_reading_a_topic_up_to_a_post_reads_its_notifications(forum, member):
    from community.notifications.services import notifications_mark_read_for_topic

    topic = notify(forum, member, 3)  # replies are posts 2, 3 and 4

    notifications_mark_read_for_topic(user=member, topic=topic, up_to_number=3)

    unread = Notification.objects.filter(recipient=member, read_at=None)
    assert list(unread.values_list("post__number", flat=True)) == [4]


def test_opening_the_topic_page_reads_the_notifications_shown(
    client, forum, member, home
):
    topic = notify(forum, member, 2)
    client.force_login(member)

    client.get(topic.get_absolute_url())

    assert not Notification.objects.filter(recipient=member, read_at=None).exists()
