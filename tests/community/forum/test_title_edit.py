"""Renaming a topic by editing its opening post: who may, what the edit form shows,
what a revision keeps, and that every page then shows the new title."""

import datetime
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from community.forum.models import TITLE_MAX_LENGTH, Post, PostRevision, Topic
from community.forum.services.posts import post_create, post_edit
from tests.community import factories
from tests.community.forum.factories import make_topic

OLD_TITLE = "Jak rozliczyć warsztaty sieciujące?"
NEW_TITLE = "Rozliczanie warsztatów sieciujących"
BODY = "Czy ktoś rozliczał już warsztaty z nowego naboru?"


def edit_url(post: Post, *, language: str = "pl") -> str:
    with translation.override(language):
        return reverse("forum:post_edit", kwargs={"pk": post.pk})


def title_input(html: str) -> str:
    """The edit form's title <input> tag ("" when the form has none)."""
    found = re.search(r'<input[^>]*name="title"[^>]*>', html)
    return found.group() if found else ""


def title_of(topic: Topic) -> str:
    return Topic.objects.values_list("title", flat=True).get(pk=topic.pk)


@pytest.fixture
def topic(member, category):
    return make_topic(
        category=category, author=member, title=OLD_TITLE, body=BODY, replies=1
    )


@pytest.fixture
def opening(topic):
    return topic.posts.get(number=1)


@pytest.fixture
def reply(topic):
    return topic.posts.get(number=2)


def test_the_author_renames_their_topic_within_the_edit_window(member, opening):
    post_edit(editor=member, post=opening, body_markdown=BODY, title=NEW_TITLE)

    assert title_of(opening.topic) == NEW_TITLE


def test_the_new_title_is_checked_like_a_new_topics(member, opening):
    post_edit(
        editor=member,
        post=opening,
        body_markdown=BODY,
        title="  Rozliczanie   warsztatów  ",
    )

    assert title_of(opening.topic) == "Rozliczanie warsztatów"


def test_the_edit_form_of_the_opening_post_shows_the_current_title(
    client, home, member, opening
):
    client.force_login(member)

    html = client.get(edit_url(opening, language="en")).content.decode()

    assert re.search(r'<label for="id_title">\s*Title\b', html)
    assert f'value="{OLD_TITLE}"' in title_input(html)
    assert f'maxlength="{TITLE_MAX_LENGTH}"' in title_input(html)
    assert html.index('name="title"') < html.index('name="body_markdown"')


def test_the_topic_page_shows_the_title_saved_through_the_edit_form(
    client, home, member, opening
):
    client.force_login(member)

    response = client.post(
        edit_url(opening),
        {"title": NEW_TITLE, "body_markdown": BODY},
        follow=True,
    )

    html = response.content.decode()
    assert response.redirect_chain[0][1] == 302
    assert f"<h1>{NEW_TITLE}</h1>" in html
    assert f"<title>{NEW_TITLE} – " in html
    assert OLD_TITLE not in html


def test_a_moderator_renames_someone_elses_topic(client, home, moderator, opening):
    post_edit(
        editor=moderator, post=opening, body_markdown=BODY, title="Tytuł moderatora"
    )
    assert title_of(opening.topic) == "Tytuł moderatora"

    client.force_login(moderator)
    response = client.post(
        edit_url(opening), {"title": NEW_TITLE, "body_markdown": BODY}
    )

    assert response.status_code == 302
    assert title_of(opening.topic) == NEW_TITLE


def assert_rename_refused(client, user, opening) -> None:
    """Refused by the service and by the page, and the title stays."""
    with pytest.raises(PermissionDenied):
        post_edit(editor=user, post=opening, body_markdown=BODY, title=NEW_TITLE)
    client.force_login(user)
    response = client.post(
        edit_url(opening), {"title": NEW_TITLE, "body_markdown": BODY}
    )

    assert response.status_code == 403
    assert title_of(opening.topic) == OLD_TITLE


def test_another_member_may_not_rename_the_topic(client, home, opening):
    other = factories.approved_member(first_name="Jan", last_name="Kowalski")

    assert_rename_refused(client, other, opening)


def test_the_author_may_not_rename_after_the_edit_window(client, home, member, opening):
    Post.objects.filter(pk=opening.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=61)
    )
    opening.refresh_from_db()

    assert_rename_refused(client, member, opening)


@pytest.mark.parametrize("title", ["", "   ", "Abc", "x" * (TITLE_MAX_LENGTH + 1)])
def test_the_service_refuses_a_bad_title_on_the_title_field(member, opening, title):
    with pytest.raises(ValidationError) as error:
        post_edit(editor=member, post=opening, body_markdown="Nowa treść", title=title)

    assert list(error.value.message_dict) == ["title"]
    opening.refresh_from_db()
    assert (title_of(opening.topic), opening.body_markdown) == (OLD_TITLE, BODY)
    assert not PostRevision.objects.exists()


