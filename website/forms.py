"""The consultation request form: Wagtail's form builder plus a honeypot field."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from website.spam import HONEYPOT_FIELD


class ConsultationForm(BaseForm):
    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(
                _(
                    "The form was taken for an automated submission and was not "
                    "sent. If you filled it in yourself, please send it again."
                ),
                code="honeypot",
            )
        return cleaned_data


class ConsultationFormBuilder(FormBuilder):
    @property
    def formfields(self):
        fields = super().formfields
        fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return fields

    def get_form_class(self):
        return type("ConsultationForm", (ConsultationForm,), self.formfields)
