"""What a searchable object puts in the index besides its own fields: the lemmas of
its text (search.analysis), in two search fields every searchable model declares:

    class StandardPage(PolishSearchable, Page):
        search_fields = Page.search_fields + [...] + LEMMA_SEARCH_FIELDS
"""

from django.utils.encoding import force_str
from wagtail.search import index

from search.analysis import lemma_text

TITLE_LEMMAS = "search_title_lemmas"
BODY_LEMMAS = "search_lemmas"
# SQLite FTS5 ignores field boosts, so the title's lemmas are also repeated: a title
# match then weighs more on every backend.
TITLE_REPEAT = 3

LEMMA_SEARCH_FIELDS = [
    index.SearchField(TITLE_LEMMAS, boost=3),
    index.SearchField(BODY_LEMMAS),
]


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_as_text(item) for item in value.values())
    return force_str(value)


class PolishSearchable:
    """Gives a model's index entry the lemmas of its title and of its other search
    fields."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Elasticsearch names a field after the model class that defines it (a mixin
        # has no app label): each model defines the two lemma methods itself.
        cls.search_title_lemmas = PolishSearchable.search_title_lemmas
        cls.search_lemmas = PolishSearchable.search_lemmas

    def search_title_text(self) -> str:
        return _as_text(getattr(self, "title", ""))

    def search_body_text(self) -> str:
        """The text of every search field but the title; models may add to it."""
        texts = []
        for field in self.get_search_fields():
            if not isinstance(field, index.SearchField):
                continue
            if field.field_name in {"title", TITLE_LEMMAS, BODY_LEMMAS}:
                continue
            texts.append(_as_text(field.get_value(self)))
        return "\n".join(text for text in texts if text)

    def search_title_lemmas(self) -> str:
        return " ".join([lemma_text(self.search_title_text())] * TITLE_REPEAT)

    def search_lemmas(self) -> str:
        return lemma_text(self.search_body_text())
