"""Anonymous visitors never find restricted or unpublished pages or forum content, by
any route; members find forum topics of the categories they may read."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def everything_found(client, query: str) -> str:
    """All a route gives back for the query, as one text: page, API and suggest."""
    page = client.get(reverse("search"), {"q": query})
    api = client.get("/api/search/", {"q": query})
    suggest = client.get("/api/search/suggest/", {"q": query})
    for response in (page, api, suggest):
        assert response.status_code == 200
    return page.content.decode() + api.content.decode() + suggest.content.decode()


@pytest.fixture
def hidden_content(site_content, restricted_page, draft_page, forum_topics):
    return forum_topics


def test_anonymous_visitors_find_no_restricted_draft_or_forum_content(
    client, hidden_content
):
    found = everything_found(client, "tajne sprawozdanie")
    assert "Tajne sprawozdanie" not in found
    found = everything_found(client, "szkic harmonogramu")
    assert "Nieopublikowany" not in found
    found = everything_found(client, "wodór")
    assert "Wod" not in found
    assert "forum_topic" not in found


def test_anonymous_facets_do_not_count_forum_topics(client, hidden_content):
    body = client.get("/api/search/", {"q": "wodór"}).json()

    assert "forum_topic" not in body["facets"]["type"]
    assert body["total"] == 0


def test_a_correction_never_reveals_a_word_of_hidden_content(client, hidden_content):
    # A correction would otherwise reveal a word only a restricted page holds.
    body = client.get("/api/search/", {"q": "sprawozdanue"}).json()

    assert "corrected_query" not in body


@pytest.mark.parametrize("role", ["member", "editor_user"])
def test_members_find_forum_topics_but_not_moderators_only_or_merged(
    client, hidden_content, role, request
):
    client.force_login(request.getfixturevalue(role))

    body = client.get("/api/search/", {"q": "wodór"}).json()

    titles = {hit["title"] for hit in body["results"]}
    assert titles == {"Przetarg na szkolenia z wodoru", "Wodór w portach"}
    assert body["facets"]["type"]["forum_topic"] == 2
    assert {hit["type"] for hit in body["results"]} == {"forum_topic"}
    topic = hidden_content["public"]
    assert f"/forum/temat/{topic.pk}/" in {hit["url"] for hit in body["results"]}


@pytest.mark.parametrize("role", ["member", "editor_user"])
def test_members_do_not_find_restricted_or_draft_pages(
    client, hidden_content, role, request
):
    client.force_login(request.getfixturevalue(role))

    assert "Tajne sprawozdanie" not in everything_found(client, "tajne sprawozdanie")
    assert "Nieopublikowany" not in everything_found(client, "szkic harmonogramu")


def test_moderators_find_moderators_only_topics(client, hidden_content, moderator_user):
    client.force_login(moderator_user)

    body = client.get("/api/search/", {"q": "skargi"}).json()

    assert [hit["title"] for hit in body["results"]] == ["Wodorowe skargi na członków"]


def test_members_find_topics_by_the_opening_post(client, hidden_content, member):
    client.force_login(member)

    body = client.get("/api/search/", {"q": "organizował przetarg"}).json()

    assert [hit["title"] for hit in body["results"]] == [
        "Przetarg na szkolenia z wodoru"
    ]
    assert "<mark>organizował</mark>" in body["results"][0]["snippet"]


def test_members_get_forum_titles_as_suggestions(client, hidden_content, member):
    client.force_login(member)

    suggestions = client.get("/api/search/suggest/", {"q": "przetarg"}).json()

    assert [s["type"] for s in suggestions["suggestions"]] == ["forum_topic"]


def test_page_shows_members_the_forum_facet(client, hidden_content, member):
    client.force_login(member)

    content = client.get(reverse("search"), {"q": "wodór"}).content.decode()

    assert 'value="forum_topic"' in content
    assert content.count("data-search-result") == 2
