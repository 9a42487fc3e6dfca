"""Faceted filtering by plain database queries: a filter per facet, taken from the URL,
and for each facet a count per value among the items that match the *other* facets'
filters, so a visitor sees how many items each further choice would leave.

The facets nobody chose all count among the same items (those matching every chosen
filter): one pass counts their options and the items. A chosen facet, a facet over a
many-to-many relation and the years cost one grouped count each; none of it grows
with the number of items. `queryset` must not join a many-valued relation: counts are
plain COUNTs, exact because no item repeats.
"""

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, ManyToManyField, Max, Min, Q, QuerySet
from django.http import QueryDict

from website.page_cache import kept_for_generation


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class FacetChoices:
    """What a facet shows: its options with counts, the values chosen in the URL."""

    name: str
    label: str
    options: list[FacetOption]

    @property
    def selected(self) -> list[FacetOption]:
        return [option for option in self.options if option.selected]


@dataclass
class Facet:
    """Filters on `lookup` (a field path such as "sector__slug"); values chosen in the
    URL parameter `name` are alternatives (any of them matches). `choices` returns the
    (value, label) pairs in display order."""

    name: str
    label: str
    lookup: str
    choices: Callable[[], Iterable[tuple[str, str]]]
    many: bool = False
    _choices: list[tuple[str, str]] | None = field(default=None, repr=False)

    def known_choices(self) -> list[tuple[str, str]]:
        if self._choices is None:
            self._choices = [
                (str(value), str(label)) for value, label in self.choices()
            ]
        return self._choices

    def selection(self, params: QueryDict) -> list[str]:
        known = {value for value, _label in self.known_choices()}
        return [
            value
            for value in dict.fromkeys(params.getlist(self.name))
            if value in known
        ]

    def apply(self, queryset: QuerySet, values: list[str]) -> QuerySet:
        if not values:
            return queryset
        if self.many:
            # A subquery, not a join: a join would repeat an item once per match.
            return queryset.filter(pk__in=self._linked(queryset.model, values))
        return queryset.filter(**{f"{self.lookup}__in": values})

    def _linked(self, model, values: list[str]) -> QuerySet:
        """The ids of the items linked to any of `values`, read from the link table
        alone rather than joined back to the items' table."""
        name, _sep, rest = self.lookup.partition("__")
        relation = model._meta.get_field(name)
        if not isinstance(relation, ManyToManyField):
            return model.objects.filter(**{f"{self.lookup}__in": values}).values("pk")
        target = relation.m2m_reverse_field_name()
        lookup = f"{target}__{rest}__in" if rest else f"{target}__in"
        links = relation.remote_field.through.objects.filter(**{lookup: values})
        return links.values(relation.m2m_field_name())

    def counts(self, queryset: QuerySet) -> dict[str, int]:
        """Items per value; an item with several values counts under each."""
        rows = (
            queryset.order_by()
            .values(self.lookup)
            .annotate(count=Count("pk"))
            .values_list(self.lookup, "count")
        )
        return {str(value): count for value, count in rows if value is not None}

    def option_counts(self) -> dict[str, Count]:
        """A count per known value, to count several facets' options in one pass
        over the same items; not for a many-to-many facet (its join would repeat
        items)."""
        return {
            value: Count("pk", filter=Q(**{self.lookup: value}))
            for value, _label in self.known_choices()
        }

    def choices_with_counts(
        self, counts: dict[str, int], values: list[str]
    ) -> FacetChoices:
        options = [
            FacetOption(value, label, counts.get(value, 0), value in values)
            for value, label in self.known_choices()
        ]
        return FacetChoices(self.name, self.label, options)


@dataclass
class YearRange:
    """The years an item runs (`start`–`end` fields, no end = still running), chosen as
    an overlap with year_from–year_to; each year counts the items running in it."""

    start: str
    end: str
    label: str
    name_from: str = "year_from"
    name_to: str = "year_to"

    def selection(self, params: QueryDict) -> tuple[int | None, int | None]:
        return _year(params.get(self.name_from)), _year(params.get(self.name_to))

    def apply(self, queryset: QuerySet, years: tuple[int | None, int | None]):
        year_from, year_to = years
        if year_from is not None:
            queryset = queryset.filter(
                Q(**{f"{self.end}__isnull": True})
                | Q(**{f"{self.end}__gte": year_from})
            )
        if year_to is not None:
            queryset = queryset.filter(**{f"{self.start}__lte": year_to})
        return queryset

    def span(self, queryset: QuerySet, this_year: int) -> range:
        bounds = queryset.aggregate(
            first=Min(self.start), last_start=Max(self.start), last_end=Max(self.end)
        )
        if bounds["first"] is None:
            return range(0)
        last = max(bounds["last_start"], bounds["last_end"] or 0, this_year)
        return range(bounds["first"], last + 1)

    def counts(self, queryset: QuerySet, years: range) -> dict[int, int]:
        """The items running in each year of `years`. One pass counts the items of
        each (start, end) pair; each year then sums the pairs running in it. There
        are a few dozen pairs, whatever the number of items."""
        if not years:
            return {}
        pairs = (
            queryset.order_by()
            .values_list(self.start, self.end)
            .annotate(count=Count("pk"))
        )
        totals = dict.fromkeys(years, 0)
        for start, end, count in pairs:
            last = years[-1] if end is None else min(end, years[-1])
            for year in range(max(start, years[0]), last + 1):
                totals[year] += count
        return totals


