"""Reading a JSON Lines file of practices (docs/import-format.md) into a plan: every
line checked, every taxonomy slug and initiative resolved, every practice matched to
the page it updates. Nothing is written here; services.practices_import carries the
plan out when it has no errors."""

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.models import Locale

from knowledge_base.importing.lines import line_checked
from knowledge_base.models import GoodPracticePage, PracticeIndexPage
from knowledge_base.records import (
    TERM_MODELS,
    PracticeContent,
    Vocabulary,
)

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"


@dataclass(frozen=True)
class LineError:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"


@dataclass
class PlannedPractice:
    line: int
    external_id: str
    language: str
    content: PracticeContent
    published: bool
    action: str = CREATE
    # The page to update: the practice, or for a translation, its translation.
    existing: GoodPracticePage | None = None
    # For a translation: the practice in the default language, when it exists.
    original: GoodPracticePage | None = None

    @property
    def is_translation(self) -> bool:
        return self.language != settings.LANGUAGE_CODE


@dataclass
class ImportPlan:
    practices: list[PlannedPractice] = field(default_factory=list)
    errors: list[LineError] = field(default_factory=list)
    vocabulary: Vocabulary | None = None
    index: PracticeIndexPage | None = None
    locales: dict[str, Locale] = field(default_factory=dict)

    def count(self, action: str) -> int:
        return sum(1 for practice in self.practices if practice.action == action)


def import_plan(lines: Iterable[str], *, create_missing: bool = False) -> ImportPlan:
    """Check every line of the file and work out what importing it would do."""
    plan = ImportPlan()
    records = []
    seen: dict[tuple[str, str], int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        values, errors = line_checked(line)
        plan.errors += [LineError(number, name, message) for name, message in errors]
        if values is None:
            continue
        key = (values["external_id"], values["language"])
        if key in seen:
            message = _("the same external_id and language as line %(line)s")
            plan.errors.append(
                LineError(number, "external_id", message % {"line": seen[key]})
            )
            continue
        seen[key] = number
        if not errors:
            records.append((number, values))
    _resolve(plan, records, create_missing=create_missing)
    plan.errors.sort(key=lambda error: error.line)
    return plan


def _resolve(plan: ImportPlan, records, *, create_missing: bool) -> None:
    """Match the checked lines to taxonomy terms, initiatives and existing pages."""
    plan.vocabulary = vocabulary = Vocabulary()
    plan.locales = {locale.language_code: locale for locale in Locale.objects.all()}
    default_locale = plan.locales[settings.LANGUAGE_CODE]
    plan.index = (
        PracticeIndexPage.objects.filter(locale=default_locale).order_by("path").first()
    )
    existing = GoodPracticePage.objects.filter(
        external_id__in=[values["external_id"] for _line, values in records]
    ).select_related("cluster_initiative", "sector", "subregion", "funding")
    originals = {
        practice.external_id: practice
        for practice in existing.prefetch_related("topics")
    }
    in_file = {
        values["external_id"]
        for _line, values in records
        if values["language"] == settings.LANGUAGE_CODE
    }
    for line, values in records:
        planned = _planned(line, values)
        errors = _resolve_terms(planned, vocabulary, create_missing=create_missing)
        errors += _resolve_initiative(planned, vocabulary, plan.locales, default_locale)
        if planned.is_translation:
            errors += _resolve_translation(planned, plan, originals, in_file)
        else:
            planned.existing = originals.get(planned.external_id)
            if planned.existing is None and plan.index is None:
                errors.append(
                    (
                        "external_id",
                        _("there is no good practice index to add new practices to"),
                    )
                )
        plan.errors += [LineError(line, name, message) for name, message in errors]
        if not errors:
            planned.action = _action(planned)
            plan.practices.append(planned)
    # Translations after the practices they translate, which may be new.
    plan.practices.sort(key=lambda planned: (planned.is_translation, planned.line))


def _planned(line: int, values: dict) -> PlannedPractice:
    return PlannedPractice(
        line=line,
        external_id=values["external_id"],
        language=values["language"],
        content=PracticeContent.from_record(values),
        published=values["published"],
    )


def _resolve_terms(planned, vocabulary: Vocabulary, *, create_missing: bool):
    errors = []
    content = planned.content
    wanted = [("topics", slug) for slug in content.topics] + [
        (name, getattr(content, name)) for name in ("sector", "subregion", "funding")
    ]
    for name, slug in wanted:
        if not slug or vocabulary.term(name, slug) is not None:
            continue
        if create_missing:
            vocabulary.add_term(name, slug)
        else:
            noun = TERM_MODELS[name]._meta.verbose_name
            errors.append(
                (
                    name,
                    _("unknown %(noun)s “%(slug)s” (--create-missing adds it)")
                    % {"noun": noun, "slug": slug},
                )
            )
    return errors


def _resolve_initiative(planned, vocabulary, locales, default_locale):
    content = planned.content
    if not content.initiative:
        return []
    initiative = vocabulary.initiative(
        content.initiative,
        locale_id=locales[planned.language].pk if planned.language in locales else 0,
        default_locale_id=default_locale.pk,
    )
    if initiative is None:
        return [
            (
                "initiative",
                _("no cluster initiative page has the slug “%(slug)s”")
                % {"slug": content.initiative},
            )
        ]
    if content.cluster_type and content.cluster_type != initiative.cluster_type:
        return [
            (
                "cluster_type",
                _("differs from the initiative's cluster type (%(type)s)")
                % {"type": initiative.cluster_type},
            )
        ]
    if not content.cluster_type:
        planned.content = replace(content, cluster_type=initiative.cluster_type)
    return []


def _resolve_translation(planned, plan: ImportPlan, originals, in_file):
    original = originals.get(planned.external_id)
    if original is None and planned.external_id not in in_file:
        return [
            (
                "external_id",
                _(
                    "no practice with this external_id in the default language "
                    "to translate"
                ),
            )
        ]
    locale = plan.locales.get(planned.language)
    index = plan.index
    if locale is None or index is None or index.get_translation_or_none(locale) is None:
        return [
            (
                "language",
                _("the good practice index has no translation into this language"),
            )
        ]
    planned.original = original
    if original is not None:
        planned.existing = original.get_translation_or_none(locale)
    return []


def _action(planned: PlannedPractice) -> str:
    existing = planned.existing
    if existing is None:
        return CREATE
    same = (
        PracticeContent.current(existing) == planned.content
        and existing.live == planned.published
    )
    return UNCHANGED if same else UPDATE
