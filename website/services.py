"""Writes of the website app."""

import logging
import smtplib

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.admin.mail import send_mail
from wagtail.contrib.forms.models import FormSubmission

from website.spam import HONEYPOT_FIELD, rate_limit_exceeded

logger = logging.getLogger(__name__)


class SubmissionRejected(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def consultation_request_submit(*, page, form, client_ip: str) -> FormSubmission:
    """Store a valid consultation request and mail it to the Contact Point.

    Raises SubmissionRejected when this address has sent too many requests lately;
    nothing is stored then.
    """
    if rate_limit_exceeded(
        scope="consultation-request",
        key=client_ip,
        limit=settings.CONTACT_FORM_RATE_LIMIT,
        window=settings.CONTACT_FORM_RATE_WINDOW,
    ):
        raise SubmissionRejected(
            _(
                "Too many requests have been sent from your address in the last hour. "
                "Your message has not been sent; please try again later or write to "
                "us by e-mail."
            )
        )
    form.cleaned_data.pop(HONEYPOT_FIELD, None)
    submission = page.process_form_submission(form)
    consultation_request_notify(page=page, form=form)
    return submission


def consultation_request_notify(*, page, form) -> None:
    """Mail the request to the Contact Point; a mail failure never loses the request,
    which editors also see in the admin."""
    recipients = page.recipients()
    if not recipients:
        logger.warning(
            "Consultation request on page %s: no recipient address set.", page.pk
        )
        return
    try:
        send_mail(
            page.subject or _("New consultation request"),
            page.render_email(form),
            recipients,
            page.from_address,
            reply_to=_submitter_address(form) or None,
        )
    except (smtplib.SMTPException, OSError):
        logger.exception("Consultation request on page %s: mail not sent.", page.pk)


def _submitter_address(form) -> list[str]:
    for name, field in form.fields.items():
        if isinstance(field, forms.EmailField) and form.cleaned_data.get(name):
            return [form.cleaned_data[name]]
    return []
