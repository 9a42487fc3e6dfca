"""Every forum address is closed to anyone who is not an approved member:
anonymous visitors are sent to log in, others get the 403 page saying why."""

import pytest
from django.urls import reverse

from tests.community import factories
from tests.community.forum.factories import make_topic


def forum_urls(topic) -> list[tuple[str, str]]:
    post = topic.posts.get(number=1)
    return [
        ("get", reverse("forum:index")),
        ("get", reverse("forum:latest")),
        ("get", topic.category.get_absolute_url()),
        ("get", reverse("forum:topic_new", kwargs={"slug": topic.category.slug})),
        ("get", topic.get_absolute_url()),
        ("get", reverse("forum:topic_unread", kwargs={"pk": topic.pk})),
        ("get", reverse("forum:reply", kwargs={"pk": topic.pk})),
        ("get", reverse("forum:post", kwargs={"pk": post.pk})),
        ("get", reverse("forum:post_edit", kwargs={"pk": post.pk})),
        ("get", reverse("forum:post_revisions", kwargs={"pk": post.pk})),
        ("get", reverse("forum:mention_suggestions") + "?q=an"),
        ("get", reverse("forum:category_admin")),
        ("post", reverse("forum:mark_all_read")),
        ("post", reverse("forum:post_helpful", kwargs={"pk": post.pk})),
        ("post", reverse("forum:post_solution", kwargs={"pk": post.pk})),
        ("post", reverse("forum:post_delete", kwargs={"pk": post.pk})),
    ]


def test_anonymous_visitors_are_sent_to_log_in_everywhere(client, db):
    topic = make_topic(title="Tajny temat członków")
    for method, url in forum_urls(topic):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/"), url
        assert b"Tajny temat" not in response.content


@pytest.mark.parametrize(
    "make_person", [factories.pending_applicant, factories.rejected_applicant]
)
def test_people_without_membership_get_403_everywhere(client, home, make_person):
    topic = make_topic(title="Tajny temat członków")
    client.force_login(make_person())
    for method, url in forum_urls(topic):
        response = getattr(client, method)(url)
        assert response.status_code == 403, url
        assert b"Tajny temat" not in response.content
