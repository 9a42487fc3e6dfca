"""Every URL pattern of the project, read from the resolver, turned into requests.

`patterns()` walks `get_resolver()`; `FILLS` gives the arguments each pattern is
requested with (real objects from tests/security/world.py); `UNFILLED` lists, with
the reason, the patterns the sweep does not request. A pattern in neither fails the
sweep, so a new view cannot slip past it.
"""

import re
from dataclasses import dataclass

from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

ADMIN_PREFIXES = ("admin/", "django-admin/")
LANGUAGES = ("pl", "en")
WRONG_TOKEN = "0" * 40


@dataclass(frozen=True)
class Pattern:
    key: str  # "namespace:name", or the route when the pattern has no name
    route: str
    localized: bool

    @property
    def in_admin(self) -> bool:
        return self.route.startswith(ADMIN_PREFIXES)


def _walk(patterns, prefix="", namespace="", localized=False):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = namespace + (f"{entry.namespace}:" if entry.namespace else "")
            yield from _walk(
                entry.url_patterns,
                prefix + str(entry.pattern),
                inner,
                localized or isinstance(entry.pattern, LocalePrefixPattern),
            )
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            key = namespace + entry.name if entry.name else route
            yield Pattern(key=key, route=route, localized=localized)


def patterns() -> list[Pattern]:
    return list(_walk(get_resolver().url_patterns))


def _page_paths(world) -> list[str]:
    """Paths of the pages below the home page, as wagtail_serve receives them."""
    pages = ["practice", "draft", "event", "restricted"]
    paths = [""]
    for name in pages:
        page = world.objects[name]
        paths.append(page.get_url_parts()[2].lstrip("/"))
    paths.append(world.objects["event"].get_url_parts()[2].lstrip("/") + "ics/")
    return paths


def _fills(world) -> dict[str, list[dict]]:
    """Arguments for each pattern that takes some: {"kwargs": {...}} or {"args": [...]}.
    Patterns without arguments need no entry."""
    o, users = world.objects, world.users
    pk = lambda *objects: [{"kwargs": {"pk": x.pk}} for x in objects]  # noqa: E731
    topics = pk(o["topic"], o["moderators_topic"])
    posts = pk(o["first_post"], o["hidden_post"])
    restriction = o["restricted"].get_view_restrictions().get()
    return {
        "wagtail_serve": [{"args": [path]} for path in _page_paths(world)],
        "wagtaildocs_serve": [{"args": [o["document"].pk, "reg.txt"]}],
        "wagtaildocs_authenticate_with_password": [
            {"kwargs": {"restriction_id": restriction.pk}}
        ],
        "wagtailcore_authenticate_with_password": [
            {
                "kwargs": {
                    "page_view_restriction_id": restriction.pk,
                    "page_id": o["restricted"].pk,
                }
            }
        ],
        "display_preference_set": [{"kwargs": {"name": "contrast", "value": "high"}}],
        "account_confirm_email": [{"kwargs": {"key": WRONG_TOKEN}}],
        "account_reset_password_from_key": [
            {"kwargs": {"uidb36": "1", "key": WRONG_TOKEN}}
        ],
        "community:member_detail": pk(users["bystander"], users["moderator"]),
        "community:invitation_accept": [{"kwargs": {"token": "zaproszenie"}}],
        "community:application_approve": pk(users["pending"].membership),
        "community:application_reject": pk(users["pending"].membership),
        "community:member_suspend": pk(users["bystander"].membership),
        "community:member_suspension_lift": pk(users["bystander"].membership),
        "forum:category": [
            {"kwargs": {"slug": o["category"].slug}},
            {"kwargs": {"slug": o["moderators_category"].slug}},
        ],
        "forum:topic_new": [
            {"kwargs": {"slug": o["category"].slug}},
            {"kwargs": {"slug": o["moderators_category"].slug}},
        ],
        "forum:category_edit": pk(o["category"], o["moderators_category"]),
        "forum:topic": topics,
        "forum:topic_unread": topics,
        "forum:reply": topics,
        "forum:topic_propose": topics,
        "forum:post": posts,
        "forum:post_edit": posts,
        "forum:post_delete": posts,
        "forum:post_revisions": posts,
        "forum:post_helpful": posts,
        "forum:post_solution": posts,
        "forum:attachment": pk(o["attachment"]),
        "forum:practice_discuss": [{"kwargs": {"practice_pk": o["practice"].pk}}],
        "forum:forum_moderation:post_flag": posts,
        "forum:forum_moderation:post_hide": posts,
        "forum:forum_moderation:post_unhide": posts,
        "forum:forum_moderation:flags_dismiss": posts,
        "forum:forum_moderation:topic_lock": topics,
        "forum:forum_moderation:topic_move": topics,
        "forum:forum_moderation:topic_merge": topics,
        "forum:forum_moderation:topic_unlock": topics,
        "forum:forum_moderation:topic_pin": topics,
        "forum:forum_moderation:topic_unpin": topics,
        "forum:notifications:read": [{"kwargs": {"pk": 1}}],
        "forum:notifications:topic_watch": topics,
        "forum:notifications:category_watch": pk(
            o["category"], o["moderators_category"]
        ),
        # Capability links, valid without signing in: requested with a wrong token
        # (test_url_sweep's feed test uses the right one).
        "forum:notifications:unsubscribe": [{"kwargs": {"token": WRONG_TOKEN}}],
        "forum:notifications:feed": [{"kwargs": {"token": WRONG_TOKEN}}],
    }


