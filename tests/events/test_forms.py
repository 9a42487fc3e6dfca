import datetime

import pytest

from events.forms import EventFilterForm, EventKindFilterForm


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"od": "2026-13-45"}, "od"),
        ({"do": "2026-02-30"}, "do"),
        ({"od": "jutro"}, "od"),
        ({"od": "<script>"}, "od"),
        ({"od": "0001-01-01"}, "od"),
        ({"do": "9999-12-31"}, "do"),
        ({"od": "2027-03-20", "do": "2027-03-10"}, "do"),
        ({"typ": "koncert"}, "typ"),
        ({"format": "radio"}, "format"),
    ],
)
def test_bad_filter_input_is_an_error_on_its_field(data, field):
    form = EventFilterForm(data)

    assert not form.is_valid()
    assert list(form.errors) == [field]


def test_range_of_one_day_is_valid():
    form = EventFilterForm({"od": "2027-03-10", "do": "2027-03-10"})

    assert form.is_valid()


def test_dates_in_the_polish_format_are_understood():
    form = EventFilterForm({"od": "12.03.2027"})

    assert form.is_valid()
    assert form.filters()["date_from"] == datetime.date(2027, 3, 12)


def test_filters_name_the_selectors_arguments():
    form = EventFilterForm(
        {"od": "2027-03-10", "do": "2027-03-12", "typ": "webinar", "format": "online"}
    )

    assert form.is_valid()
    assert form.filters() == {
        "date_from": datetime.date(2027, 3, 10),
        "date_to": datetime.date(2027, 3, 12),
        "event_type": "webinar",
        "event_format": "online",
    }


def test_empty_filters_mean_everything():
    form = EventKindFilterForm({})

    assert form.is_valid()
    assert form.filters() == {"event_type": "", "event_format": ""}
