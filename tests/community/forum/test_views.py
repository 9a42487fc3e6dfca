"""The forum's pages as members use them: who gets in, writing with preview and
quotes, the rate limit, unread markers, revisions, helpful and solution buttons."""

import json

import pytest
from django.urls import reverse
from django.utils import translation

from community.forum import ratelimit
from community.forum.models import (
    Category,
    MemberHandle,
    Post,
    Topic,
    TopicReadState,
)
from community.forum.services.posts import post_create
from tests.community import factories
from tests.community.forum.factories import make_category, make_topic
from tests.community.forum_moderation.images import pdf_upload


def en(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


def test_anonymous_visitors_are_sent_to_the_login_page(client, home):
    response = client.get(reverse("forum:index"))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/forum/")


@pytest.mark.parametrize(
    ("make_person", "reason"),
    [
        (factories.pending_applicant, "waiting for a moderator"),
        (factories.suspended_member, "Your membership is suspended"),
    ],
)
def test_people_who_are_not_approved_members_are_told_why(
    client, home, category, make_person, reason
):
    topic = make_topic(category=category)
    person = make_person()
    for url in [en("forum:index"), en("forum:topic", pk=topic.pk)]:
        client.force_login(person)  # a suspended member is also signed out
        response = client.get(url)
        assert response.status_code == 403
        assert reason in response.content.decode()
        assert topic.title not in response.content.decode()


def test_moderators_only_categories_are_hidden_from_members(
    client, home, member, moderator
):
    private = make_category(name="Sprawy moderatorów", moderators_only=True)
    topic = make_topic(category=private, author=moderator, title="Ustalenia zespołu")
    client.force_login(member)
    assert (
        "Sprawy moderatorów" not in client.get(reverse("forum:index")).content.decode()
    )
    assert (
        "Ustalenia zespołu" not in client.get(reverse("forum:latest")).content.decode()
    )
    assert client.get(private.get_absolute_url()).status_code == 404
    assert client.get(topic.get_absolute_url()).status_code == 404
    client.force_login(moderator)
    assert client.get(topic.get_absolute_url()).status_code == 200


def test_a_merged_topic_redirects_to_its_target(client, home, member, category):
    source, target = make_topic(category=category), make_topic(category=category)
    Topic.objects.filter(pk=source.pk).update(merged_into=target)
    client.force_login(member)
    response = client.get(source.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == target.get_absolute_url()


def test_a_post_link_opens_its_page_and_anchor(client, home, member, category):
    topic = make_topic(category=category, replies=24)
    client.force_login(member)
    response = client.get(reverse("forum:post", kwargs={"pk": topic.last_post.pk}))
    assert response["Location"] == f"{topic.get_absolute_url()}?page=2#post-25"


def test_preview_shows_the_post_without_storing_it(client, home, member, category):
    topic = make_topic(category=category)
    client.force_login(member)
    response = client.post(
        reverse("forum:reply", kwargs={"pk": topic.pk}),
        {"body_markdown": "**Pogrubione** zdanie", "preview": "1"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<strong>Pogrubione</strong> zdanie" in html
    assert "**Pogrubione** zdanie</textarea>" in html
    assert Post.objects.filter(topic=topic).count() == 1


@pytest.mark.parametrize("view", ["reply", "topic_new"])
def test_a_form_that_comes_back_says_the_chosen_files_must_be_chosen_again(
    client, home, member, category, view
):
    topic = make_topic(category=category)
    client.force_login(member)
    url = (
        reverse("forum:reply", kwargs={"pk": topic.pk})
        if view == "reply"
        else reverse("forum:topic_new", kwargs={"slug": category.slug})
    )
    text = {"title": "Wzór umowy", "body_markdown": "W załączniku wzór."}

    with_file = client.post(url, {**text, "preview": "1", "attachments": pdf_upload()})
    without = client.post(url, {**text, "preview": "1"})

    html = with_file.content.decode()
    assert "wybierz je jeszcze raz przed wysłaniem" in html
    assert 'aria-describedby="id_attachments_helptext id_attachments_dropped"' in html
    assert "wybierz je jeszcze raz" not in without.content.decode()
    assert Post.objects.count() == 1


def test_preview_of_a_new_topic_keeps_the_title(client, home, member, category):
    client.force_login(member)
    response = client.post(
        reverse("forum:topic_new", kwargs={"slug": category.slug}),
        {"title": "Mój temat", "body_markdown": "Treść", "preview": "1"},
    )
    assert 'value="Mój temat"' in response.content.decode()
    assert not Topic.objects.exists()


def test_a_new_topic_opens_after_posting(client, home, member, category):
    client.force_login(member)
    response = client.post(
        reverse("forum:topic_new", kwargs={"slug": category.slug}),
        {"title": "Czuwanie technologiczne", "body_markdown": "Jak to robicie?"},
    )
    topic = Topic.objects.get()
    assert response["Location"] == topic.get_absolute_url()
    assert "Jak to robicie?" in client.get(topic.get_absolute_url()).content.decode()


def test_a_refused_post_comes_back_with_the_typed_text(client, home, member, category):
    client.force_login(member)
    response = client.post(
        en("forum:topic_new", slug=category.slug),
        {"title": "Abc", "body_markdown": "Długi przemyślany tekst"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Długi przemyślany tekst</textarea>" in html
    assert "at least 5 characters" in html


def test_posting_too_fast_is_refused_with_a_message_and_text_kept(
    client, home, member, category
):
    topic = make_topic(category=category)
    client.force_login(member)
    url = en("forum:reply", pk=topic.pk)
    for number in range(ratelimit.POSTS_PER_WINDOW):
        assert client.post(url, {"body_markdown": f"Wpis {number}"}).status_code == 302
    response = client.post(url, {"body_markdown": "Jeszcze jeden wpis"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "You are posting too fast" in html
    assert "Jeszcze jeden wpis</textarea>" in html
    assert topic.posts.count() == 1 + ratelimit.POSTS_PER_WINDOW


def test_quote_prefills_the_reply_and_records_the_quoted_post(
    client, home, member, category
):
    topic = make_topic(category=category, replies=1)
    quoted = topic.posts.get(number=2)
    client.force_login(member)
    url = reverse("forum:reply", kwargs={"pk": topic.pk})
    form = client.get(url, {"cytat": quoted.pk}).context["form"]
    text = form.initial["body_markdown"]
    assert text.startswith("> [Marek Wiśniewski")
    assert "> Odpowiedź numer 1." in text
    client.post(url, {"body_markdown": text + "Zgadzam się."})
    assert list(topic.posts.last().quoted_posts.all()) == [quoted]


def test_mention_autocomplete_gives_handles_and_names_never_emails(
    client, home, member
):
    anna = factories.approved_member(first_name="Anna", last_name="Kamińska")
    factories.pending_applicant(first_name="Anna", last_name="Oczekująca")
    client.force_login(member)
    response = client.get(reverse("forum:mention_suggestions"), {"q": "@Ann"})
    data = json.loads(response.content)
    assert data == {"results": [{"handle": "anna.kaminska", "name": "Anna Kamińska"}]}
    assert anna.email not in response.content.decode()


def test_mention_autocomplete_only_reads(client, home, member):
    factories.approved_member(first_name="Anna", last_name="Kamińska")
    handles = set(MemberHandle.objects.values_list("user_id", "handle"))
    client.force_login(member)

    response = client.get(reverse("forum:mention_suggestions"), {"q": "Ann"})

    assert json.loads(response.content)["results"][0]["handle"] == "anna.kaminska"
    assert set(MemberHandle.objects.values_list("user_id", "handle")) == handles


def test_mention_autocomplete_is_for_members_only(client, home):
    client.force_login(factories.pending_applicant())
    assert (
        client.get(reverse("forum:mention_suggestions"), {"q": "a"}).status_code == 403
    )


def test_unread_topics_are_marked_until_read(client, home, member, category):
    topic = make_topic(category=category, replies=2)
    client.force_login(member)
    assert (
        "forum-topic--unread"
        in client.get(category.get_absolute_url()).content.decode()
    )
    client.get(topic.get_absolute_url())
    assert (
        "forum-topic--unread"
        not in client.get(category.get_absolute_url()).content.decode()
    )
    reply = post_create(
        author=factories.approved_member(), topic=topic, body_markdown="Nowe."
    )
    assert (
        "forum-topic--unread"
        in client.get(category.get_absolute_url()).content.decode()
    )
    response = client.get(reverse("forum:topic_unread", kwargs={"pk": topic.pk}))
    assert response["Location"].endswith(f"#post-{reply.number}")


def test_mark_all_read_clears_every_marker_until_new_posts(
    client, home, member, category
):
    first, second = make_topic(category=category), make_topic(category=category)
    client.force_login(member)
    client.post(reverse("forum:mark_all_read"))
    assert (
        "forum-topic--unread"
        not in client.get(reverse("forum:latest")).content.decode()
    )
    reply = post_create(
        author=factories.approved_member(), topic=second, body_markdown="Nowe."
    )
    html = client.get(reverse("forum:latest")).content.decode()
    assert html.count("forum-topic--unread") == 1
    response = client.get(reverse("forum:topic_unread", kwargs={"pk": second.pk}))
    assert response["Location"].endswith(f"#post-{reply.number}")
    assert first.pk


def test_revisions_are_for_moderators_only(client, home, member, moderator, category):
    from community.forum.services.posts import post_edit

    post = make_topic(category=category, author=member, body="Stara wersja").posts.get()
    post_edit(editor=member, post=post, body_markdown="Nowa wersja")
    url = reverse("forum:post_revisions", kwargs={"pk": post.pk})
    client.force_login(member)
    assert client.get(url).status_code == 403
    assert (
        "forum:post_revisions"
        and url not in client.get(post.topic.get_absolute_url()).content.decode()
    )
    client.force_login(moderator)
    assert "Stara wersja" in client.get(url).content.decode()
    assert url in client.get(post.topic.get_absolute_url()).content.decode()


def test_edited_posts_show_when(client, home, member, category):
    from community.forum.services.posts import post_edit

    post = make_topic(category=category, author=member).posts.get()
    post_edit(editor=member, post=post, body_markdown="Poprawione.")
    client.force_login(member)
    assert (
        "forum-post__edited"
        in client.get(post.topic.get_absolute_url()).content.decode()
    )


def test_deleted_and_hidden_posts_show_placeholders(
    client, home, member, moderator, category
):
    topic = make_topic(category=category, replies=2)
    Post.objects.filter(topic=topic, number=2).update(is_hidden=True)
    Post.objects.filter(topic=topic, number=3).update(deleted_at="2026-01-01T10:00Z")
    client.force_login(member)
    html = client.get(topic.get_absolute_url()).content.decode()
    assert html.count("forum-post__placeholder") == 2
    assert "Odpowiedź numer 1." not in html and "Odpowiedź numer 2." not in html
    client.force_login(moderator)
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "Odpowiedź numer 1." in html and "Odpowiedź numer 2." not in html


def test_posts_of_a_deleted_account_show_former_member(client, home, member, category):
    author = factories.approved_member(first_name="Zofia", last_name="Odeszła")
    topic = make_topic(category=category, author=author)
    author.delete()
    client.force_login(member)
    html = client.get(en("forum:topic", pk=topic.pk)).content.decode()
    assert "Former member" in html
    assert "Zofia" not in html


def test_helpful_button_toggles(client, home, member, category):
    post = make_topic(category=category).posts.get()
    client.force_login(member)
    url = reverse("forum:post_helpful", kwargs={"pk": post.pk})
    assert client.get(url).status_code == 405
    client.post(url)
    assert Post.objects.get(pk=post.pk).helpful_count == 1
    assert (
        'aria-pressed="true"'
        in client.get(post.topic.get_absolute_url()).content.decode()
    )
    client.post(url)
    assert Post.objects.get(pk=post.pk).helpful_count == 0


def test_solution_is_shown_under_the_question(client, home, member, questions):
    topic = make_topic(category=questions, author=member, replies=1)
    answer = topic.posts.get(number=2)
    client.force_login(member)
    client.post(reverse("forum:post_solution", kwargs={"pk": answer.pk}))
    html = client.get(topic.get_absolute_url()).content.decode()
    question_end = html.index('id="post-1"')
    assert html.index('class="forum-solution"') > question_end
    assert html.index('class="forum-solution"') < html.index('id="post-2"')


def test_moderators_add_and_edit_categories(client, home, moderator, member):
    client.force_login(member)
    assert client.get(reverse("forum:category_admin")).status_code == 403
    client.force_login(moderator)
    response = client.post(
        reverse("forum:category_add"),
        {
            "name": "Transfer wiedzy",
            "slug": "transfer-wiedzy",
            "kind": "questions",
            "position": 3,
        },
    )
    assert response.status_code == 302
    category = Category.objects.get(slug="transfer-wiedzy")
    assert category.is_questions
    client.post(reverse("forum:category_admin"), {"edit_window_minutes": 15})
    from community.forum.models import ForumSettings

    assert ForumSettings.current().edit_window_minutes == 15


def test_topic_views_are_counted(client, home, member, category):
    topic = make_topic(category=category)
    client.force_login(member)
    client.get(topic.get_absolute_url())
    client.get(topic.get_absolute_url())
    assert Topic.objects.get(pk=topic.pk).view_count == 2


def test_the_members_home_links_to_the_forum(client, home, member):
    client.force_login(member)
    html = client.get(reverse("community:home")).content.decode()
    assert f'href="{reverse("forum:index")}"' in html


def test_an_older_page_opened_later_keeps_the_newer_read_mark(
    client, home, member, category
):
    topic = make_topic(category=category, replies=25)
    client.force_login(member)
    client.get(f"{topic.get_absolute_url()}?page=2")
    client.get(topic.get_absolute_url())

    state = TopicReadState.objects.get(user=member, topic=topic)
    assert state.last_read_number == 26


def test_a_post_seen_before_shows_its_changes_at_once(client, home, member, category):
    from community.forum.services.posts import post_edit

    author = factories.approved_member(first_name="Jan", last_name="Pierwszy")
    topic = make_topic(category=category, author=author, body="Pierwsza wersja.")
    post = topic.posts.get()
    client.force_login(member)
    assert "Pierwsza wersja." in client.get(topic.get_absolute_url()).content.decode()

    post_edit(editor=author, post=post, body_markdown="Druga wersja.")
    author.profile.display_name = "Jan Drugi"
    author.profile.save()
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "Druga wersja." in html and "Pierwsza wersja." not in html
    assert "Jan Drugi" in html

    Post.objects.filter(pk=post.pk).update(is_hidden=True)
    html = client.get(topic.get_absolute_url()).content.decode()
    assert "Druga wersja." not in html
    assert "forum-post__placeholder" in html


def test_hidden_text_stays_for_moderators_when_members_saw_the_placeholder(
    client, home, member, moderator, category
):
    topic = make_topic(category=category, replies=1)
    Post.objects.filter(topic=topic, number=2).update(is_hidden=True)
    client.force_login(member)
    assert (
        "Odpowiedź numer 1."
        not in client.get(topic.get_absolute_url()).content.decode()
    )
    client.force_login(moderator)
    assert "Odpowiedź numer 1." in client.get(topic.get_absolute_url()).content.decode()
