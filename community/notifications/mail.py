"""Notification e-mails: one per notification, or a digest of several. Plain
text and HTML in the recipient's language, each with a one-click unsubscribe
link (RFC 8058 headers as well)."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from community import access
from community.mail import absolute_url
from community.notifications.tokens import unsubscribe_token

TEMPLATES = "forum/notifications/email"


def recipient_language(user) -> str:
    membership = access.membership_of(user)
    return membership.language if membership else settings.LANGUAGE_CODE


def _message(*, user, template: str, context: dict, connection=None):
    language = recipient_language(user)
    with translation.override(language):
        unsubscribe_url = absolute_url(
            reverse(
                "forum:notifications:unsubscribe",
                kwargs={"token": unsubscribe_token(user)},
            )
        )
        context = {
            **context,
            "recipient": user,
            "unsubscribe_url": unsubscribe_url,
            "preferences_url": absolute_url(reverse("forum:notifications:preferences")),
        }
        subject = render_to_string(f"{TEMPLATES}/{template}_subject.txt", context)
        text = render_to_string(f"{TEMPLATES}/{template}_message.txt", context)
        html = render_to_string(f"{TEMPLATES}/{template}_message.html", context)
    message = EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=text.strip(),
        to=[user.email],
        connection=connection,
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def _post_url(notification) -> str:
    return absolute_url(notification.post.get_absolute_url())


def notification_message(notification, *, connection=None):
    language = recipient_language(notification.recipient)
    with translation.override(language):
        post_url = _post_url(notification)
    return _message(
        user=notification.recipient,
        template="notification",
        context={"notification": notification, "post_url": post_url},
        connection=connection,
    )


def digest_message(*, user, notifications, connection=None):
    with translation.override(recipient_language(user)):
        items = [(n, _post_url(n)) for n in notifications]
    return _message(
        user=user,
        template="digest",
        context={"items": items, "count": len(items)},
        connection=connection,
    )
