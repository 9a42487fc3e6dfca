"""Snippets: a short passage of a hit's text around the first matched word, with the
matched words wrapped in <mark> and everything else escaped.

The result is HTML whose only tags are <mark>; the JSON API returns the same string.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString

from search.analysis import fold, word_lemmas

TOKEN_PATTERN = re.compile(r"([^\W_]+)")
SNIPPET_WORDS = 30
# Only the start of a long text is looked at; its first matches are what counts.
MAX_TEXT_LENGTH = 5000
ELLIPSIS = "…"


def _matches(word: str, lemmas: frozenset[str]) -> bool:
    return fold(word) in lemmas or bool(word_lemmas(word)[0] & lemmas)


def snippet(text: str, lemmas: frozenset[str], *, length: int = SNIPPET_WORDS):
    """About `length` words of `text` from a little before its first matched word."""
    parts = TOKEN_PATTERN.split(" ".join(text[:MAX_TEXT_LENGTH].split()))
    # Odd positions hold words, even positions what lies between them.
    word_positions = list(range(1, len(parts), 2))
    if not word_positions:
        return SafeString("")
    matched = {i for i in word_positions if _matches(parts[i], lemmas)}
    first = min(matched, default=word_positions[0])
    start_word = max(word_positions.index(first) - length // 3, 0)
    chosen = word_positions[start_word : start_word + length]
    begin, end = chosen[0], chosen[-1]
    html = [ELLIPSIS if start_word > 0 else ""]
    for i in range(begin, end + 1):
        piece = escape(parts[i])
        html.append(f"<mark>{piece}</mark>" if i in matched else piece)
    html.append(escape(parts[end + 1]) if end == word_positions[-1] else ELLIPSIS)
    # Every piece of text was escaped above; only our <mark> tags are markup.
    return SafeString("".join(html))  # nosec B308 B703


def highlight_title(title: str, lemmas: frozenset[str]) -> SafeString:
    return snippet(title, lemmas, length=len(title))
