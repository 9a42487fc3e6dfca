"""Notification e-mails: one per notification, the daily digest, the language,
the unsubscribe headers, and a mail server that fails."""

import io
import logging
import re

import pytest
from django.core import mail
from django.core.management import call_command

from community.forum.models import Post
from community.models import Membership
from community.notifications.models import Notification, NotificationSettings
from community.notifications.services import notification_settings_update
from tests.community.factories import approved_member

Mode = NotificationSettings.EmailMode


class BrokenMailBackend:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def send_digests() -> str:
    out = io.StringIO()
    call_command("send_notification_digests", stdout=out)
    return out.getvalue()


def test_a_reply_e_mails_the_topics_author_at_once(forum):
    author = approved_member()
    topic = forum.topic(author=author, title="Rozliczanie warsztatów")

    reply = forum.reply(topic=topic, author=approved_member(first_name="Marek"))

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [author.email]
    assert "Rozliczanie warsztatów" in message.subject
    assert f"http://testserver/forum/wpis/{reply.pk}/" in message.body
    html = message.alternatives[0].content
    assert f"/forum/wpis/{reply.pk}/" in html
    assert Notification.objects.get(post=reply).emailed_at is not None


def test_every_mail_has_one_click_unsubscribe_headers_and_link(forum):
    author = approved_member()
    forum.reply(topic=forum.topic(author=author), author=approved_member())

    message = mail.outbox[0]
    header = message.extra_headers["List-Unsubscribe"]
    url = re.fullmatch(r"<(http://testserver/forum/powiadomienia/wypisz/\S+/)>", header)
    assert url, header
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    assert url.group(1) in message.body
    assert url.group(1) in message.alternatives[0].content


def test_mail_is_in_the_recipients_language(forum):
    author = approved_member()
    Membership.objects.filter(user=author).update(language="en")
    forum.reply(
        topic=forum.topic(author=author, title="Warsztaty"),
        author=approved_member(first_name="Marek", last_name="Lis"),
    )

    message = mail.outbox[0]
    assert "Marek Lis replied to your topic “Warsztaty”" in message.subject
    assert "http://testserver/en/forum/" in message.body


def test_mail_defaults_to_polish(forum):
    author = approved_member()
    forum.reply(
        topic=forum.topic(author=author, title="Warsztaty"),
        author=approved_member(first_name="Marek", last_name="Lis"),
    )

    assert "Marek Lis odpowiedział(a) w Twoim temacie „Warsztaty”" in (
        mail.outbox[0].subject
    )


def test_members_who_chose_the_digest_or_no_mail_get_none_at_once(forum):
    digest_reader, no_mail = approved_member(), approved_member()
    notification_settings_update(user=digest_reader, email_mode=Mode.DIGEST)
    notification_settings_update(user=no_mail, email_mode=Mode.NONE)

    forum.reply(topic=forum.topic(author=digest_reader), author=approved_member())
    forum.reply(topic=forum.topic(author=no_mail), author=approved_member())

    assert mail.outbox == []
    assert (
        Notification.objects.filter(recipient__in=[digest_reader, no_mail]).count() == 2
    )


def test_a_failing_mail_server_loses_no_post_and_no_notification(
    forum, settings, caplog
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailBackend"
    author = approved_member()
    topic = forum.topic(author=author)

    with caplog.at_level(logging.ERROR):
        reply = forum.reply(topic=topic, author=approved_member(), text="Ważna rada.")

    assert Post.objects.filter(pk=reply.pk, body_markdown="Ważna rada.").exists()
    notification = Notification.objects.get(post=reply, recipient=author)
    assert notification.emailed_at is None
    assert any(
        "not e-mailed" in record.getMessage() and record.exc_info
        for record in caplog.records
    )


def test_the_digest_sends_one_mail_with_every_unsent_notification(forum):
    reader = approved_member()
    notification_settings_update(user=reader, email_mode=Mode.DIGEST)
    first = forum.topic(author=reader, title="Pierwszy temat")
    second = forum.topic(author=reader, title="Drugi temat")
    forum.reply(topic=first, author=approved_member())
    forum.reply(topic=second, author=approved_member())

    send_digests()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [reader.email]
    assert "2" in message.subject
    assert "Pierwszy temat" in message.body and "Drugi temat" in message.body
    assert "List-Unsubscribe" in message.extra_headers
    assert not Notification.objects.filter(recipient=reader, emailed_at=None).exists()


def test_running_the_digest_twice_sends_nothing_twice(forum):
    reader = approved_member()
    notification_settings_update(user=reader, email_mode=Mode.DIGEST)
    topic = forum.topic(author=reader)
    forum.reply(topic=topic, author=approved_member())

    send_digests()
    send_digests()
    assert len(mail.outbox) == 1

    forum.reply(topic=topic, author=approved_member(), text="Jeszcze jedno.")
    send_digests()
    assert len(mail.outbox) == 2
    assert "1" in mail.outbox[1].subject


def test_the_digest_skips_members_who_want_each_mail_or_none(forum):
    each, none = approved_member(), approved_member()
    notification_settings_update(user=none, email_mode=Mode.NONE)
    forum.reply(topic=forum.topic(author=each), author=approved_member())
    forum.reply(topic=forum.topic(author=none), author=approved_member())
    mail.outbox.clear()

    send_digests()

    assert mail.outbox == []


def test_a_failed_digest_is_sent_on_the_next_run(forum, settings):
    reader = approved_member()
    notification_settings_update(user=reader, email_mode=Mode.DIGEST)
    forum.reply(topic=forum.topic(author=reader), author=approved_member())

    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailBackend"
    send_digests()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    send_digests()

    assert len(mail.outbox) == 1


# Real transactions: the worker checks its connection the way a separate process
# does, which a test wrapped in one transaction cannot survive on PostgreSQL.
@pytest.mark.django_db(transaction=True)
def test_with_the_database_queue_mail_waits_for_the_worker(forum, settings):
    """Production's set-up: the post's request only queues the mail."""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    author = approved_member()
    reply = forum.reply(topic=forum.topic(author=author), author=approved_member())

    assert mail.outbox == []
    queued = DBTaskResult.objects.filter(
        task_path__endswith=".notification_emails_send"
    )
    assert queued.count() == 1
    assert Notification.objects.filter(post=reply, recipient=author).exists()

    call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())

    assert [message.to for message in mail.outbox] == [[author.email]]


def test_the_digest_leaves_out_posts_hidden_since(forum):
    reader = approved_member()
    notification_settings_update(user=reader, email_mode=Mode.DIGEST)
    topic = forum.topic(author=reader, title="Temat z ukrytym wpisem")
    hidden = forum.reply(topic=topic, author=approved_member())
    Post.objects.filter(pk=hidden.pk).update(is_hidden=True)

    send_digests()

    assert mail.outbox == []
