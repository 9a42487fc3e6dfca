"""The community's own e-mails: plain text and HTML, in the recipient's language."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def absolute_url(path: str) -> str:
    """Links in mail sent outside a request (a moderator's decision reaches the
    applicant later) are built on the site's configured base URL."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def mail_send(*, template: str, to: str, language: str, context: dict) -> None:
    """Render community/email/<template>_{subject.txt,message.txt,message.html} in
    `language` and send it. A mail server that fails is logged and does not undo
    the decision the mail reports; the person also sees it on their account page."""
    with translation.override(language):
        subject = render_to_string(f"community/email/{template}_subject.txt", context)
        text = render_to_string(f"community/email/{template}_message.txt", context)
        html = render_to_string(f"community/email/{template}_message.html", context)
    message = EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split()),
        body=text.strip(),
        to=[to],
    )
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception("Mail %s to user not sent.", template)
