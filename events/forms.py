"""The calendar's filter forms. They are sent with GET, so their state lives in the
URL: a filtered list can be bookmarked and shared, and works without JavaScript."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from events.models.event_page import EventFormat, EventType

# Far enough for any real calendar, near enough that a day's bounds never overflow.
EARLIEST_DAY = datetime.date(2000, 1, 1)
LATEST_DAY = datetime.date(2100, 12, 31)
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]


def validate_calendar_day(value: datetime.date) -> None:
    if not EARLIEST_DAY <= value <= LATEST_DAY:
        raise ValidationError(
            _("Give a date between %(earliest)s and %(latest)s."),
            code="out_of_range",
            params={"earliest": EARLIEST_DAY.year, "latest": LATEST_DAY.year},
        )


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class EventKindFilterForm(forms.Form):
    """Type and format: the filters of the month grid."""

    typ = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=[("", _("All types")), *EventType.choices],
    )
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[("", _("All formats")), *EventFormat.choices],
    )

    def filters(self) -> dict:
        """Keyword arguments for the selectors; call only on a valid form."""
        return {
            "event_type": self.cleaned_data.get("typ", ""),
            "event_format": self.cleaned_data.get("format", ""),
        }


class EventFilterForm(EventKindFilterForm):
    """The list's filters: a date range ("od – do") as well as type and format."""

    od = forms.DateField(
        label=_("From date"),
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        validators=[validate_calendar_day],
        widget=DateInput(),
    )
    do = forms.DateField(
        label=_("To date"),
        required=False,
        input_formats=DATE_INPUT_FORMATS,
        validators=[validate_calendar_day],
        widget=DateInput(),
    )
    field_order = ["od", "do", "typ", "format"]

    def clean(self):
        cleaned_data = super().clean()
        date_from, date_to = cleaned_data.get("od"), cleaned_data.get("do")
        if date_from and date_to and date_from > date_to:
            self.add_error("do", _("The end of the range cannot be before its start."))
        return cleaned_data

    def filters(self) -> dict:
        return {
            **super().filters(),
            "date_from": self.cleaned_data.get("od"),
            "date_to": self.cleaned_data.get("do"),
        }
