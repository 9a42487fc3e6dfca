"""A visitor's query, analysed like the indexed text: one entry per word, with the
lemmas that word may stand for, and the correction made when the word was unknown."""

import unicodedata
from dataclasses import dataclass, field

from wagtail.search.query import And, Or, PlainText, SearchQuery

from search.analysis import fold, is_stop_word, token_lemmas, word_lemmas, words
from search.vocabulary import vocabulary_correction, vocabulary_lemmas

# Longer queries are cut here (documented in docs/search.md); words past MAX_WORDS
# are ignored.
MAX_QUERY_LENGTH = 200
MAX_WORDS = 10


@dataclass(frozen=True)
class QueryWord:
    typed: str
    lemmas: frozenset[str]
    correction: str = ""


@dataclass(frozen=True)
class AnalysedQuery:
    text: str
    words: list[QueryWord] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.words)

    @property
    def is_corrected(self) -> bool:
        return any(word.correction for word in self.words)

    @property
    def corrected_text(self) -> str:
        """The query as searched: each corrected word replaced by its correction."""
        return " ".join(word.correction or word.typed for word in self.words)

    def without_corrections(self) -> "AnalysedQuery":
        """The query as typed: each corrected word stands for itself again."""
        return AnalysedQuery(
            self.text,
            [
                QueryWord(word.typed, frozenset({fold(word.typed)}))
                if word.correction
                else word
                for word in self.words
            ],
        )

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset().union(*(word.lemmas for word in self.words))

    def search_query(self) -> SearchQuery:
        """Every word must match; a word matches by any of its lemmas."""
        return And(
            [
                Or([PlainText(lemma) for lemma in sorted(word.lemmas)])
                for word in self.words
            ]
        )

    def coverage(self, lemmas: set[str] | frozenset[str]) -> float:
        """The share of the query's words found among `lemmas`."""
        if not self.words:
            return 0.0
        found = sum(1 for word in self.words if word.lemmas & lemmas)
        return found / len(self.words)


def normalise_query(text: str) -> str:
    """Control characters out, whitespace collapsed, cut at MAX_QUERY_LENGTH."""
    printable = "".join(
        " " if unicodedata.category(char).startswith("C") else char for char in text
    )
    return " ".join(printable.split())[:MAX_QUERY_LENGTH].strip()


def analyse_query(text: str, *, correct: bool = True) -> AnalysedQuery:
    text = normalise_query(text)
    query_words = []
    for token in words(text):
        if is_stop_word(token):
            continue
        query_words.append(_query_word(token, correct=correct))
        if len(query_words) == MAX_WORDS:
            break
    return AnalysedQuery(text, query_words)


def _query_word(token: str, *, correct: bool) -> QueryWord:
    if "-" in token:
        # Indexed as the whole word joined; its parts are words of their own.
        return QueryWord(token, token_lemmas(token)[0])
    lemmas, known = word_lemmas(token)
    if known:
        return QueryWord(token, lemmas)
    form = fold(token)
    if recorded := vocabulary_lemmas(form):
        return QueryWord(token, recorded)
    if correct and (term := vocabulary_correction(form)):
        return QueryWord(token, term.lemma_set, correction=term.form)
    return QueryWord(token, lemmas)
