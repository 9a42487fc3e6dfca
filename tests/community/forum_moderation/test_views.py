"""The moderation pages and actions over HTTP: who gets in, POST with CSRF only,
forms shown again with their errors, and query counts that do not grow."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from community.forum.models import Post, Topic
from community.forum_moderation.models import Flag, LogEntry
from community.forum_moderation.services.posts import flag_create, post_hide
from community.forum_moderation.services.topics import topic_lock
from tests.community import factories
from tests.community.forum.factories import make_category, make_topic
from tests.community.forum_moderation.conftest import ROLES, client_for, person

pytestmark = pytest.mark.django_db

DONE = 302
LOGIN = "login"
MODERATORS = {
    "anonymous": LOGIN,
    "pending": 403,
    "member": 403,
    "suspended": 403,
    "moderator": DONE,
}
MEMBERS = {**MODERATORS, "member": DONE}


@pytest.fixture
def topic(home):
    return make_topic(replies=1)


@pytest.fixture
def elsewhere(db):
    return make_category(name="Inne sprawy")


def reply_of(topic) -> Post:
    return topic.posts.get(number=2)


ACTIONS = {
    # name: (url, data, allowed, done?)
    "hide": (
        lambda t, c: f"/forum/moderacja/posty/{reply_of(t).pk}/ukryj/",
        lambda c: {"reason": "Reklama"},
        MODERATORS,
        lambda t, c: Post.objects.get(pk=reply_of(t).pk).is_hidden,
    ),
    "lock": (
        lambda t, c: f"/forum/moderacja/tematy/{t.pk}/zamknij/",
        lambda c: {"reason": ""},
        MODERATORS,
        lambda t, c: Topic.objects.get(pk=t.pk).is_locked,
    ),
    "move": (
        lambda t, c: f"/forum/moderacja/tematy/{t.pk}/przenies/",
        lambda c: {"category": c.pk, "reason": "Lepiej pasuje"},
        MODERATORS,
        lambda t, c: Topic.objects.get(pk=t.pk).category_id == c.pk,
    ),
    "flag": (
        lambda t, c: f"/forum/moderacja/posty/{reply_of(t).pk}/zglos/",
        lambda c: {"reason": "Spam"},
        MEMBERS,
        lambda t, c: Flag.objects.filter(post=reply_of(t)).exists(),
    ),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_moderation_actions_answer_each_kind_of_person(topic, elsewhere, action, role):
    url_of, data_of, allowed, done = ACTIONS[action]
    url = url_of(topic, elsewhere)
    client = client_for(person(role))

    response = client.post(url, data_of(elsewhere))

    expected = allowed[role]
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    else:
        assert response.status_code == expected, (action, role)
    assert done(topic, elsewhere) is (expected == DONE), (action, role)


@pytest.mark.parametrize(
    "url",
    ["/forum/moderacja/", "/forum/moderacja/dziennik/"],
)
@pytest.mark.parametrize("role", ROLES)
def test_moderators_pages_are_for_moderators(home, url, role):
    response = client_for(person(role)).get(url)

    expected = {**MODERATORS, "moderator": 200}[role]
    if expected == LOGIN:
        assert response.status_code == 302
    else:
        assert response.status_code == expected


@pytest.mark.parametrize(
    "url",
    [
        "/forum/moderacja/posty/{post}/pokaz/",
        "/forum/moderacja/posty/{post}/odrzuc-zgloszenia/",
        "/forum/moderacja/tematy/{topic}/otworz/",
        "/forum/moderacja/tematy/{topic}/przypnij/",
        "/forum/moderacja/tematy/{topic}/odepnij/",
    ],
)
def test_one_click_actions_take_post_only(topic, moderator, url):
    url = url.format(post=reply_of(topic).pk, topic=topic.pk)

    assert client_for(moderator).get(url).status_code == 405


def test_actions_need_the_csrf_token(topic, moderator):
    client = client_for(moderator, enforce_csrf_checks=True)

    response = client.post(
        f"/forum/moderacja/posty/{reply_of(topic).pk}/ukryj/", {"reason": "Spam"}
    )

    assert response.status_code == 403
    assert not Post.objects.get(pk=reply_of(topic).pk).is_hidden


def test_hiding_without_a_reason_shows_the_form_again(topic, moderator):
    response = client_for(moderator).post(
        f"/forum/moderacja/posty/{reply_of(topic).pk}/ukryj/", {"reason": " "}
    )

    assert response.status_code == 200
    assert 'class="error-summary"' in response.content.decode()
    assert not Post.objects.get(pk=reply_of(topic).pk).is_hidden


def test_a_second_flag_shows_the_form_again_with_the_text_kept(topic, member):
    flag_create(reporter=member, post=reply_of(topic), reason="Spam")

    response = client_for(member).post(
        f"/forum/moderacja/posty/{reply_of(topic).pk}/zglos/",
        {"reason": "Znowu ta reklama"},
    )

    assert response.status_code == 200
    assert "Znowu ta reklama" in response.content.decode()
    assert Flag.objects.count() == 1


def test_merging_by_the_target_topics_address(topic, moderator):
    target = make_topic(title="Temat docelowy")

    response = client_for(moderator).post(
        f"/forum/moderacja/tematy/{topic.pk}/scal/",
        {"into": f"http://testserver/forum/temat/{target.pk}/", "reason": "Dubel"},
    )

    assert response.status_code == 302
    assert response["Location"] == f"/forum/temat/{target.pk}/"
    assert target.posts.count() == 3
    assert Topic.objects.get(pk=topic.pk).merged_into == target
    old_address = client_for(moderator).get(f"/forum/temat/{topic.pk}/")
    assert old_address["Location"] == f"/forum/temat/{target.pk}/"


@pytest.mark.parametrize("into", ["", "abc", "999999", "/forum/", "1" * 40])
def test_merging_into_nothing_shows_the_form_again(topic, moderator, into):
    response = client_for(moderator).post(
        f"/forum/moderacja/tematy/{topic.pk}/scal/", {"into": into}
    )

    assert response.status_code == 200
    assert into in response.content.decode()
    assert not LogEntry.objects.exists()


def test_the_queue_shows_flagged_posts_with_their_reasons(topic, moderator):
    flag_create(
        reporter=factories.approved_member(first_name="Ewa", last_name="Zgłaszająca"),
        post=reply_of(topic),
        reason="Reklama usług księgowych",
    )

    html = client_for(moderator).get("/forum/moderacja/").content.decode()

    assert "Reklama usług księgowych" in html
    assert "Ewa Zgłaszająca" in html
    assert f"/forum/moderacja/posty/{reply_of(topic).pk}/ukryj/" in html


def test_hiding_from_the_queue_empties_it(topic, moderator, member):
    flag_create(reporter=member, post=reply_of(topic), reason="Spam")
    client = client_for(moderator)

    response = client.post(
        f"/forum/moderacja/posty/{reply_of(topic).pk}/ukryj/",
        {"reason": "Spam", "next": "/forum/moderacja/"},
    )

    assert response["Location"] == "/forum/moderacja/"
    assert "Spam" not in client.get("/forum/moderacja/").content.decode()


def test_hiding_goes_nowhere_outside_the_site(topic, moderator):
    response = client_for(moderator).post(
        f"/forum/moderacja/posty/{reply_of(topic).pk}/ukryj/",
        {"reason": "Spam", "next": "https://zly.example.com/"},
    )

    assert response["Location"] == f"/forum/wpis/{reply_of(topic).pk}/"


def test_the_log_lists_who_did_what_and_why(topic, moderator):
    post_hide(moderator=moderator, post=reply_of(topic), reason="Dane osobowe")
    topic_lock(moderator=moderator, topic=topic, reason="Koniec dyskusji")

    html = client_for(moderator).get("/forum/moderacja/dziennik/").content.decode()

    assert "Maria Moderatorska" in html
    assert "Dane osobowe" in html
    assert "Koniec dyskusji" in html
    assert topic.title in html


def flagged_topics(count: int, moderator):
    for number in range(count):
        topic = make_topic(replies=1, title=f"Temat zgłoszony {number}")
        reporter = factories.approved_member()
        flag_create(reporter=reporter, post=reply_of(topic), reason=f"Powód {number}")
        topic_lock(moderator=moderator, topic=topic, reason=f"Powód {number}")


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/forum/moderacja/", "/forum/moderacja/dziennik/"])
def test_moderators_pages_take_as_many_queries_for_many_items(home, moderator, url):
    client = client_for(moderator)
    flagged_topics(2, moderator)
    client.get(url)  # the site's settings and menu, cached from now on
    few = count_queries(client, url)
    flagged_topics(8, moderator)

    many = count_queries(client, url)

    assert many == few


def test_a_client_without_a_session_is_sent_to_sign_in(topic):
    response = Client().get("/forum/moderacja/")

    assert response["Location"] == "/accounts/login/?next=/forum/moderacja/"