# Patterns the sweep does not request, as {"key": "why"}. Empty: every pattern outside
# the admins is requested. (The media route of config/urls.py exists only with
# DEBUG, which the tests never turn on.)
UNFILLED: dict[str, str] = {}


# Searches for every secret's marker word: whatever a role may not read must not be
# found either (results, facets, snippets, suggestions, corrections).
SECRET_WORDS = ["Qxforumtytul", "Qxmodtresc", "Qxukryty", "Qxzastrzezona", "Qxszkic"]
QUERIES = {
    key: ["?q=" + word for word in SECRET_WORDS] + ["?q=Qxkontakt&type=practice"]
    for key in ("search", "search:api", "search:api_suggest")
}


@dataclass(frozen=True)
class Request:
    key: str
    url: str


def requests_for(world) -> list[Request]:
    """One request per pattern, argument set and language (i18n patterns in both)."""
    fills = _fills(world)
    found = []
    for pattern in patterns():
        if pattern.in_admin or pattern.key in UNFILLED:
            continue
        languages = LANGUAGES if pattern.localized else (LANGUAGES[0],)
        name = pattern.key
        for arguments in fills.get(name, [{}]):
            for language in languages:
                with translation.override(language):
                    url = reverse(name, **arguments)
                found.append(Request(key=name, url=url))
                found.extend(
                    Request(key=name, url=url + q) for q in QUERIES.get(name, [])
                )
    return found


def unfilled_patterns(world) -> list[str]:
    """Patterns with arguments the sweep has no fill for and no listed reason."""
    fills = _fills(world)
    missing = []
    for pattern in patterns():
        if pattern.in_admin or pattern.key in UNFILLED or pattern.key in fills:
            continue
        if "<" in pattern.route or "(" in pattern.route:
            missing.append(f"{pattern.key} ({pattern.route})")
    return missing


CONVERTER_VALUES = {"int": "1", "str": "x", "slug": "x", "path": "x", "uuid": None}


def _dummy_kwargs(pattern) -> dict:
    """Stand-in arguments: the admins check access before they look anything up."""
    route = pattern.route
    values = {}
    for converter, name in re.findall(r"<(?:(\w+):)?(\w+)>", route):
        value = CONVERTER_VALUES.get(converter or "str", "x")
        values[name] = value or "00000000-0000-0000-0000-000000000000"
    for name, body in re.findall(r"\(\?P<(\w+)>([^)]*)\)", route):
        first = body.split("|")[0]
        values[name] = first if re.fullmatch(r"\w+", first) else "1"
    return values


def admin_requests() -> list[Request]:
    """Every pattern of the Wagtail and Django admins, with stand-in arguments."""
    found = []
    for pattern in patterns():
        if not pattern.in_admin:
            continue
        if pattern.key == pattern.route:  # unnamed: only the login redirects
            url = "/" + re.sub(r"[\^$]", "", pattern.route)
        else:
            try:
                url = reverse(pattern.key, kwargs=_dummy_kwargs(pattern))
            except NoReverseMatch:
                url = reverse(pattern.key, args=list(_dummy_kwargs(pattern).values()))
        found.append(Request(key=pattern.key, url=url))
    return found
