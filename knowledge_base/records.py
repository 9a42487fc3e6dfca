"""A practice as import and export files see it: plain values, taxonomy terms and the
cluster initiative named by their slugs (docs/import-format.md)."""

from dataclasses import asdict, dataclass

from anyascii import anyascii
from django.db.models import Model
from django.utils.text import slugify

from knowledge_base.models import (
    ClusterInitiativePage,
    FundingSource,
    GoodPracticePage,
    Sector,
    Subregion,
    Topic,
)

TEXT_FIELDS = (
    "title",
    "summary",
    "challenge",
    "solution",
    "results",
    "resources",
    "lessons",
    "transferability",
)
# The order of the columns of an export, and of the keys of each exported line.
FORMAT_FIELDS = (
    "external_id",
    "language",
    *TEXT_FIELDS,
    "timescale_start",
    "timescale_end",
    "organisation",
    "initiative",
    "cluster_type",
    "topics",
    "sector",
    "subregion",
    "funding",
    "published",
)
TERM_MODELS = {
    "topics": Topic,
    "sector": Sector,
    "subregion": Subregion,
    "funding": FundingSource,
}


@dataclass(frozen=True)
class PracticeContent:
    """What an import file sets on a practice. Equal contents mean an unchanged
    practice."""

    title: str
    summary: str
    challenge: str
    solution: str
    results: str
    resources: str
    lessons: str
    transferability: str
    timescale_start: int
    timescale_end: int | None
    organisation: str
    initiative: str
    cluster_type: str
    topics: tuple[str, ...]
    sector: str
    subregion: str
    funding: str

    @classmethod
    def of(cls, practice: GoodPracticePage) -> "PracticeContent":
        """The content of a saved practice; its topics prefetched or not."""
        initiative = practice.cluster_initiative
        return cls(
            **{name: getattr(practice, name) for name in TEXT_FIELDS},
            timescale_start=practice.timescale_start,
            timescale_end=practice.timescale_end,
            organisation=practice.organisation,
            initiative=initiative.slug if initiative else "",
            cluster_type=practice.cluster_type,
            topics=tuple(sorted(topic.slug for topic in practice.topics.all())),
            sector=_slug(practice.sector),
            subregion=_slug(practice.subregion),
            funding=_slug(practice.funding),
        )

    @classmethod
    def from_record(cls, record: dict) -> "PracticeContent":
        """The content of a line of an import file that has been checked; missing
        optional fields are empty."""
        return cls(
            **{name: record.get(name) or "" for name in TEXT_FIELDS},
            timescale_start=record["timescale_start"],
            timescale_end=record.get("timescale_end"),
            organisation=record.get("organisation") or "",
            initiative=record.get("initiative") or "",
            cluster_type=record.get("cluster_type") or "",
            topics=tuple(sorted(set(record.get("topics") or ()))),
            sector=record.get("sector") or "",
            subregion=record.get("subregion") or "",
            funding=record.get("funding") or "",
        )

    @classmethod
    def current(cls, practice: GoodPracticePage) -> "PracticeContent":
        """What the practice shows, or for a draft, what its latest revision holds
        (a draft's own row keeps the content it was created with)."""
        if practice.live:
            return cls.of(practice)
        return cls.of(practice.get_latest_revision_as_object())

    def record(self, *, external_id: str, language: str, published: bool) -> dict:
        """The line of an export file, keys in FORMAT_FIELDS order."""
        values = {
            **asdict(self),
            "topics": list(self.topics),
            "external_id": external_id,
            "language": language,
            "published": published,
        }
        return {name: values[name] for name in FORMAT_FIELDS}


def _slug(term: Model | None) -> str:
    return term.slug if term is not None else ""


class Vocabulary:
    """The taxonomy terms and cluster initiatives a batch of practices refers to by
    slug, loaded once; terms added here are saved by the caller before use."""

    def __init__(self):
        self.terms = {
            field: {term.slug: term for term in model.objects.all()}
            for field, model in TERM_MODELS.items()
        }
        self._initiatives: dict[tuple[str, int], ClusterInitiativePage] = {}
        for initiative in ClusterInitiativePage.objects.order_by("path"):
            self._initiatives.setdefault(
                (initiative.slug, initiative.locale_id), initiative
            )

    def term(self, field: str, slug: str) -> Model | None:
        return self.terms[field].get(slug) if slug else None

    def add_term(self, field: str, slug: str) -> Model:
        """An unsaved term named after its slug, for editors to rename."""
        name = slug.replace("-", " ").replace("_", " ").capitalize()
        term = TERM_MODELS[field](slug=slug, name_pl=name, name_en=name)
        self.terms[field][slug] = term
        return term

    def unsaved_terms(self) -> list[Model]:
        return [
            term
            for by_slug in self.terms.values()
            for term in by_slug.values()
            if term.pk is None
        ]

    def initiative(self, slug: str, *, locale_id: int, default_locale_id: int):
        """The initiative with this slug in the practice's language, else in the
        default language (practices in English may link to a Polish page)."""
        return self._initiatives.get((slug, locale_id)) or self._initiatives.get(
            (slug, default_locale_id)
        )


def slug_for(title: str) -> str:
    """An ASCII slug, as editors' Polish slugs are."""
    return slugify(anyascii(title))[:80].strip("-") or "praktyka"
