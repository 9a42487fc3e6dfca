"""The one-click unsubscribe link in every notification mail: it works without
signing in, GET only asks, POST unsubscribes."""

import re

from django.core import mail
from django.test import Client

from community.notifications.models import NotificationSettings
from community.notifications.tokens import unsubscribe_token
from tests.community.factories import approved_member


def unsubscribe_path(message) -> str:
    header = message.extra_headers["List-Unsubscribe"]
    return re.search(r"http://testserver(/\S+/)>", header).group(1)


def email_mode(user) -> str:
    settings = NotificationSettings.objects.filter(user=user).first()
    return settings.email_mode if settings else "immediate"


def test_the_link_from_the_mail_unsubscribes_without_signing_in(forum, home):
    author = approved_member()
    forum.reply(topic=forum.topic(author=author), author=approved_member())
    path = unsubscribe_path(mail.outbox[0])
    browser = Client(enforce_csrf_checks=True)

    confirm = browser.get(path)
    assert confirm.status_code == 200
    assert email_mode(author) == "immediate"  # opening the link changes nothing

    token = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"', confirm.content.decode()
    ).group(1)
    done = browser.post(path, {"csrfmiddlewaretoken": token})

    assert done.status_code == 200
    assert "data-unsubscribed" in done.content.decode()
    assert email_mode(author) == "none"


def test_mail_programs_one_click_post_works_without_cookies(db, home):
    member = approved_member()
    path = f"/forum/powiadomienia/wypisz/{unsubscribe_token(member)}/"

    response = Client(enforce_csrf_checks=True).post(
        path, {"List-Unsubscribe": "One-Click"}
    )

    assert response.status_code == 200
    assert email_mode(member) == "none"


def test_a_forged_or_altered_token_does_nothing(db, home):
    member = approved_member()
    token = unsubscribe_token(member)
    client = Client()

    for bad in ("abc", token[:-2] + "xx", str(member.pk)):
        response = client.post(f"/forum/powiadomienia/wypisz/{bad}/")
        assert response.status_code == 404
    assert email_mode(member) == "immediate"


def test_after_unsubscribing_no_more_mail_is_sent(forum, home):
    author = approved_member()
    Client().post(f"/forum/powiadomienia/wypisz/{unsubscribe_token(author)}/")

    forum.reply(topic=forum.topic(author=author), author=approved_member())

    assert mail.outbox == []