def test_a_blank_title_comes_back_with_the_error_and_the_typed_text(
    client, home, member, opening
):
    client.force_login(member)

    response = client.post(
        edit_url(opening, language="en"),
        {"title": "   ", "body_markdown": "Nowa, przemyślana treść"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Nowa, przemyślana treść</textarea>" in html
    assert 'class="error-summary"' in html
    assert '<a href="#id_title">Title: This field is required.</a>' in html
    assert 'aria-invalid="true"' in title_input(html)
    assert 'aria-describedby="id_title_error"' in title_input(html)
    assert '<p class="form-field__error" id="id_title_error">' in html
    assert title_of(opening.topic) == OLD_TITLE


def test_a_too_short_title_comes_back_with_the_services_error_on_the_field(
    client, home, member, opening
):
    client.force_login(member)

    response = client.post(
        edit_url(opening, language="en"), {"title": "Abc", "body_markdown": BODY}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert '<a href="#id_title">Title: A title needs at least 5 characters.' in html
    assert title_of(opening.topic) == OLD_TITLE


def test_editing_a_reply_shows_no_title_field(client, home, topic, reply):
    client.force_login(reply.author)

    html = client.get(edit_url(reply)).content.decode()

    assert 'name="body_markdown"' in html
    assert title_input(html) == ""


def test_a_title_sent_with_a_reply_edit_is_ignored(client, home, topic, reply):
    client.force_login(reply.author)

    response = client.post(
        edit_url(reply), {"title": NEW_TITLE, "body_markdown": "Poprawiona odpowiedź."}
    )

    reply.refresh_from_db()
    assert response.status_code == 302
    assert reply.body_markdown == "Poprawiona odpowiedź."
    assert title_of(topic) == OLD_TITLE
    assert reply.revisions.get().title == ""


def test_the_service_renames_a_topic_only_through_its_opening_post(reply):
    with pytest.raises(ValueError):
        post_edit(
            editor=reply.author, post=reply, body_markdown="Inna.", title=NEW_TITLE
        )
    assert title_of(reply.topic) == OLD_TITLE


def test_a_title_only_change_records_a_revision_with_the_old_title(member, opening):
    post_edit(editor=member, post=opening, body_markdown=BODY, title=NEW_TITLE)

    revision = PostRevision.objects.get(post=opening)
    assert (revision.title, revision.body_markdown) == (OLD_TITLE, BODY)
    assert revision.edited_by == member
    opening.refresh_from_db()
    assert opening.edited_at is not None


def test_a_text_only_change_keeps_no_title_in_its_revision(member, opening):
    post_edit(editor=member, post=opening, body_markdown="Nowa treść.", title=OLD_TITLE)

    revision = PostRevision.objects.get(post=opening)
    assert (revision.title, revision.body_markdown) == ("", BODY)
    assert title_of(opening.topic) == OLD_TITLE


def test_an_edit_that_changes_nothing_keeps_no_revision(member, opening):
    post_edit(editor=member, post=opening, body_markdown=BODY, title=f"  {OLD_TITLE} ")

    assert not PostRevision.objects.exists()
    opening.refresh_from_db()
    assert opening.edited_at is None


def test_moderators_see_the_previous_title_among_the_revisions(
    client, home, member, moderator, opening
):
    post_edit(editor=member, post=opening, body_markdown=BODY, title=NEW_TITLE)
    client.force_login(moderator)

    with translation.override("en"):
        url = reverse("forum:post_revisions", kwargs={"pk": opening.pk})
    html = client.get(url).content.decode()

    assert f"Topic title before this edit: “{OLD_TITLE}”" in html
    assert f"Topic title: “{NEW_TITLE}”" in html


def test_preview_keeps_the_typed_title_without_saving_it(client, home, member, opening):
    client.force_login(member)

    response = client.post(
        edit_url(opening),
        {"title": NEW_TITLE, "body_markdown": "**Nowa** treść", "preview": "1"},
    )

    html = response.content.decode()
    assert f'value="{NEW_TITLE}"' in title_input(html)
    assert "<strong>Nowa</strong> treść" in html
    assert title_of(opening.topic) == OLD_TITLE
    assert not PostRevision.objects.exists()


def test_notifications_show_the_topic_under_its_new_title(
    client, home, member, category, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        topic = make_topic(category=category, author=member, title=OLD_TITLE)
        post_create(
            author=factories.approved_member(first_name="Jan", last_name="Kowalski"),
            topic=topic,
            body_markdown="Rozliczaliśmy w zeszłym roku.",
        )
    post_edit(
        editor=member,
        post=topic.posts.get(number=1),
        body_markdown=BODY,
        title=NEW_TITLE,
    )
    client.force_login(member)

    html = client.get(reverse("forum:notifications:list")).content.decode()

    assert f"Jan Kowalski odpowiedział(a) w Twoim temacie „{NEW_TITLE}”" in html
    assert OLD_TITLE not in html


def test_search_finds_the_topic_by_its_new_title(
    client, member, opening, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post_edit(
            editor=member,
            post=opening,
            body_markdown=BODY,
            title="Rozliczanie grantów badawczych",
        )
    client.force_login(member)

    body = client.get("/api/search/", {"q": "grantów"}).json()

    assert [hit["title"] for hit in body["results"]] == [
        "Rozliczanie grantów badawczych"
    ]
