"""Markdown → HTML → bleach, done once when a post is written.

The allow-list is explicit and small. `svg`, `math`, `style`, `noscript`, `iframe`
and friends are never allowed: their parsing quirks let known mutation-XSS through
HTML sanitizers. URLs may only be relative or use http, https or mailto. Every link
gets rel="nofollow ugc noopener". Raw HTML typed into a post is shown as text.
Headings are shifted down two levels so a post never competes with the page's own
h1 and h2.
"""

# xml.etree only builds Markdown's element tree here; no XML is ever parsed.
import re
import xml.etree.ElementTree as etree  # nosec B405
from dataclasses import dataclass, field
from functools import partial

import bleach
import markdown
from bleach.linkifier import LinkifyFilter
from markdown.extensions import Extension
from markdown.extensions.tables import TableExtension
from markdown.inlinepatterns import InlineProcessor
from markdown.treeprocessors import Treeprocessor

from community.forum.models.handles import HANDLE_PATTERN

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "del",
        "em",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "pre",
        "strong",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    }
)
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"
MENTION_RE = re.compile(rf"(?<![\w@.])@({HANDLE_PATTERN})", re.IGNORECASE)
# A quoted post is a quote line ("> ...") holding a link to it: the reply form's
# quote button writes one, and members can paste one by hand.
QUOTE_LINK_RE = re.compile(
    r"^[ \t]*>.*?\]\((?:/[a-z]{2})?/forum/wpis/(\d+)/\)", re.MULTILINE
)
_LANGUAGE_CLASS = re.compile(r"language-[a-z0-9+#-]{1,30}")


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "a":
        return name in {"href", "title"} or (name == "class" and value == "mention")
    if tag in {"td", "th"}:
        return name == "align" and value in {"left", "right", "center"}
    if tag == "ol":
        return name == "start" and value.isdigit()
    if tag == "code":
        return name == "class" and bool(_LANGUAGE_CLASS.fullmatch(value))
    if tag == "abbr":
        return name == "title"
    return False


def _link_rel(attrs, new=False):
    attrs[(None, "rel")] = LINK_REL
    return attrs


_cleaner = bleach.sanitizer.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=_allowed_attribute,
    protocols=ALLOWED_PROTOCOLS,
    strip=False,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[_link_rel], skip_tags=["pre", "code"])],
)


@dataclass
class Rendered:
    html: str
    mentioned: set[str] = field(default_factory=set)  # handles, lower case


class _DemoteHeadings(Treeprocessor):
    def run(self, root):
        for element in root.iter():
            if re.fullmatch(r"h[1-6]", element.tag):
                element.tag = f"h{min(int(element.tag[1]) + 2, 6)}"


class _Mentions(InlineProcessor):
    """@handle → a link to the member, for handles the caller resolved."""

    def __init__(self, pattern, md, *, urls: dict[str, str], found: set[str]):
        super().__init__(pattern, md)
        self.urls = urls
        self.found = found

    def handleMatch(self, m, data):
        handle = m.group(1).lower()
        if handle not in self.urls:
            return None, None, None
        self.found.add(handle)
        link = etree.Element("a", {"href": self.urls[handle], "class": "mention"})
        link.text = f"@{m.group(1)}"
        return link, m.start(0), m.end(0)


class _ForumExtension(Extension):
    def __init__(self, *, mention_urls: dict[str, str], found: set[str]):
        super().__init__()
        self.mention_urls = mention_urls
        self.found = found

    def extendMarkdown(self, md):
        md.treeprocessors.register(_DemoteHeadings(md), "demote_headings", 0)
        mentions = _Mentions(
            MENTION_RE.pattern, md, urls=self.mention_urls, found=self.found
        )
        md.inlinePatterns.register(mentions, "forum_mentions", 15)


def mention_candidates(text: str) -> set[str]:
    """Every @handle-looking word of the text, lower case (code included; the
    renderer decides which ones really are mentions)."""
    return {match.lower() for match in MENTION_RE.findall(text)}


def quoted_post_ids(text: str) -> set[int]:
    """The ids of the posts the text quotes (whether the reader may see them is
    for the caller to check)."""
    return {int(pk) for pk in QUOTE_LINK_RE.findall(text)}


def render(text: str, *, mention_urls: dict[str, str] | None = None) -> Rendered:
    """Sanitized HTML of the Markdown `text`, and the handles it mentions.

    `mention_urls` maps the lower-case handles of existing members to their page."""
    found: set[str] = set()
    extensions = [
        "fenced_code",
        "sane_lists",
        "nl2br",
        TableExtension(use_align_attribute=True),
        _ForumExtension(mention_urls=mention_urls or {}, found=found),
    ]
    html = markdown.markdown(text, extensions=extensions, output_format="html")
    return Rendered(html=_cleaner.clean(html), mentioned=found)


def sanitize(html: str) -> str:
    """The allow-list applied to HTML from elsewhere."""
    return _cleaner.clean(html)
