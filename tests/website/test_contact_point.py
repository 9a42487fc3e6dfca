import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from tests.website.factories import (
    ContactPointPageFactory,
    add_consultation_fields,
    make_home_page,
)
from website.models import SiteSettings

pytestmark = pytest.mark.django_db

VALID = {
    "imie_i_nazwisko": "Jan Nowak",
    "e_mail": "jan.nowak@example.org",
    "organizacja": "Bałtycki Klaster Morski",
    "inicjatywa_klastrowa": "Klaster Morski",
    "temat": "Doradztwo",
    "wiadomosc": "Prosimy o konsultację strategii klastra.",
    "wyrazam_zgode_na_przetwarzanie_moich_danych_osobowych": "on",
}


@pytest.fixture
def contact_page():
    home = make_home_page()
    page = ContactPointPageFactory(parent=home, slug="punkt-kontaktowy")
    add_consultation_fields(page)
    settings = SiteSettings.for_site(home.get_site())
    settings.email = "punkt@example.org"
    settings.save()
    return page


def test_form_shows_every_field_with_a_label(client, contact_page):
    html = client.get(contact_page.url).content.decode()
    for name in VALID:
        assert f'for="id_{name}"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_valid_request_is_stored_and_mailed_to_the_site_address(client, contact_page):
    response = client.post(contact_page.url, VALID)

    assert response.status_code == 200
    assert (
        "Dziękujemy" in response.content.decode()
        or "Thank you" in response.content.decode()
    )
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.form_data["organizacja"] == "Bałtycki Klaster Morski"
    assert "homepage" not in submission.form_data
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["punkt@example.org"]
    assert message.reply_to == ["jan.nowak@example.org"]
    assert "Prosimy o konsultację strategii klastra." in message.body


def test_page_recipient_overrides_the_site_address(client, contact_page):
    contact_page.to_address = "a@example.org, b@example.org"
    contact_page.save_revision().publish()

    client.post(contact_page.url, VALID)

    assert mail.outbox[0].to == ["a@example.org", "b@example.org"]


def test_invalid_request_redisplays_typed_values_and_errors(client, contact_page):
    data = {**VALID, "e_mail": "not-an-address", "wiadomosc": ""}
    data.pop("wyrazam_zgode_na_przetwarzanie_moich_danych_osobowych")

    response = client.post(contact_page.url, data)

    html = response.content.decode()
    assert response.status_code == 400
    assert 'value="Jan Nowak"' in html
    assert 'value="not-an-address"' in html
    assert 'aria-invalid="true"' in html
    assert 'class="error-summary"' in html
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_filled_honeypot_is_rejected_and_keeps_what_was_typed(client, contact_page):
    response = client.post(
        contact_page.url, {**VALID, "homepage": "http://spam.example"}
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert 'value="Jan Nowak"' in html
    assert "Prosimy o konsultację strategii klastra." in html
    assert "http://spam.example" not in html
    assert "wysłany automatycznie" in html
    assert FormSubmission.objects.count() == 0


def test_rate_limit_rejects_the_request_over_the_limit_and_says_why(
    client, contact_page, settings
):
    settings.CONTACT_FORM_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(contact_page.url, VALID).status_code == 200

    response = client.post(contact_page.url, VALID)

    html = response.content.decode()
    assert response.status_code == 429
    assert response["Retry-After"] == str(settings.CONTACT_FORM_RATE_WINDOW)
    assert 'value="Jan Nowak"' in html
    assert "zbyt wiele zapytań" in html
    assert FormSubmission.objects.count() == 2


def test_rate_limit_counts_each_address_separately(client, contact_page, settings):
    settings.CONTACT_FORM_RATE_LIMIT = 1
    assert (
        client.post(contact_page.url, VALID, REMOTE_ADDR="10.0.0.1").status_code == 200
    )
    assert (
        client.post(contact_page.url, VALID, REMOTE_ADDR="10.0.0.2").status_code == 200
    )
    assert (
        client.post(contact_page.url, VALID, REMOTE_ADDR="10.0.0.1").status_code == 429
    )


def test_rate_limit_uses_the_proxy_address_only_when_told_to(
    client, contact_page, settings
):
    settings.CONTACT_FORM_RATE_LIMIT = 1
    settings.USE_X_FORWARDED_FOR = True
    forwarded = {"REMOTE_ADDR": "127.0.0.1"}
    assert (
        client.post(
            contact_page.url,
            VALID,
            HTTP_X_FORWARDED_FOR="spoofed, 203.0.113.5",
            **forwarded,
        ).status_code
        == 200
    )
    assert (
        client.post(
            contact_page.url, VALID, HTTP_X_FORWARDED_FOR="203.0.113.6", **forwarded
        ).status_code
        == 200
    )
    assert (
        client.post(
            contact_page.url,
            VALID,
            HTTP_X_FORWARDED_FOR="other, 203.0.113.5",
            **forwarded,
        ).status_code
        == 429
    )


def test_mail_failure_keeps_the_stored_request(client, contact_page, settings):
    settings.EMAIL_BACKEND = "tests.website.failing_mail.FailingBackend"

    response = client.post(contact_page.url, VALID)

    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=contact_page).count() == 1


def test_submissions_are_listed_for_editors_in_the_admin(admin_client, contact_page):
    admin_client.post(contact_page.url, VALID)

    response = admin_client.get(f"/admin/forms/submissions/{contact_page.pk}/")

    assert response.status_code == 200
    assert "Bałtycki Klaster Morski" in response.content.decode()
