"""Forms of the moderation pages; the services validate and act."""

from urllib.parse import urlparse

from django import forms
from django.urls import Resolver404, resolve
from django.utils.translation import gettext_lazy as _

from community.forum.models import Category, Topic
from community.forum_moderation.models import REASON_MAX_LENGTH
from community.forum_moderation.services.posts import HIDDEN_REASON_MAX_LENGTH


class FlagForm(forms.Form):
    reason = forms.CharField(
        label=_("Why should moderators look at this post?"),
        help_text=_("For example: spam, offensive language, personal data."),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class HideForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for hiding"),
        help_text=_("Members see it in place of the post."),
        max_length=HIDDEN_REASON_MAX_LENGTH,
    )


class OptionalReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (for the moderation log)"),
        max_length=REASON_MAX_LENGTH,
        required=False,
    )


class MoveForm(OptionalReasonForm):
    category = forms.ModelChoiceField(
        label=_("New category"), queryset=Category.objects.all(), empty_label=None
    )
    field_order = ["category", "reason"]


class MergeForm(OptionalReasonForm):
    into = forms.CharField(
        label=_("Merge into the topic"),
        help_text=_("Paste the address of the target topic, or its number."),
        max_length=500,
    )
    field_order = ["into", "reason"]

    def clean_into(self) -> Topic:
        value = self.cleaned_data["into"].strip()
        pk = _topic_pk_from(value)
        topic = Topic.objects.filter(pk=pk).first() if pk else None
        if topic is None:
            raise forms.ValidationError(_("No topic has this address or number."))
        return topic


def _topic_pk_from(value: str) -> int | None:
    if value.isascii() and value.isdigit() and len(value) <= 12:
        return int(value)
    try:
        match = resolve(urlparse(value).path)
    except Resolver404:
        return None
    if match.view_name == "forum:topic":
        return match.kwargs.get("pk")
    return None
