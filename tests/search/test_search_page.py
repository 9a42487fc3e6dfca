import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search.models import QueryRecord, Term
from tests.knowledge_base.factories import GoodPracticePageFactory

pytestmark = pytest.mark.django_db


def page(client, **params):
    response = client.get(reverse("search"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_each_hit_is_an_element_with_a_link(client, site_content, offshore_practice):
    content = page(client, q="farm wiatrowych")

    assert content.count("data-search-result") == 1
    assert f'href="{offshore_practice.url}"' in content
    assert "<mark>farm</mark> <mark>wiatrowych</mark>" in content


def test_hits_show_their_type_and_facets_count_each_type(client, site_content):
    content = page(client, q="morskich")

    assert "Dobra praktyka" in content
    assert 'value="practice"' in content
    assert 'value="forum_topic"' not in content


def test_a_corrected_query_says_so_and_links_to_the_words_typed(client, site_content):
    content = page(client, q="kooperacyjbej")

    assert "Pokazano wyniki dla:" in content
    assert "<strong>kooperacyjnej</strong>" in content
    assert "exact=1" in content
    assert page(client, q="kooperacyjbej", exact="1").count("data-search-result") == 0


def test_nothing_found_says_what_to_do(client, site_content):
    content = page(client, q="zzyzx")

    assert "Nic nie znaleziono" in content


def test_the_search_box_keeps_the_typed_text_escaped(client, db):
    content = page(client, q='"><script>alert(1)</script>')

    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;" in content


def test_english_search_page_finds_english_pages(client, site_content):
    with translation.override("en"):
        url = reverse("search")
    assert url == "/en/search/"
    assert client.get(url, {"q": "klaster"}).status_code == 200


def test_polish_search_page_is_at_szukaj():
    with translation.override("pl"):
        assert reverse("search") == "/szukaj/"


def test_promoted_results_come_first(client, site_content, energy_practice):
    query = Query.get("morskie farmy")
    SearchPromotion.objects.create(
        query=query, page=energy_practice, description="Polecamy.", sort_order=0
    )

    content = page(client, q="Morskie  farmy")

    assert content.index("data-search-promoted") < content.index('data-type="')
    assert "Polecamy." in content


def test_promotions_of_restricted_pages_are_not_shown(
    client, site_content, restricted_page
):
    SearchPromotion.objects.create(query=Query.get("tajne"), page=restricted_page)

    assert "Tajne sprawozdanie" not in page(client, q="tajne")


def test_queries_are_logged_with_their_result_count(client, site_content):
    page(client, q="farm wiatrowych")
    page(client, q="Farm  wiatrowych")
    page(client, q="zzyzx")

    logged = {
        r.query: (r.searches, r.last_result_count) for r in QueryRecord.objects.all()
    }
    assert logged == {"farm wiatrowych": (2, 1), "zzyzx": (1, 0)}


def test_query_log_lists_queries_that_found_nothing_in_the_admin(
    client, site_content, django_user_model
):
    page(client, q="farm wiatrowych")
    page(client, q="zzyzx")
    admin = django_user_model.objects.create_superuser(
        "a@example.org", "a@example.org", "x"
    )
    client.force_login(admin)

    response = client.get(reverse("search_query_log"), {"found_nothing": "true"})

    content = response.content.decode()
    assert response.status_code == 200
    assert "zzyzx" in content
    assert "farm wiatrowych" not in content


def test_update_index_shows_progress_and_rebuilds_the_vocabulary(practice_index):
    GoodPracticePageFactory(
        parent=practice_index, summary="Kogeneracja w ciepłowniach."
    )
    Term.objects.all().delete()
    out = io.StringIO()

    call_command("update_index", stdout=out)

    output = out.getvalue()
    assert "knowledge_base.GoodPracticePage: 1 objects to index" in output
    assert "Vocabulary:" in output
    assert Term.objects.filter(form="cieplowniach").exists()


def test_publishing_adds_the_words_to_the_vocabulary(practice_index):
    GoodPracticePageFactory(parent=practice_index, summary="Trigeneracja.")

    assert Term.objects.filter(form="trigeneracja").exists()


def test_a_page_query_count_does_not_grow_with_the_hits(
    client, practice_index, django_assert_max_num_queries
):
    for _ in range(3):
        GoodPracticePageFactory(parent=practice_index, summary="Port i wodór.")
    page(client, q="wodór")  # warm caches (site root, locale)
    with django_assert_max_num_queries(30) as few:
        page(client, q="wodór")
    for _ in range(12):
        GoodPracticePageFactory(parent=practice_index, summary="Port i wodór.")

    with django_assert_max_num_queries(len(few.captured_queries)):
        page(client, q="wodór")
