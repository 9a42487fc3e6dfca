"""The posting services: numbers and counters, revisions, mentions, quotes,
reactions, solutions, handles and what runs after a post is committed."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from community.forum.models import (
    POST_MAX_LENGTH,
    MemberHandle,
    Post,
    PostRevision,
    Topic,
    TopicReadState,
)
from community.forum.services.handles import handle_ensure
from community.forum.services.posts import (
    post_create,
    post_delete,
    post_edit,
    post_helpful_toggle,
    topic_solution_set,
)
from community.forum.services.reading import topic_mark_read
from community.forum.services.topics import topic_create
from community.notifications import dispatch
from tests.community import factories
from tests.community.forum.factories import make_topic


def test_a_topic_starts_with_post_number_one_and_counts_it(member, category):
    topic = topic_create(
        author=member,
        category=category,
        title="  Warsztaty   sieciujące  ",
        body_markdown="**Kto** był?",
    )
    post = topic.posts.get()
    assert (post.number, post.body_html) == (1, "<p><strong>Kto</strong> był?</p>")
    assert topic.title == "Warsztaty sieciujące"
    assert (topic.post_count, topic.last_post, topic.reply_count) == (1, post, 0)
    category.refresh_from_db()
    assert (category.topic_count, category.post_count) == (1, 1)
    assert category.last_posted_at == post.created_at


def test_replies_take_the_next_numbers_and_move_the_last_post(member, category):
    topic = make_topic(category=category, replies=3)
    reply = post_create(author=member, topic=topic, body_markdown="Czwarta.")
    assert reply.number == 5
    topic.refresh_from_db()
    assert (topic.post_count, topic.last_post_id) == (5, reply.pk)
    assert topic.last_posted_at == reply.created_at
    category.refresh_from_db()
    assert category.post_count == 5


@pytest.mark.parametrize(
    ("title", "body", "field"),
    [
        ("Abc", "Treść", "title"),
        ("x" * 151, "Treść", "title"),
        ("Poprawny tytuł", "   ", "body_markdown"),
        ("Poprawny tytuł", "x" * (POST_MAX_LENGTH + 1), "body_markdown"),
    ],
)
def test_bad_titles_and_bodies_are_refused(member, category, title, body, field):
    with pytest.raises(ValidationError) as error:
        topic_create(author=member, category=category, title=title, body_markdown=body)
    assert field in error.value.message_dict
    assert not Topic.objects.exists()


def test_an_edit_keeps_the_previous_text_as_a_revision(member, category):
    topic = make_topic(category=category, author=member, body="Pierwsza wersja.")
    post = topic.posts.get(number=1)
    post_edit(editor=member, post=post, body_markdown="Druga wersja.")
    post.refresh_from_db()
    assert post.body_html == "<p>Druga wersja.</p>"
    assert post.edited_at is not None
    revision = PostRevision.objects.get(post=post)
    assert (revision.body_markdown, revision.edited_by) == ("Pierwsza wersja.", member)


def test_an_edit_without_changes_keeps_no_revision(member, category):
    post = make_topic(category=category, author=member, body="Tak.").posts.get()
    post_edit(editor=member, post=post, body_markdown="Tak.")
    assert not PostRevision.objects.exists()


def test_authors_edit_only_within_the_window_moderators_always(member, category):
    from community.forum.models import ForumSettings

    post = make_topic(category=category, author=member).posts.get()
    Post.objects.filter(pk=post.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=61)
    )
    post.refresh_from_db()
    with pytest.raises(PermissionDenied):
        post_edit(editor=member, post=post, body_markdown="Za późno.")
    ForumSettings.objects.update_or_create(pk=1, defaults={"edit_window_minutes": 90})
    post_edit(editor=member, post=post, body_markdown="Jednak zdążyłam.")
    post_edit(editor=factories.moderator(), post=post, body_markdown="Moderator.")
    assert post.revisions.count() == 2


def test_a_deleted_post_keeps_its_number_and_counts(member, category):
    topic = make_topic(category=category, replies=1)
    reply = post_create(author=member, topic=topic, body_markdown="Usunę to.")
    post_delete(user=member, post=reply)
    reply.refresh_from_db()
    assert reply.deleted_at is not None
    topic.refresh_from_db()
    assert topic.post_count == 3


def test_mentions_link_members_by_handle_and_are_stored(member, category):
    anna = factories.approved_member(first_name="Anna", last_name="Kamińska")
    assert handle_ensure(user=anna) == "anna.kaminska"
    topic = make_topic(category=category, author=member)
    post = post_create(
        author=member, topic=topic, body_markdown="@anna.kaminska co myślisz? @nikt"
    )
    assert list(post.mentions.all()) == [anna]
    assert f'href="{anna.profile.get_absolute_url()}"' in post.body_html
    assert anna.email not in post.body_html
    assert "@nikt" in post.body_html


def test_handles_are_unique_and_never_show_the_email(db):
    first = factories.approved_member(first_name="Jan", last_name="Nowak")
    second = factories.approved_member(first_name="Jan", last_name="Nowak")
    assert handle_ensure(user=first) == "jan.nowak"
    assert handle_ensure(user=second) == "jan.nowak2"
    assert handle_ensure(user=first) == "jan.nowak"
    for handle in MemberHandle.objects.values_list("handle", flat=True):
        assert "@" not in handle and "example" not in handle


def test_a_quote_records_the_quoted_post(member, category):
    topic = make_topic(category=category, replies=1)
    quoted = topic.posts.get(number=2)
    text = f"> [Marek napisał]({quoted.get_absolute_url()}):\n> Tak.\n\nZgoda."
    post = post_create(author=member, topic=topic, body_markdown=text)
    assert list(post.quoted_posts.all()) == [quoted]


def test_a_post_is_published_after_commit(
    member, category, monkeypatch, django_capture_on_commit_callbacks
):
    published = []
    monkeypatch.setattr(
        dispatch, "post_published", lambda *, post: published.append(post)
    )
    topic = make_topic(category=category)
    with django_capture_on_commit_callbacks(execute=True):
        reply = post_create(author=member, topic=topic, body_markdown="Nowy wpis.")
    assert published == [reply]


def test_helpful_toggles_one_mark_per_member(member, category):
    post = make_topic(category=category).posts.get()
    assert post_helpful_toggle(user=member, post=post) is True
    assert Post.objects.get(pk=post.pk).helpful_count == 1
    assert post_helpful_toggle(user=member, post=post) is False
    assert Post.objects.get(pk=post.pk).helpful_count == 0


def test_nobody_marks_their_own_post_helpful(member, category):
    post = make_topic(category=category, author=member).posts.get()
    with pytest.raises(PermissionDenied):
        post_helpful_toggle(user=member, post=post)


def test_the_question_author_or_a_moderator_marks_the_solution(member, questions):
    topic = make_topic(category=questions, author=member, replies=2)
    answer = topic.posts.get(number=3)
    with pytest.raises(PermissionDenied):
        topic_solution_set(user=factories.approved_member(), topic=topic, post=answer)
    topic_solution_set(user=member, topic=topic, post=answer)
    assert Topic.objects.get(pk=topic.pk).solution == answer
    topic_solution_set(user=factories.moderator(), topic=topic, post=None)
    assert Topic.objects.get(pk=topic.pk).solution is None


def test_there_is_no_solution_outside_questions_categories(member, category):
    topic = make_topic(category=category, author=member, replies=1)
    with pytest.raises(PermissionDenied):
        topic_solution_set(user=member, topic=topic, post=topic.posts.get(number=2))


def test_the_opening_post_is_not_a_solution(member, questions):
    topic = make_topic(category=questions, author=member, replies=1)
    with pytest.raises(PermissionDenied):
        topic_solution_set(user=member, topic=topic, post=topic.posts.get(number=1))


def test_the_read_mark_only_moves_forwards(member, category):
    topic = make_topic(category=category, replies=3)
    topic_mark_read(user=member, topic=topic, up_to_number=3)
    topic_mark_read(user=member, topic=topic, up_to_number=2)
    state = TopicReadState.objects.get(user=member, topic=topic)
    assert state.last_read_number == 3

    topic_mark_read(user=member, topic=topic, up_to_number=4)

    state.refresh_from_db()
    assert state.last_read_number == 4
