"""Writes of practices: created, updated and translated from plain content (import
files, demo content), and what follows an initiative's publication."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale

from knowledge_base.importing import CREATE, UNCHANGED, UPDATE, ImportPlan
from knowledge_base.models import (
    ClusterInitiativePage,
    GoodPracticePage,
    PracticeIndexPage,
)
from knowledge_base.records import TEXT_FIELDS, PracticeContent, Vocabulary, slug_for
from website.page_cache import cache_generation_bump

PUBLICATION_FIELDS = [
    "live",
    "has_unpublished_changes",
    "first_published_at",
    "last_published_at",
    "live_revision",
]


@dataclass(frozen=True)
class Contact:
    name: str = ""
    email: str = ""
    phone: str = ""


def practice_create(
    *,
    index: PracticeIndexPage,
    content: PracticeContent,
    vocabulary: Vocabulary,
    external_id: str = "",
    contact: Contact | None = None,
    publish: bool = True,
    user=None,
) -> GoodPracticePage:
    """Add a practice under the index, published or as a draft. Page.save() runs the
    model's validation (full_clean)."""
    practice = GoodPracticePage(
        external_id=external_id, locale_id=index.locale_id, live=False
    )
    _content_apply(practice, content, vocabulary)
    practice.slug = _free_slug(index, slug_for(content.title))
    if contact is not None:
        _contact_apply(practice, contact)
    with transaction.atomic():
        index.add_child(instance=practice)
        _revision_save(practice, publish=publish, user=user)
    return practice


def practice_update(
    *,
    practice: GoodPracticePage,
    content: PracticeContent,
    vocabulary: Vocabulary,
    contact: Contact | None = None,
    publish: bool = True,
    user=None,
) -> bool:
    """Give the practice this content in a new revision, published or not; False
    (and no revision) when it already has it."""
    unchanged = (
        PracticeContent.current(practice) == content
        and practice.live == publish
        and (contact is None or _contact_of(practice) == contact)
    )
    if unchanged:
        return False
    _content_apply(practice, content, vocabulary)
    if contact is not None:
        _contact_apply(practice, contact)
    with transaction.atomic():
        _revision_save(practice, publish=publish, user=user)
    return True


def practice_translation_save(
    *,
    original: GoodPracticePage,
    locale: Locale,
    content: PracticeContent,
    vocabulary: Vocabulary,
    publish: bool = True,
    user=None,
) -> tuple[GoodPracticePage, bool]:
    """Create or update the practice's translation into `locale`, which goes under
    the translation of the original's index, with the original's contact. Returns
    it and whether it is new."""
    translation = original.get_translation_or_none(locale)
    if translation is not None:
        practice_update(
            practice=translation,
            content=content,
            vocabulary=vocabulary,
            publish=publish,
            user=user,
        )
        return translation, False
    # Built rather than copied with copy_for_translation(): a copy keeps the original's
    # slug, and changing it afterwards leaves redirects from a page no one saw.
    parent = original.get_parent().get_translation(locale)
    translation = GoodPracticePage(
        translation_key=original.translation_key, locale=locale, live=False
    )
    _content_apply(translation, content, vocabulary)
    _contact_apply(translation, _contact_of(original))
    translation.slug = _free_slug(parent, slug_for(content.title))
    with transaction.atomic():
        parent.add_child(instance=translation)
        _revision_save(translation, publish=publish, user=user)
    return translation, True


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int
    unchanged: int
    new_terms: list


