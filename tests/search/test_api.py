import pytest

from search.selectors import RESULTS_PER_PAGE
from tests.knowledge_base.factories import GoodPracticePageFactory, SectorFactory

pytestmark = pytest.mark.django_db


def search(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_api_answers_the_contract_shape(client, site_content, offshore_practice):
    body = search(client, q="klastrów morskich")

    assert set(body) >= {"query", "total", "results", "facets"}
    assert body["query"] == "klastrów morskich"
    assert body["total"] == 2
    assert set(body["results"][0]) == {"title", "url", "type", "snippet"}
    assert body["facets"]["type"] == {
        "practice": 1,
        "cluster": 1,
        "event": 0,
        "page": 0,
    }
    practice = next(hit for hit in body["results"] if hit["type"] == "practice")
    assert practice["url"] == offshore_practice.url
    assert practice["title"] == offshore_practice.title


def test_inflected_and_diacritics_free_queries_find_the_same_page(client, site_content):
    with_diacritics = search(client, q="współpraca przedsiębiorstw")
    without = search(client, q="wspolpraca przedsiebiorstw")
    inflected = search(client, q="współpracy przedsiębiorstwami")

    titles = {"Wspólne zakupy energii przedsiębiorstw"}
    for body in (with_diacritics, without, inflected):
        assert {hit["title"] for hit in body["results"]} == titles


def test_snippet_marks_the_matched_words(client, site_content):
    body = search(client, q="firmy stoczniowe")

    assert "<mark>Firmy</mark> <mark>stoczniowe</mark>" in body["results"][0]["snippet"]


def test_snippet_escapes_html_of_the_content(client, practice_index):
    GoodPracticePageFactory(
        parent=practice_index,
        title="Praktyka z kodem",
        summary='Tekst <script>alert("x")</script> o wodorze & porcie.',
    )

    snippet = search(client, q="wodór")["results"][0]["snippet"]

    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert "<mark>wodorze</mark>" in snippet
    assert "&amp;" in snippet


def test_a_typo_is_corrected_and_reported(client, site_content):
    body = search(client, q="kooperacyjbej")

    assert body["corrected_query"] == "kooperacyjnej"
    assert body["total"] == 1


def test_type_filter_keeps_counts_of_every_type(client, site_content):
    body = search(client, q="morskich", type="cluster")

    assert [hit["type"] for hit in body["results"]] == ["cluster"]
    assert body["total"] == 1
    assert body["facets"]["type"]["practice"] == 1


def test_facet_filters_narrow_practices_and_leave_out_other_types(client, site_content):
    body = search(client, q="firmy", sector="morska")

    assert [hit["type"] for hit in body["results"]] == ["practice"]
    assert body["facets"]["type"] == {"practice": 1, "cluster": 0}
    SectorFactory(slug="ict", name_pl="ICT")
    assert search(client, q="firmy", sector="ict")["total"] == 0


def test_year_filters_narrow_practices(client, site_content):
    assert search(client, q="energii", year_to="2013")["total"] == 1
    assert search(client, q="energii", year_from="2015")["total"] == 0


def test_pagination(client, practice_index):
    for _ in range(RESULTS_PER_PAGE + 3):
        GoodPracticePageFactory(parent=practice_index, summary="Port i wodór.")

    first = search(client, q="wodór")
    second = search(client, q="wodór", page=2)

    assert first["total"] == second["total"] == RESULTS_PER_PAGE + 3
    assert len(first["results"]) == RESULTS_PER_PAGE
    assert len(second["results"]) == 3
    assert first["pages"] == 2
    urls = {hit["url"] for hit in first["results"] + second["results"]}
    assert len(urls) == RESULTS_PER_PAGE + 3


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": ""}, "Type the words to search for."),
        ({"q": "klaster", "page": "x"}, "Enter a whole number."),
        ({"q": "klaster", "type": "secret"}, "Select a valid choice."),
        ({"q": "klaster\x00"}, "Null characters are not allowed."),
    ],
)
def test_bad_requests_answer_400_with_a_message(client, params, message, settings):
    settings.LANGUAGE_CODE = "en"
    response = client.get("/api/search/", params, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    assert message in response.json()["error"]


def test_query_without_words_answers_with_a_message(client, site_content):
    body = search(client, q="* ( )")

    assert body["total"] == 0
    assert body["results"] == []
    assert body["message"]


def test_suggest_returns_titles_for_a_word_being_typed(client, site_content):
    response = client.get("/api/search/suggest/", {"q": "gieł"})

    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert suggestions == [
        {
            "title": "Giełda kooperacyjna dostawców dla morskich farm wiatrowych",
            "url": "/dobre-praktyki/gielda/",
            "type": "practice",
        }
    ]


def test_suggest_without_diacritics(client, site_content):
    response = client.get("/api/search/suggest/", {"q": "wspolne zaku"})

    titles = [s["title"] for s in response.json()["suggestions"]]
    assert titles == ["Wspólne zakupy energii przedsiębiorstw"]
