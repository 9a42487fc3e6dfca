"""The Polish analyzer: the same words, in the same form, at index and at query time.

Every word of a text becomes its lemma(s) from morfeusz2 ("klastrów" → "klaster"),
lower-cased and folded to ASCII ("współpraca" → "wspolpraca"). Ambiguous words give
every distinct lemma; stop words are dropped; numbers are kept; a hyphenated word gives
the whole word and each of its parts. The result is plain ASCII words, so SQLite FTS5,
PostgreSQL's "simple" configuration and Elasticsearch's standard analyzer all tokenise
it the same way and return the same hits.

Words typed without diacritics that morfeusz does not know ("przedsiebiorstw") are
tried with the diacritics put back (a limited number of variants); the vocabulary of
the index (search.vocabulary) covers what the variants miss and corrects typos.

Morfeusz is loaded once per process, on first use (about 0.1 s and 40 MB; see
docs/search.md).
"""

import re
import threading
import unicodedata
from functools import lru_cache
from itertools import combinations, product

WORD_PATTERN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# A word typed without diacritics may stand for any of these.
DIACRITIC_VARIANTS = {
    "a": "aą",
    "c": "cć",
    "e": "eę",
    "l": "lł",
    "n": "nń",
    "o": "oó",
    "s": "sś",
    "z": "zźż",
}
MAX_DIACRITIC_VARIANTS = 600
MAX_DIACRITIC_CHANGES = 3
# Morfeusz tags that are not words of their own ("zrobiłem" = "zrobił" + "em").
IGNORED_TAGS = ("aglt", "interp")
UNKNOWN_TAG = "ign"

# Folded; words too common to tell one page from another.
_STOP_WORDS_TEXT = """
    a aby ale albo ani az bo by byc byl byla byli bylo byly bedzie beda czy dla do
    gdy gdzie i ich ja jak jako je jego jej jest jestem jesli jezeli ju juz ktora
    ktore ktorego ktorej ktory ktorych ktorym ktorzy lub ma mi mu na nad nie niech
    niej nim o od oraz po pod przez przy sa se sie sobie ta tak tam te tego tej ten
    to tu tym u w we wiec z za ze zas
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

_lock = threading.Lock()


@lru_cache(maxsize=1)
def morfeusz():
    """The morfeusz2 analyser of this process, loaded on first use."""
    import morfeusz2

    return morfeusz2.Morfeusz(generate=False, expand_tags=False)


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lower-cased ASCII: "Współpraca Łódź" → "wspolpraca lodz"."""
    text = text.casefold().replace("ł", "l")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """The words of a text as typed, hyphenated words kept whole."""
    return WORD_PATTERN.findall(text)


def _clean_lemma(lemma: str) -> str:
    # Morfeusz marks homonyms ("zamek:Sm3~a"); the part before the colon is the word.
    return re.sub(r"[\W_]+", "", fold(lemma.split(":", 1)[0]))


def _morfeusz_lemmas(word: str) -> frozenset[str]:
    """The folded lemmas morfeusz knows for one word; empty for an unknown word."""
    with _lock:
        interpretations = morfeusz().analyse(word)
    lemmas = set()
    for _start, _end, (_orth, lemma, tag, *_rest) in interpretations:
        tag_name = tag.split(":", 1)[0]
        if tag_name in IGNORED_TAGS or tag_name == UNKNOWN_TAG:
            continue
        if cleaned := _clean_lemma(lemma):
            lemmas.add(cleaned)
    return frozenset(lemmas)


def _diacritic_variants(word: str) -> list[str]:
    """The word with diacritics put back in up to MAX_DIACRITIC_CHANGES letters, fewest
    changes first, at most MAX_DIACRITIC_VARIANTS of them."""
    positions = [i for i, char in enumerate(word) if char in DIACRITIC_VARIANTS]
    variants = []
    for changes in range(1, MAX_DIACRITIC_CHANGES + 1):
        for chosen in combinations(positions, changes):
            alternatives = [DIACRITIC_VARIANTS[word[i]][1:] for i in chosen]
            for replacement in product(*alternatives):
                chars = list(word)
                for i, char in zip(chosen, replacement, strict=True):
                    chars[i] = char
                variants.append("".join(chars))
                if len(variants) >= MAX_DIACRITIC_VARIANTS:
                    return variants
    return variants


def word_lemmas(word: str) -> tuple[frozenset[str], bool]:
    """The folded lemmas of one word (no hyphen), and whether it is a known word.

    The word is looked up lower-cased and capitalised ("gdańsku" is a form of
    "Gdańsk"). A word written without diacritics also gets the lemmas of its known
    variants with diacritics ("przedsiebiorstw" → "przedsiebiorstwo"). An unknown
    word (a name, an acronym, a typo) stands for itself."""
    return _word_lemmas(word.casefold())


@lru_cache(maxsize=100_000)
def _word_lemmas(word: str) -> tuple[frozenset[str], bool]:
    if word.isdigit():
        return frozenset({word}), True
    lemmas = _morfeusz_lemmas(word) | _morfeusz_lemmas(word.capitalize())
    if word.isascii() and word.isalpha():
        for variant in _diacritic_variants(word):
            lemmas |= _morfeusz_lemmas(variant)
    if not lemmas:
        return frozenset({fold(word)}), False
    return lemmas, True


def is_stop_word(word: str) -> bool:
    return fold(word) in STOP_WORDS


def token_lemmas(token: str) -> list[frozenset[str]]:
    """The lemmas of a token as matched by WORD_PATTERN: one set for a plain word; for
    a hyphenated word, the whole word joined and then each part."""
    parts = token.split("-")
    if len(parts) == 1:
        return [word_lemmas(token)[0]]
    whole = re.sub(r"[\W_]+", "", fold(token))
    return [frozenset({whole})] + [word_lemmas(part)[0] for part in parts if part]


def lemma_text(text: str) -> str:
    """The text as its lemmas, space-separated, in order, stop words dropped: what the
    lemma fields of the index hold."""
    output = []
    for token in words(text):
        if is_stop_word(token):
            continue
        for lemmas in token_lemmas(token):
            output.extend(sorted(lemmas))
    return " ".join(output)


def surface_forms(text: str) -> dict[str, frozenset[str]]:
    """Each folded word of a text with its lemmas: what the vocabulary records."""
    forms = {}
    for token in words(text):
        if is_stop_word(token):
            continue
        for part in token.split("-"):
            if part:
                forms[fold(part)] = word_lemmas(part)[0]
    return forms
