"""How allauth fits the Competence Group: signing up files a membership application,
suspended members are stopped at the door and told why, people who are not yet
members land on their application's status, and every e-mail has an HTML part."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import user_email, user_username
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language

from community import access
from community.services.membership import application_submit
from community.suspension import suspended_response
from community.usernames import username_for_email


def user_display(user) -> str:
    return user.get_full_name() or user.email


class AccountAdapter(DefaultAccountAdapter):
    def populate_username(self, request, user) -> None:
        if not user_username(user):
            user_username(user, username_for_email(user_email(user)))

    def save_user(self, request, user, form, commit=True):
        with transaction.atomic():
            user = super().save_user(request, user, form, commit=True)
            application_submit(
                user=user, language=get_language(), **form.application_data()
            )
        return user

    def pre_login(self, request, user, **kwargs):
        membership = access.membership_of(user)
        if membership is not None and membership.is_suspended:
            from allauth.account.internal.stagekit import clear_login

            clear_login(request)
            return suspended_response(request, membership)
        return super().pre_login(request, user, **kwargs)

    def get_login_redirect_url(self, request) -> str:
        if not access.is_approved_member(request.user):
            return reverse("community:account")
        return super().get_login_redirect_url(request)

    def render_mail(self, template_prefix, email, context, headers=None):
        """allauth's e-mails come as plain text; add the same words as HTML."""
        message = super().render_mail(template_prefix, email, context, headers)
        if isinstance(message, EmailMultiAlternatives) and not message.alternatives:
            html = render_to_string(
                "community/email/text_as_html.html",
                {"subject": message.subject, "body": message.body},
            )
            message.attach_alternative(html, "text/html")
        return message