def practices_import(
    *, plan: ImportPlan, progress: Callable[[], None] | None = None, user=None
) -> ImportSummary:
    """Carry out a plan without errors (importing.import_plan) in one transaction:
    the new taxonomy terms first, then the practices, then their translations."""
    if plan.errors:
        raise ValueError("An import plan with errors cannot be carried out.")
    new_terms = plan.vocabulary.unsaved_terms()
    with transaction.atomic():
        for term in new_terms:
            term.full_clean()
            term.save()
        practices = {}
        for planned in plan.practices:
            practices[planned.external_id] = _planned_practice_save(
                planned, plan, practices, user=user
            )
            if progress is not None:
                progress()
    return ImportSummary(
        created=plan.count(CREATE),
        updated=plan.count(UPDATE),
        unchanged=plan.count(UNCHANGED),
        new_terms=new_terms,
    )


def _planned_practice_save(planned, plan, practices, *, user) -> GoodPracticePage:
    """The practice in the default language the planned line is, or translates."""
    if planned.is_translation:
        original = planned.original or practices[planned.external_id]
        if planned.action != UNCHANGED:
            practice_translation_save(
                original=original,
                locale=plan.locales[planned.language],
                content=planned.content,
                vocabulary=plan.vocabulary,
                publish=planned.published,
                user=user,
            )
        return original
    if planned.action == CREATE:
        return practice_create(
            index=plan.index,
            content=planned.content,
            vocabulary=plan.vocabulary,
            external_id=planned.external_id,
            publish=planned.published,
            user=user,
        )
    if planned.action == UPDATE:
        practice_update(
            practice=planned.existing,
            content=planned.content,
            vocabulary=plan.vocabulary,
            publish=planned.published,
            user=user,
        )
    return planned.existing


def cluster_initiative_practices_sync(*, initiative: ClusterInitiativePage) -> int:
    """Give the initiative's practices its cluster type (they take it from their
    initiative); returns how many changed. Called when an initiative is published."""
    changed = (
        GoodPracticePage.objects.filter(cluster_initiative=initiative)
        .exclude(cluster_type=initiative.cluster_type)
        .update(cluster_type=initiative.cluster_type)
    )
    if changed:
        # The publish made a new generation before this ran: a page or facet count
        # cached in between shows the old types.
        cache_generation_bump()
    return changed


def _content_apply(practice, content: PracticeContent, vocabulary: Vocabulary):
    for name in TEXT_FIELDS:
        setattr(practice, name, getattr(content, name))
    practice.timescale_start = content.timescale_start
    practice.timescale_end = content.timescale_end
    practice.organisation = content.organisation
    practice.cluster_type = content.cluster_type
    practice.cluster_initiative = (
        vocabulary.initiative(
            content.initiative,
            locale_id=practice.locale_id,
            default_locale_id=Locale.get_default().pk,
        )
        if content.initiative
        else None
    )
    practice.topics = [vocabulary.term("topics", slug) for slug in content.topics]
    practice.sector = vocabulary.term("sector", content.sector)
    practice.subregion = vocabulary.term("subregion", content.subregion)
    practice.funding = vocabulary.term("funding", content.funding)


def _contact_of(practice: GoodPracticePage) -> Contact:
    return Contact(
        practice.contact_name, practice.contact_email, practice.contact_phone
    )


def _contact_apply(practice: GoodPracticePage, contact: Contact) -> None:
    practice.contact_name = contact.name
    practice.contact_email = contact.email
    practice.contact_phone = contact.phone


def _revision_save(practice: GoodPracticePage, *, publish: bool, user) -> None:
    revision = practice.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user)
        # Publishing works on a copy loaded from the revision; bring this one level.
        practice.refresh_from_db(fields=PUBLICATION_FIELDS)
    elif practice.live:
        practice.unpublish(user=user)


def _free_slug(parent, base: str, *, exclude=None) -> str:
    """`base`, or `base-2`, `base-3`... whichever no other child of `parent` has."""
    siblings = parent.get_children().filter(slug__startswith=base)
    if exclude is not None:
        siblings = siblings.exclude(pk=exclude.pk)
    taken = set(siblings.values_list("slug", flat=True))
    slug, suffix = base, 1
    while slug in taken:
        suffix += 1
        slug = f"{base}-{suffix}"
    return slug
