"""The bridge between the forum and the knowledge base.

- A good practice's page lets members "Discuss with members": the practice's topic
  in the "Dobre praktyki" category, created by the first member who asks.
- A topic lets a member "Propose as a good practice": a draft GoodPracticePage,
  pre-filled from the topic, submitted to the editors' review workflow ("Weryfikacja
  ekspercka"); the topic shows how far the proposal has got. Once per topic.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, WorkflowState

from community import access
from community.forum import permissions
from community.forum.models import TITLE_MAX_LENGTH, Category, Topic
from community.forum.services.topics import topic_create
from knowledge_base.models import GoodPracticePage, PracticeIndexPage
from knowledge_base.records import slug_for
from knowledge_base.services import practice_submit_for_review

PRACTICES_CATEGORY_SLUG = "dobre-praktyki"
PRACTICES_CATEGORY = {
    "name": "Dobre praktyki",
    "name_en": "Good practices",
    "description": "Rozmowy o dobrych praktykach z bazy wiedzy.",
    "description_en": "Conversations about the good practices of the knowledge base.",
    "position": 100,
}
SUMMARY_MAX_LENGTH = 2_000


def practices_category() -> Category:
    """The category of the practices' discussions, created on first use."""
    category, _created = Category.objects.get_or_create(
        slug=PRACTICES_CATEGORY_SLUG, defaults=PRACTICES_CATEGORY
    )
    return category


def practice_discussion_open(*, user, practice: GoodPracticePage) -> Topic:
    """The practice's topic: the one it was proposed from, or the one the first
    member to ask started, with the practice's summary and a link to it as the
    opening post."""
    if not access.is_approved_member(user):
        raise PermissionDenied(_("Only members may discuss practices in the forum."))
    existing = (
        Topic.objects.filter(Q(practice=practice) | Q(proposed_practice=practice))
        .order_by("pk")
        .first()
    )
    if existing is not None:
        return existing
    body = _("%(summary)s\n\n[Read the good practice in the knowledge base](%(url)s)")
    try:
        with transaction.atomic():
            topic = topic_create(
                author=user,
                category=practices_category(),
                title=practice.title[:TITLE_MAX_LENGTH],
                body_markdown=body % {"summary": practice.summary, "url": practice.url},
            )
            Topic.objects.filter(pk=topic.pk).update(practice=practice)
    except IntegrityError:
        # Another member started it at the same moment; theirs is the topic.
        return Topic.objects.get(practice=practice)
    topic.practice = practice
    return topic


def practice_propose(*, user, topic: Topic) -> GoodPracticePage:
    """Make a draft practice of the topic and submit it to the experts' review."""
    if not permissions.can_view_topic(user, topic):
        raise PermissionDenied(_("Only members may propose good practices."))
    with transaction.atomic():
        locked = Topic.objects.select_for_update().get(pk=topic.pk)
        _proposal_check(locked)
        index = _practice_index()
        practice = _draft_from(locked, user=user)
        practice.slug = _free_slug(index, slug_for(practice.title))
        index.add_child(instance=practice)
        # Required fields the experts fill in are empty yet: a draft is not
        # validated until it is published.
        practice.save_revision(user=user, clean=False)
        practice_submit_for_review(practice=practice, user=user)
        Topic.objects.filter(pk=topic.pk).update(proposed_practice=practice)
    topic.proposed_practice = practice
    return practice


def _proposal_check(topic: Topic) -> None:
    if topic.proposed_practice_id:
        raise ValidationError(
            _("This topic has already been proposed as a good practice."),
            code="proposed",
        )
    if topic.merged_into_id:
        raise ValidationError(_("This topic was merged into another."), code="merged")
    if topic.practice_id:
        raise ValidationError(
            _("This topic discusses a practice that is already in the knowledge base."),
            code="discussion",
        )


def _practice_index() -> PracticeIndexPage:
    index = (
        PracticeIndexPage.objects.live()
        .filter(locale=Locale.get_default())
        .order_by("path")
        .first()
    )
    if index is None:
        raise ValidationError(
            _("The knowledge base is not ready to take proposals yet."),
            code="no_index",
        )
    return index


def _free_slug(index: PracticeIndexPage, base: str) -> str:
    taken = set(
        index.get_children()
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, suffix = base, 1
    while slug in taken:
        suffix += 1
        slug = f"{base}-{suffix}"
    return slug


def _draft_from(topic: Topic, *, user) -> GoodPracticePage:
    opening = topic.posts.filter(number=1).first()
    summary = opening.body_markdown if opening else topic.title
    profile = getattr(user, "profile", None)
    topic_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + topic.get_absolute_url()
    return GoodPracticePage(
        title=topic.title,
        summary=summary[:SUMMARY_MAX_LENGTH],
        challenge="",
        solution="",
        results="",
        timescale_start=timezone.localdate().year,
        organisation=getattr(profile, "organisation", "") or "",
        contact_name=user.get_full_name(),
        contact_email=user.email,
        materials=[
            (
                "link",
                {"title": _("The discussion in the members' forum"), "url": topic_url},
            )
        ],
        owner=user,
        live=False,
    )


@dataclass(frozen=True)
class ProposalStatus:
    state: str
    label: str
    url: str = ""


PROPOSAL_LABELS = {
    "draft": gettext_lazy("draft, not yet submitted for review"),
    "in_review": gettext_lazy("in review by the experts"),
    "changes": gettext_lazy("returned by the experts for changes"),
    "published": gettext_lazy("published in the knowledge base"),
}


def proposal_status(topic: Topic) -> ProposalStatus | None:
    """How far the practice proposed from this topic has got, or None."""
    practice = topic.proposed_practice
    if practice is None:
        return None
    if practice.live:
        state = "published"
    else:
        workflow_state = practice.current_workflow_state
        status = workflow_state.status if workflow_state else None
        state = {
            WorkflowState.STATUS_IN_PROGRESS: "in_review",
            WorkflowState.STATUS_NEEDS_CHANGES: "changes",
        }.get(status, "draft")
    url = practice.url if state == "published" else ""
    return ProposalStatus(state=state, label=str(PROPOSAL_LABELS[state]), url=url)
