from django import forms
from django.utils.translation import gettext_lazy as _

from search.query import MAX_QUERY_LENGTH
from search.selectors import MAX_PAGE
from search.sources import SOURCES


class SearchForm(forms.Form):
    """What a search asks: the words, the types of result, the page. The words are
    never refused for their length: longer queries are cut at MAX_QUERY_LENGTH. A NUL
    character is refused (Django's CharField)."""

    q = forms.CharField(label=_("Search for"), required=False, strip=True)
    type = forms.MultipleChoiceField(
        label=_("Type"),
        required=False,
        choices=[(source.type, source.label) for source in SOURCES],
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    # Set by the "search for what I typed" link: no typo correction.
    exact = forms.BooleanField(required=False)

    max_query_length = MAX_QUERY_LENGTH
