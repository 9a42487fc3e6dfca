"""The index's own vocabulary: every folded word of the indexed content with its
lemmas. Query words that the analyzer does not know are looked up here, and, when
still unknown, corrected to a word one edit away ("termomodernizavji" →
"termomodernizacji").

Only public content feeds it (published pages without a view restriction): a
correction or a suggestion shown to a visitor never reveals a word of a draft, a
restricted page or the forum.
"""

import string

from django.db import transaction
from django.db.models import QuerySet
from modelsearch.index import get_indexed_models
from wagtail.models import Page

from search.analysis import surface_forms
from search.indexing import PolishSearchable
from search.models import FORM_MAX_LENGTH, Term

# Words shorter than this are never corrected: too many short words are one edit
# away from each other.
MIN_CORRECTED_LENGTH = 6
ALPHABET = string.ascii_lowercase + string.digits


def vocabulary_models() -> list:
    return [
        model
        for model in get_indexed_models()
        if issubclass(model, PolishSearchable) and issubclass(model, Page)
    ]


def vocabulary_objects(model) -> QuerySet:
    return model.objects.live().public().exact_type(model)


def is_public(obj) -> bool:
    return (
        isinstance(obj, Page)
        and isinstance(obj, PolishSearchable)
        and obj.live
        and not obj.get_view_restrictions().exists()
    )


def object_forms(obj) -> dict[str, frozenset[str]]:
    """The folded words of an indexed object, and each lemma as a word of its own."""
    text = f"{obj.search_title_text()}\n{obj.search_body_text()}"
    forms = {}
    for form, lemmas in surface_forms(text).items():
        forms[form] = lemmas
        for lemma in lemmas:
            forms.setdefault(lemma, frozenset({lemma}))
    return forms


def _terms(forms: dict[str, frozenset[str]]) -> list[Term]:
    return [
        Term(form=form, lemmas=" ".join(sorted(lemmas))[:500])
        for form, lemmas in forms.items()
        if 0 < len(form) <= FORM_MAX_LENGTH
    ]


def vocabulary_add(forms: dict[str, frozenset[str]]) -> None:
    """Record the words not yet in the vocabulary."""
    if not forms:
        return
    known = set(
        Term.objects.filter(form__in=list(forms)).values_list("form", flat=True)
    )
    new = {form: lemmas for form, lemmas in forms.items() if form not in known}
    Term.objects.bulk_create(_terms(new), ignore_conflicts=True, batch_size=500)


def vocabulary_rebuild(objects, *, progress=None) -> int:
    """Replace the vocabulary by the words of `objects`; returns its size."""
    forms: dict[str, frozenset[str]] = {}
    for count, obj in enumerate(objects, start=1):
        for form, lemmas in object_forms(obj).items():
            forms[form] = forms.get(form, frozenset()) | lemmas
        if progress is not None:
            progress(count)
    with transaction.atomic():
        Term.objects.all().delete()
        Term.objects.bulk_create(_terms(forms), batch_size=1000)
    return len(forms)


def vocabulary_lemmas(form: str) -> frozenset[str] | None:
    term = Term.objects.filter(form=form).first()
    return term.lemma_set if term else None


def one_edit_away(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {left + right[1:] for left, right in splits if right}
    transposes = {
        left + right[1] + right[0] + right[2:]
        for left, right in splits
        if len(right) > 1
    }
    replaces = {
        left + char + right[1:] for left, right in splits if right for char in ALPHABET
    }
    inserts = {left + char + right for left, right in splits for char in ALPHABET}
    return (deletes | transposes | replaces | inserts) - {word}


def vocabulary_correction(form: str) -> Term | None:
    """The vocabulary word one edit away from an unknown word, if any; the shortest
    distance in length, then alphabetical order, decides between several."""
    if len(form) < MIN_CORRECTED_LENGTH or len(form) > FORM_MAX_LENGTH:
        return None
    candidates = Term.objects.filter(form__in=sorted(one_edit_away(form)))
    return min(
        candidates,
        key=lambda term: (abs(len(term.form) - len(form)), term.form),
        default=None,
    )
