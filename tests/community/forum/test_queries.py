"""Pages whose query count must not grow with what they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

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
