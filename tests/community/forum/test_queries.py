"""Pages whose query count must not grow with what they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from community.forum.services.posts import post_create
from tests.community import factories
from tests.community.forum.factories import make_category, make_topic


def queries_of(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def topic_with(posts: int, authors: list):
    topic = make_topic(author=authors[0])
    for number in range(posts - 1):
        post_create(
            author=authors[number % len(authors)],
            topic=topic,
            body_markdown=f"Wpis {number} dla @{authors[0].forum_handle.handle}",
        )
    return topic


@pytest.fixture
def authors(db):
    from community.forum.services.handles import handle_ensure

    people = [factories.approved_member(first_name=f"Autor{n}") for n in range(4)]
    for person in people:
        handle_ensure(user=person)
    return people


@pytest.mark.parametrize("reader", ["member", "moderator"])
def test_topic_page_queries_do_not_grow_with_posts(
    client, home, authors, reader, django_assert_num_queries
):
    small, large = topic_with(20, authors), topic_with(200, authors)
    user = (
        factories.moderator() if reader == "moderator" else factories.approved_member()
    )
    client.force_login(user)
    pages = [small.get_absolute_url(), large.get_absolute_url()]
    pages.append(pages[1] + "?page=7")
    for url in pages:
        # A first visit also stores how far the reader got (a bounded number of
        # writes); what must not grow is the reading itself.
        queries_of(client, url)
    expected = queries_of(client, pages[0])
    for url in pages[1:]:
        with django_assert_num_queries(expected):
            client.get(url)


def test_category_list_queries_do_not_grow_with_categories(
    client, home, member, django_assert_num_queries
):
    for _number in range(2):
        make_topic(category=make_category())
    client.force_login(member)
    queries_of(client, "/forum/")
    expected = queries_of(client, "/forum/")
    for _number in range(10):
        make_topic(category=make_category())
    with django_assert_num_queries(expected):
        client.get("/forum/")


@pytest.mark.parametrize("url_of", ["category", "latest"])
def test_topic_list_queries_do_not_grow_with_topics(
    client, home, member, category, url_of, django_assert_num_queries
):
    url = category.get_absolute_url() if url_of == "category" else "/forum/najnowsze/"
    make_topic(category=category, replies=1)
    client.force_login(member)
    queries_of(client, url)
    expected = queries_of(client, url)
    for number in range(30):
        topic = make_topic(
            category=category, author=factories.approved_member(), replies=1
        )
        if number % 2:
            client.get(topic.get_absolute_url())  # some read, some unread
    with django_assert_num_queries(expected):
        client.get(url)


# The user with their membership (the session comes from the cache), groups; the
# topic (with the reader's read mark, watch level and unread notifications), its
# page of posts (with the reader's helpful marks and whether each has files), the
# view count; the header's badge, the site, locale, restrictions and settings. No
# Wagtail user bar here.
TOPIC_PAGE_QUERIES = 11


def test_a_topic_page_seen_before_takes_a_fixed_number_of_queries(
    client, home, authors, django_assert_num_queries
):
    topic = topic_with(25, authors)
    client.force_login(factories.approved_member())
    queries_of(client, topic.get_absolute_url())
    with django_assert_num_queries(TOPIC_PAGE_QUERIES):
        client.get(topic.get_absolute_url())


def test_a_topic_page_seen_before_writes_only_the_view_count(client, home, authors):
    topic = topic_with(25, authors)
    client.force_login(authors[1])  # mentioned in every post: notifications
    client.get(topic.get_absolute_url())
    with CaptureQueriesContext(connection) as context:
        client.get(topic.get_absolute_url())
    writes = [
        query["sql"]
        for query in context.captured_queries
        if query["sql"].startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert len(writes) == 1
    assert "view_count" in writes[0]


# The user with their membership (the session comes from the cache), groups, the
# topic, the mentioned handles, the author's handle; under the topic's lock: the
# topic, its last number, the post, its mentions, the topic's and category's
# counters, the author's read mark.
# After commit: everyone's watch levels (one query), the author's watch, the
# mentions, who may read the topic, notifications already made, the
# notifications; then (run at once in tests) the mail task's three queries.
REPLY_QUERIES = 25


@pytest.mark.parametrize("people", [1, 8])
def test_a_reply_takes_the_same_queries_however_many_watch_or_are_mentioned(
    client, home, authors, people, django_capture_on_commit_callbacks
):
    from community.forum.services.handles import handle_ensure
    from community.notifications.models import Notification, TopicWatch

    topic = topic_with(3, authors)
    watchers = [factories.approved_member() for _ in range(people)]
    TopicWatch.objects.bulk_create(
        TopicWatch(user=watcher, topic=topic, level="watching") for watcher in watchers
    )
    mentioned = [factories.approved_member() for _ in range(people)]
    text = "Dziękuję " + " ".join(f"@{handle_ensure(user=m)}" for m in mentioned)
    replier = authors[1]
    client.force_login(replier)

    with (
        CaptureQueriesContext(connection) as context,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(
            reverse("forum:reply", args=[topic.pk]), {"body_markdown": text}
        )

    assert response.status_code == 302
    post = topic.posts.latest("number")
    notified = Notification.objects.filter(post=post).count()
    assert notified == 2 * people + 1  # and the topic's author
    assert len(context.captured_queries) == REPLY_QUERIES


def test_attachments_cost_one_query_only_on_a_page_that_has_some(
    client, home, authors, django_assert_num_queries
):
    from community.forum import attachments
    from tests.community.forum_moderation.images import pdf_upload

    topic = topic_with(25, authors)
    client.force_login(factories.approved_member())
    queries_of(client, topic.get_absolute_url())
    for number in range(3):
        post_create(
            author=authors[number],
            topic=topic,
            body_markdown="Sprawozdanie w załączniku.",
            uploads=attachments.uploads_clean([pdf_upload(f"raport-{number}.pdf")]),
        )
    last_page = topic.get_absolute_url() + "?page=2"
    queries_of(client, last_page)

    with django_assert_num_queries(TOPIC_PAGE_QUERIES + 1):
        response = client.get(last_page)

    for number in range(3):
        assert f"raport-{number}.pdf" in response.content.decode()
    with django_assert_num_queries(TOPIC_PAGE_QUERIES):
        client.get(topic.get_absolute_url())
