"""The forum's forms: they read and check input; the services do the writing."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from community.forum import attachments
from community.forum.models import (
    POST_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    Category,
    ForumSettings,
)

BODY_HELP = _(
    "Markdown: **bold**, *italics*, lists, > quotes, [links](https://…), tables and "
    "```code```. Mention a member with @ and their handle."
)


class BodyField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Your post"),
            max_length=POST_MAX_LENGTH,
            strip=False,
            help_text=BODY_HELP,
            widget=forms.Textarea(
                attrs={
                    "rows": 10,
                    "data-mention-autocomplete": "",
                    "class": "forum-editor",
                }
            ),
            **kwargs,
        )


class TitleField(forms.CharField):
    """A topic's title; the services collapse spaces and check its length."""

    def __init__(self, **kwargs):
        super().__init__(label=_("Title"), max_length=TITLE_MAX_LENGTH, **kwargs)


class PostingForm(forms.Form):
    """A post's text and its attachments (rendered by forum/_attachment_fields.html
    as the `attachments` file input)."""

    body_markdown = BodyField()

    def clean(self):
        cleaned = super().clean()
        try:
            cleaned["uploads"] = attachments.uploads_clean(
                self.files.getlist("attachments")
            )
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned


class ReplyForm(PostingForm):
    pass


class TopicForm(PostingForm):
    title = TitleField()

    field_order = ["title", "body_markdown"]


class PostEditForm(forms.Form):
    body_markdown = BodyField()


class OpeningPostEditForm(PostEditForm):
    """The opening post carries the topic's title, so its edit can rename the topic."""

    title = TitleField()

    field_order = ["title", "body_markdown"]


class CategoryForm(forms.ModelForm):
    class Meta:
        model = Category
        fields = [
            "name",
            "name_en",
            "slug",
            "description",
            "description_en",
            "kind",
            "moderators_only",
            "position",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "description_en": forms.Textarea(attrs={"rows": 3}),
        }


class ForumSettingsForm(forms.ModelForm):
    class Meta:
        model = ForumSettings
        fields = ["edit_window_minutes"]
