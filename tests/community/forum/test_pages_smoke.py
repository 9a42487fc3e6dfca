from django.urls import reverse

from tests.community.forum.factories import make_topic


def test_member_sees_every_forum_page(client, home, member, moderator, category):
    topic = make_topic(category=category, author=member, replies=2)
    client.force_login(member)
    for url in [
        reverse("forum:index"),
        reverse("forum:latest"),
        category.get_absolute_url(),
        topic.get_absolute_url(),
        reverse("forum:reply", kwargs={"pk": topic.pk})
        + f"?cytat={topic.last_post.pk}",
        reverse("forum:topic_new", kwargs={"slug": category.slug}),
        reverse("forum:post_edit", kwargs={"pk": topic.posts.first().pk}),
    ]:
        assert client.get(url).status_code == 200, url
    client.force_login(moderator)
    for url in [
        topic.get_absolute_url(),
        reverse("forum:category_admin"),
        reverse("forum:post_revisions", kwargs={"pk": topic.last_post.pk}),
    ]:
        assert client.get(url).status_code == 200, url
