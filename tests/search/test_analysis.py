import pytest

from search.analysis import fold, lemma_text, surface_forms, word_lemmas
from search.models import Term
from search.query import MAX_QUERY_LENGTH, MAX_WORDS, analyse_query, normalise_query
from search.vocabulary import one_edit_away, vocabulary_add


def lemmas(text: str) -> list[str]:
    return lemma_text(text).split()


def test_inflected_forms_become_their_lemma():
    assert lemmas("klastrów morskich") == ["klaster", "morska", "morski"]
    assert set(lemmas("klastrami")) == {"klaster"}
    assert "przedsiebiorstwo" in lemmas("przedsiębiorstwami")


def test_lemmas_are_folded_to_ascii_and_lower_case():
    assert fold("Współpraca Łódź ŻÓŁW") == "wspolpraca lodz zolw"
    assert lemmas("WSPÓŁPRACY") == ["wspolpraca"]
    assert lemmas("Współpracy") == lemmas("współpracy")


def test_words_typed_without_diacritics_find_their_lemma():
    assert word_lemmas("przedsiebiorstw") == (frozenset({"przedsiebiorstwo"}), True)
    assert word_lemmas("innowacyjnosci")[0] == frozenset({"innowacyjnosc"})
    assert "klaster" in word_lemmas("klastrow")[0]


def test_ambiguous_words_keep_every_lemma():
    assert {"gdansk", "gdanski"} <= set(lemmas("Gdańska"))


def test_proper_names_are_found_in_lower_case_too():
    assert "gdansk" in lemmas("gdańsku")


def test_stop_words_are_dropped():
    assert lemmas("i w na oraz się że klaster") == ["klaster"]


def test_numbers_are_kept():
    assert lemmas("program 2009–2015, 4 edycje")[1:3] == ["2009", "2015"]
    assert "4" in lemmas("program 2009–2015, 4 edycje")


def test_hyphenated_words_give_the_whole_word_and_each_part():
    assert lemmas("e-learning") == ["elearning", "e", "learning"]
    assert lemmas("biało-czerwony")[0] == "bialoczerwony"


def test_unknown_words_stand_for_themselves():
    assert word_lemmas("Interizon") == (frozenset({"interizon"}), False)


def test_surface_forms_map_folded_words_to_lemmas():
    assert surface_forms("Klastrów morskich")["klastrow"] == frozenset({"klaster"})


def test_query_drops_control_characters_and_is_cut_at_the_documented_length():
    assert normalise_query("klaster\x00\x07 \t morski") == "klaster morski"
    assert len(normalise_query("a" * 10_000)) == MAX_QUERY_LENGTH


@pytest.mark.django_db
def test_query_keeps_at_most_max_words():
    query = analyse_query(" ".join(f"slowo{n}" for n in range(30)))
    assert len(query.words) == MAX_WORDS


def test_query_of_stop_words_and_punctuation_has_no_words():
    assert not analyse_query('i w * ( "" : ^ ')


@pytest.mark.django_db
def test_query_syntax_is_searched_as_plain_words():
    query = analyse_query('title:x NEAR(a b) "klaster')

    assert [word.typed for word in query.words] == [
        "title",
        "x",
        "NEAR",
        "b",
        "klaster",
    ]


def test_edits_cover_deletion_insertion_replacement_and_transposition():
    edits = one_edit_away("klaster")
    assert {"klastr", "klasster", "klastar", "kalster"} <= edits
    assert "klaster" not in edits


@pytest.mark.django_db
def test_unknown_word_is_corrected_against_the_vocabulary():
    vocabulary_add({"termomodernizacji": frozenset({"termomodernizacja"})})

    query = analyse_query("termomodernizavji")

    assert query.is_corrected
    assert query.corrected_text == "termomodernizacji"
    assert query.words[0].lemmas == frozenset({"termomodernizacja"})


@pytest.mark.django_db
@pytest.mark.parametrize(
    "typo", ["termomodernizaji", "termomodernizaccji", "termomodernizajci"]
)
def test_missing_extra_and_swapped_letters_are_corrected(typo):
    vocabulary_add({"termomodernizacji": frozenset({"termomodernizacja"})})

    assert analyse_query(typo).corrected_text == "termomodernizacji"


@pytest.mark.django_db
def test_known_words_are_never_corrected():
    # "klastra" is one letter away from the vocabulary's "klastry", but a real word.
    vocabulary_add(
        {"klastry": frozenset({"klaster"}), "morskie": frozenset({"morski"})}
    )

    query = analyse_query("klastra morskim")

    assert not query.is_corrected
    assert query.words[0].lemmas == frozenset({"klaster"})


@pytest.mark.django_db
def test_short_unknown_words_are_not_corrected():
    vocabulary_add({"pomorze": frozenset({"pomorze"})})

    assert not analyse_query("pomrz").is_corrected


@pytest.mark.django_db
def test_exact_search_does_not_correct():
    vocabulary_add({"termomodernizacji": frozenset({"termomodernizacja"})})

    assert not analyse_query("termomodernizavji", correct=False).is_corrected


@pytest.mark.django_db
def test_unknown_folded_word_found_in_the_vocabulary_is_not_a_correction():
    Term.objects.create(form="offshorowych", lemmas="offshorowy")

    query = analyse_query("offshorowych")

    assert not query.is_corrected
    assert query.words[0].lemmas == frozenset({"offshorowy"})
