from django import forms
from django.utils.translation import gettext_lazy as _

from community.notifications.models import NotificationSettings, WatchLevel


class WatchLevelForm(forms.Form):
    level = forms.ChoiceField(label=_("Notifications"), choices=WatchLevel.choices)


class EmailModeForm(forms.Form):
    email_mode = forms.ChoiceField(
        label=_("E-mail about forum notifications"),
        choices=NotificationSettings.EmailMode.choices,
        widget=forms.RadioSelect,
    )
