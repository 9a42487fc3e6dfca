"""Every URL pattern of the project, requested by every role: no members-only content
reaches a role that may not read it, nothing answers 500, the forum turns away the
anonymous (to the login page) and the not-yet-members (403 saying why), every HTML
response carries the security headers and a CSP its markup keeps to (no inline
script or style), and no GET changes what is stored."""

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.html import escape

from community.access import denial_reason
from community.notifications.services import feed_token_revoke
from tests.security import routes
from tests.security.conftest import ROLES, client_as
from tests.security.headers import header_problems
from tests.security.world import MAY_SEE, SECRETS

pytestmark = pytest.mark.django_db

# Links that work without signing in, by design: the secret token is the key.
CAPABILITY_LINKS = {"forum:notifications:unsubscribe", "forum:notifications:feed"}

# Tables a GET may add rows to: sessions, how far a member has read, the search
# statistics, and settings rows made on first read. Any other table growing during
# the sweep fails it.
WRITTEN_BY_READING = {
    "sessions.session",
    "usersessions.usersession",
    "forum.topicreadstate",  # how far the reader has read
    "search.queryrecord",  # which words people search for
    # Settings rows made with their defaults the first time a page reads them.
    "website.sitesettings",
    "forum.forumsettings",
    "wagtailusers.userprofile",
}


def response_text(response) -> str:
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    headers = " ".join(f"{k}: {v}" for k, v in response.headers.items())
    return headers + "\n" + content.decode("utf-8", "replace")


def language_of(url: str) -> str:
    return "en" if url.startswith("/en/") else "pl"


def forum_rule_broken(role: str, key: str, url: str, response, user) -> str:
    """What the forum's access rule says went wrong, or ""."""
    if not key.startswith("forum:") or key in CAPABILITY_LINKS:
        return ""
    if role == "anonymous":
        location = response.headers.get("Location", "")
        if response.status_code != 302 or "/accounts/login/" not in location:
            return f"anonymous got {response.status_code} {location}, not the login"
    if role == "pending":
        with translation.override(language_of(url)):
            reason = denial_reason(user)
        text = response.content.decode()
        if response.status_code != 403 or escape(reason) not in text:
            return f"pending applicant got {response.status_code} without the reason"
    return ""


def stored_rows() -> dict[str, int]:
    return {
        model._meta.label_lower: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.label_lower not in WRITTEN_BY_READING and not model._meta.proxy
    }


def sweep(world, role: str) -> list[str]:
    client = client_as(world, role)
    forbidden = {name: SECRETS[name] for name in SECRETS.keys() - MAY_SEE[role]}
    problems = []
    for request in routes.requests_for(world):
        try:
            response = client.get(request.url)
        except Exception as error:  # a 500: the test client re-raises it
            problems.append(f"{request.url} [{request.key}]: raised {error!r}")
            continue
        text = response_text(response)
        leaked = [name for name, secret in forbidden.items() if secret in text]
        if leaked:
            problems.append(f"{request.url} [{request.key}]: shows {leaked}")
        if response.status_code >= 500:
            problems.append(f"{request.url} [{request.key}]: {response.status_code}")
        broken = forum_rule_broken(
            role, request.key, request.url, response, world.users.get(role)
        )
        if broken:
            problems.append(f"{request.url} [{request.key}]: {broken}")
        for problem in header_problems(response, text):
            problems.append(f"{request.url} [{request.key}]: {problem}")
    return problems


def test_every_pattern_with_arguments_is_filled_or_listed_with_a_reason(world):
    assert routes.unfilled_patterns(world) == []


def test_the_sweep_requests_every_pattern_outside_the_admins(world):
    requested = {request.key for request in routes.requests_for(world)}
    expected = {
        pattern.key
        for pattern in routes.patterns()
        if not pattern.in_admin and pattern.key not in routes.UNFILLED
    }
    assert requested == expected
    assert {"forum:topic", "search:api", "sitemap", "wagtail_serve"} <= requested


@pytest.mark.parametrize("role", ROLES)
def test_no_route_shows_a_role_what_it_may_not_read(world, role):
    before = stored_rows()

    problems = sweep(world, role)

    assert problems == [], "\n".join(problems)
    changed = {
        label: (count, stored_rows()[label])
        for label, count in before.items()
        if stored_rows()[label] != count
    }
    assert changed == {}, "a GET changed stored rows"


def test_the_page_cache_never_hands_a_members_page_to_a_visitor(world, settings):
    """Members browse first, with the anonymous page cache on; visitors after them
    must still get only public content."""
    settings.PAGE_CACHE_SECONDS = 600
    sweep(world, "moderator")

    assert sweep(world, "anonymous") == []


def test_members_do_read_what_is_theirs(world):
    """The sweep's markers are real: a member finds them where they belong."""
    client = client_as(world, "member")
    topic = client.get(world.objects["topic"].get_absolute_url()).content.decode()
    practice = client.get(world.objects["practice"].url).content.decode()
    restricted = client.get(world.objects["restricted"].url).content.decode()

    assert SECRETS["forum_title"] in topic
    assert SECRETS["forum_body"] in topic
    assert SECRETS["practice_contact_email"] in practice
    assert SECRETS["restricted_body"] in restricted


def test_members_find_the_forum_topic_the_sweep_searches_for(world):
    """The sweep's searches can find something: a member finds the topic."""
    client = client_as(world, "member")

    body = client.get("/api/search/", {"q": "Qxforumtytul"}).json()

    assert [hit["title"] for hit in body["results"]] == [SECRETS["forum_title"]]


def test_a_feed_link_shows_its_owner_nothing_beyond_their_reach_and_dies_revoked(
    world,
):
    token = world.objects["feed_token"]
    url = f"/forum/powiadomienia/kanal/{token}/"
    anonymous = client_as(world, "anonymous")

    feed = anonymous.get(url)
    text = response_text(feed)
    feed_token_revoke(user=world.users["member"])

    assert feed.status_code == 200
    assert not [
        name
        for name in SECRETS
        if SECRETS[name] in text and name not in MAY_SEE["member"]
    ]
    assert anonymous.get(url).status_code == 404


def test_moderators_read_the_hidden_post_and_their_own_category(world):
    client = client_as(world, "moderator")
    topic = client.get(world.objects["topic"].get_absolute_url()).content.decode()
    moderators = client.get(world.objects["moderators_topic"].get_absolute_url())

    assert SECRETS["hidden_body"] in topic
    assert SECRETS["moderators_body"] in moderators.content.decode()