def _year(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    year = int(value)
    return year if 1000 <= year <= 9999 else None


@dataclass(frozen=True)
class YearChoices:
    label: str
    name_from: str
    name_to: str
    counts: list[tuple[int, int]]
    year_from: int | None
    year_to: int | None


@dataclass(frozen=True)
class FacetedItems:
    items: QuerySet
    facets: list[FacetChoices]
    years: YearChoices | None
    count: int
    # With a `tallies_key`: names these items (the list and every choice made), for
    # keeping more of what is read from them under the generation; else None.
    kept_as: str | None = None

    @property
    def is_filtered(self) -> bool:
        chosen_years = self.years and (self.years.year_from or self.years.year_to)
        return bool(chosen_years) or any(facet.selected for facet in self.facets)


def facet_filter(
    queryset: QuerySet,
    *,
    facets: list[Facet],
    params: QueryDict,
    years: YearRange | None = None,
    this_year: int,
    tallies_key: str | None = None,
) -> FacetedItems:
    """The items matching every facet chosen in `params`, how many they are, and each
    facet's options counted among the items that match all the other facets.

    With `tallies_key` (what `queryset` is, the same for every visitor) the numbers
    are kept in the cache under the page-cache generation: publishing, unpublishing,
    moving or deleting a page makes them stale at once."""
    chosen = {facet.name: facet.selection(params) for facet in facets}
    chosen_years = years.selection(params) if years else (None, None)

    def filtered(*, leaving_out: object = None) -> QuerySet:
        return _filtered(
            queryset, facets, chosen, years, chosen_years, leaving_out=leaving_out
        )

    def tallied() -> Tallies:
        return _tallied(filtered, queryset, facets, chosen, years, this_year)

    kept_as = None
    if tallies_key is None or not settings.FACET_COUNTS_CACHE_SECONDS:
        tallies = tallied()
    else:
        variant = f"{tallies_key}|{sorted(chosen.items())}|{chosen_years}|{this_year}"
        kept_as = hashlib.sha256(variant.encode()).hexdigest()
        tallies = kept_for_generation(
            f"facet-counts:{kept_as}", tallied, settings.FACET_COUNTS_CACHE_SECONDS
        )
    facet_choices = [
        facet.choices_with_counts(tallies.counts[facet.name], chosen[facet.name])
        for facet in facets
    ]
    year_choices = None
    if years is not None:
        year_choices = YearChoices(
            years.label,
            years.name_from,
            years.name_to,
            sorted(tallies.years.items()),
            *chosen_years,
        )
    return FacetedItems(
        filtered(), facet_choices, year_choices, tallies.count, kept_as=kept_as
    )


@dataclass(frozen=True)
class Tallies:
    """The numbers a faceted list shows: its items, each facet's options, and the
    items running in each year."""

    count: int
    counts: dict[str, dict[str, int]]
    years: dict[int, int]


def _tallied(filtered, queryset, facets, chosen, years, this_year) -> Tallies:
    # Leaving out a facet nobody chose leaves the items themselves.
    unchosen = [f for f in facets if not chosen[f.name] and not f.many]
    count, counts = _count_in_one_pass(filtered(), unchosen)
    for facet in facets:
        if facet.name not in counts:
            counts[facet.name] = facet.counts(filtered(leaving_out=facet))
    running = {}
    if years is not None:
        span = years.span(queryset, this_year)
        running = years.counts(filtered(leaving_out=years), span)
    return Tallies(count, counts, running)


def _count_in_one_pass(
    items: QuerySet, facets: list[Facet]
) -> tuple[int, dict[str, dict[str, int]]]:
    """The number of `items`, and each facet's count per value among them."""
    aggregates = {"items": Count("pk")}
    options = {}
    for facet in facets:
        for value, expression in facet.option_counts().items():
            alias = f"option_{len(options)}"
            aggregates[alias] = expression
            options[alias] = (facet.name, value)
    totals = items.order_by().aggregate(**aggregates)
    counts = {facet.name: {} for facet in facets}
    for alias, (name, value) in options.items():
        counts[name][value] = totals[alias]
    return totals["items"], counts


def facet_apply(
    queryset: QuerySet,
    *,
    facets: list[Facet],
    params: QueryDict,
    years: YearRange | None = None,
) -> QuerySet:
    """The items matching every facet chosen in `params`, without counting."""
    chosen = {facet.name: facet.selection(params) for facet in facets}
    chosen_years = years.selection(params) if years else (None, None)
    return _filtered(queryset, facets, chosen, years, chosen_years)


def _filtered(queryset, facets, chosen, years, chosen_years, *, leaving_out=None):
    for facet in facets:
        if facet is not leaving_out:
            queryset = facet.apply(queryset, chosen[facet.name])
    if years is not None and years is not leaving_out:
        queryset = years.apply(queryset, chosen_years)
    return queryset
