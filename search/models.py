"""The vocabulary of the search index and the log of what visitors search for."""

from django.db import models
from django.utils.translation import gettext_lazy as _

FORM_MAX_LENGTH = 100


class Term(models.Model):
    """A word of the indexed content, folded ("wspolpracy"), with its lemmas: what
    unknown query words are looked up in and typos corrected against. Rebuilt by
    `update_index`, extended whenever an object is indexed."""

    form = models.CharField(max_length=FORM_MAX_LENGTH, unique=True)
    lemmas = models.CharField(max_length=500)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self) -> str:
        return self.form

    @property
    def lemma_set(self) -> frozenset[str]:
        return frozenset(self.lemmas.split())


class QueryRecord(models.Model):
    """One query as visitors typed it (normalised), how often, and how many results it
    found the last time: editors see what people look for and what finds nothing."""

    query = models.CharField(_("query"), max_length=255, unique=True)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    last_result_count = models.PositiveIntegerField(_("results last time"), default=0)
    last_searched_at = models.DateTimeField(_("last searched"), db_index=True)

    class Meta:
        ordering = ["-last_searched_at"]
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")

    def __str__(self) -> str:
        return self.query

    @property
    def found_nothing(self) -> bool:
        return self.last_result_count == 0
