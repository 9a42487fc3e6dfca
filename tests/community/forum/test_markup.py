"""Markdown is rendered and sanitized once, on write: formatting survives, nothing
that could run script does, in the stored HTML or on the page."""

import re
from html.parser import HTMLParser

import pytest

from community.forum.markup import ALLOWED_PROTOCOLS, ALLOWED_TAGS, LINK_REL, render
from community.forum.services.posts import post_create
from tests.community.forum.factories import make_topic
from tests.community.forum.xss_payloads import PAYLOADS

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "background", "data"}
SAFE_URL = re.compile(
    rf"^(?:(?:{'|'.join(ALLOWED_PROTOCOLS)}):|/|#|[^:/?#]*(?:[/?#]|$))"
)


class Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict]]:
    parser = Elements()
    parser.feed(html)
    return parser.found


def assert_harmless(html: str, *, allowed_tags=ALLOWED_TAGS) -> None:
    for tag, attrs in elements(html):
        assert tag in allowed_tags, f"<{tag}> in {html!r}"
        for name, value in attrs.items():
            assert not name.startswith("on"), f"{name} in {html!r}"
            assert name != "style", html
            if name in URL_ATTRIBUTES:
                compact = re.sub(r"[\s\x00-\x1f]", "", value or "").lower()
                assert SAFE_URL.match(compact), f"{name}={value!r} in {html!r}"


def test_there_are_at_least_forty_payloads():
    assert len(PAYLOADS) >= 40


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_leaves_nothing_that_runs_in_the_stored_html(payload):
    assert_harmless(render(payload).html)


def test_no_payload_runs_on_the_topic_page(client, home, member, category):
    topic = make_topic(category=category, author=member, body=PAYLOADS[0])
    for payload in PAYLOADS[1:]:
        post_create(author=member, topic=topic, body_markdown=payload)
    client.force_login(member)
    pages = [client.get(topic.get_absolute_url(), {"page": n}) for n in (1, 2, 3, 4)]
    for response in pages:
        html = response.content.decode()
        for tag, attrs in elements(html):
            assert not any(name.startswith("on") for name in attrs), (tag, attrs)
            if tag == "script":
                assert attrs.get("src", "").startswith("/static/"), attrs
            for name in URL_ATTRIBUTES & attrs.keys():
                assert "javascript" not in (attrs[name] or "").lower(), attrs
        bodies = re.findall(
            r'<div class="forum-post__body">(.*?)</div>', html, flags=re.S
        )
        assert bodies
        for body in bodies:
            assert_harmless(body)


def test_markdown_formatting_survives():
    html = render(
        "**mocno** i *kursywa*\n\n"
        "- jeden\n- dwa\n\n"
        "1. pierwszy\n2. drugi\n\n"
        "> cytat\n\n"
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n"
        "```python\nprint('klaster')\n```\n\n"
        "[strona](https://klastry.pomorskie.eu/) i <mailto:biuro@example.org>"
    ).html
    for fragment in [
        "<strong>mocno</strong>",
        "<em>kursywa</em>",
        "<ul>",
        "<ol>",
        "<blockquote>",
        '<td align="right">2</td>',
        '<code class="language-python">',
        'href="https://klastry.pomorskie.eu/"',
    ]:
        assert fragment in html


def test_every_link_gets_nofollow_ugc_noopener():
    html = render("[a](https://example.org) i https://example.com/x").html
    links = [attrs for tag, attrs in elements(html) if tag == "a"]
    assert len(links) == 2
    assert all(attrs["rel"] == LINK_REL for attrs in links)


def test_raw_html_is_shown_as_text_not_dropped():
    assert render("<u>tekst</u>").html == "<p>&lt;u&gt;tekst&lt;/u&gt;</p>"


def test_headings_are_shifted_below_the_page_headings():
    assert "<h3>Tytuł</h3>" in render("# Tytuł").html


def test_mentions_become_links_only_outside_code():
    urls = {"anna.kaminska": "/czlonkowie/katalog/1/"}
    rendered = render("Cześć @anna.kaminska! `@anna.kaminska`", mention_urls=urls)
    assert rendered.mentioned == {"anna.kaminska"}
    assert rendered.html.count('class="mention"') == 1
    assert "<code>@anna.kaminska</code>" in rendered.html


def test_an_email_address_is_not_a_mention():
    rendered = render("biuro@anna.kaminska", mention_urls={"anna.kaminska": "/x/"})
    assert rendered.mentioned == set()
