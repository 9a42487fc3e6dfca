import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

from events.models import DocumentKind, EventDocument, EventFormat, EventPage
from tests.events.factories import EventPageFactory, at, in_days, translate
from tests.events.html import main_content
from tests.website.factories import make_english_home


def test_event_page_says_when_where_what_and_who(client, calendar):
    event = EventPageFactory(
        parent=calendar,
        title="Warsztat konsultacyjny",
        day=datetime.date(2027, 3, 12),
        capacity=30,
    )

    html = main_content(client.get(event.url))

    assert "<h1>Warsztat konsultacyjny</h1>" in html
    assert "12 marca 2027, 10:00–14:00" in html
    assert "<dd>Warsztaty</dd>" in html
    assert "<dd>Stacjonarnie</dd>" in html
    assert "ul. Okopowa 21/27<br>80-810 Gdańsk" in html
    assert "<dd>Punkt Kontaktowy ds. klastrów</dd>" in html
    assert "<dd>30</dd>" in html


def test_event_page_offers_to_add_the_event_to_a_calendar(client, calendar):
    event = EventPageFactory(parent=calendar, slug="warsztat")

    html = main_content(client.get(event.url))

    assert f'<a href="{event.url}ics/" download="warsztat.ics">Dodaj do kalendarza' in (
        html
    )


def test_open_registration_is_a_link(client, calendar):
    event = EventPageFactory(
        parent=calendar, registration_url="https://example.org/zapisy"
    )

    html = main_content(client.get(event.url))

    assert 'href="https://example.org/zapisy"' in html
    assert "Zarejestruj się" in html


def test_closed_registration_says_so_instead_of_the_link(client, calendar):
    event = EventPageFactory(
        parent=calendar,
        registration_url="https://example.org/zapisy",
        registration_closed=True,
    )

    html = main_content(client.get(event.url))

    assert "Rejestracja zamknięta" in html
    assert "https://example.org/zapisy" not in html


def test_an_ended_event_says_so_and_hides_registration_and_the_online_link(
    client, calendar
):
    event = EventPageFactory(
        parent=calendar,
        day=in_days(-3),
        event_format=EventFormat.HYBRID,
        online_url="https://example.org/spotkanie",
        registration_url="https://example.org/zapisy",
    )

    html = main_content(client.get(event.url))

    assert "To wydarzenie już się odbyło." in html
    assert "example.org" not in html


def test_online_event_gives_its_joining_link(client, calendar):
    event = EventPageFactory(
        parent=calendar,
        event_format=EventFormat.ONLINE,
        venue_name="",
        venue_address="",
        online_url="https://example.org/webinar",
    )

    html = main_content(client.get(event.url))

    assert '<a href="https://example.org/webinar" rel="noopener">' in html
    assert "Gdzie" not in html


def test_documents_are_listed_with_their_kind_and_size(client, calendar):
    event = EventPageFactory(parent=calendar)
    agenda = Document.objects.create(
        title="Program warsztatu",
        file=ContentFile(b"x" * 2048, name="program.pdf"),
        file_size=2048,  # as the admin's upload form records it
    )
    EventDocument.objects.create(page=event, document=agenda, kind=DocumentKind.AGENDA)

    html = main_content(client.get(event.url))

    assert f'Agenda: <a href="{agenda.url}">Program warsztatu</a>' in html
    assert "(PDF, 2,0" in html


def test_english_event_page_is_in_english(client, home, calendar):
    make_english_home(home)
    translate(calendar, title="Events calendar", slug="events")
    event = EventPageFactory(parent=calendar, day=datetime.date(2027, 3, 12))
    english = translate(event, title="Workshop", slug="workshop")

    html = main_content(client.get(english.url))

    assert english.url == "/en/events/workshop/"
    assert "12 March 2027, 10:00–14:00" in html
    assert "<dt>When</dt>" in html
    assert "Add to calendar" in html


def test_an_event_cannot_end_before_it_starts(calendar):
    event = EventPageFactory(parent=calendar)
    event.end = event.start - datetime.timedelta(minutes=1)

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert list(error.value.message_dict) == ["end"]


def test_a_multi_day_event_knows_its_days_in_warsaw(calendar):
    event = EventPageFactory(
        parent=calendar,
        start=at(datetime.date(2027, 3, 10), 0, 30),
        end=at(datetime.date(2027, 3, 12), 23, 30),
    )

    assert (event.first_day, event.last_day) == (
        datetime.date(2027, 3, 10),
        datetime.date(2027, 3, 12),
    )
    assert event.is_multi_day


def test_an_event_behind_a_view_restriction_keeps_its_calendar_file_private(
    client, calendar
):
    event = EventPageFactory(parent=calendar)
    PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(f"{event.url}ics/")

    assert response.status_code == 302
    assert b"BEGIN:VCALENDAR" not in response.content


def test_events_are_found_by_site_search(calendar):
    event = EventPageFactory(parent=calendar, venue_name="Słupski Inkubator")

    assert list(EventPage.objects.live().search("Inkubator")) == [event]


def test_editors_can_open_the_event_form_in_the_admin(client, calendar, admin_user):
    client.force_login(admin_user)

    response = client.get(f"/admin/pages/add/events/eventpage/{calendar.pk}/")

    assert response.status_code == 200
    assert b'name="registration_closed"' in response.content
    assert b'name="related_practices-TOTAL_FORMS"' in response.content
    # the practices' chooser offers good practices only
    assert b"knowledge_base.goodpracticepage" in response.content
