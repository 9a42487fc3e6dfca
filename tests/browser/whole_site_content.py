"""The whole site at once for the journeys and the accessibility sweep: the frame and
strategy pages, the knowledge base and an events calendar under one home page, plus a
forum with a Q&A category and a topic with replies."""

from dataclasses import dataclass

from django.contrib.auth.models import User

from community.forum.models import Category, Topic
from events.models import EventIndexPage, EventPage, EventType
from knowledge_base.models import GoodPracticePage
from tests.browser.knowledge_base_content import (
    KnowledgeBasePages,
    knowledge_base_build,
)
from tests.browser.site_content import SitePages
from tests.community import factories
from tests.community.forum.factories import make_category, make_topic
from tests.events.factories import EventIndexPageFactory, EventPageFactory, in_days
from tests.knowledge_base.factories import GoodPracticePageFactory
from website.models import (
    AccessibilityDeclarationPage,
    ContactPointPage,
    SectionIndexPage,
    StandardPage,
)


@dataclass(frozen=True)
class WholeSite:
    site: SitePages
    section: SectionIndexPage
    kb: KnowledgeBasePages
    maritime_practice: GoodPracticePage
    calendar: EventIndexPage
    event: EventPage


@dataclass(frozen=True)
class Forum:
    category: Category
    topic: Topic
    author: User
    replier: User


def whole_site_build() -> WholeSite:
    kb = knowledge_base_build()
    home = kb.practice_index.get_parent().specific
    site = _site_pages(home)
    maritime = GoodPracticePageFactory(
        parent=kb.practice_index,
        title="Wspólne laboratorium klastrów morskich",
        summary="Trzy pomorskie klastry morskie dzielą laboratorium badań "
        "materiałowych i kalendarz jego użycia.",
        cluster_initiative=kb.initiative,
        topics=list(kb.practice.topics.all()),
        sector=kb.practice.sector,
        subregion=kb.practice.subregion,
        timescale_start=2020,
        timescale_end=2023,
    )
    calendar = EventIndexPageFactory(parent=home, show_in_menus=True)
    event = EventPageFactory(
        parent=calendar,
        title="Warsztat: współpraca klastrów morskich",
        day=in_days(5),
        description=[
            {
                "type": "paragraph",
                "value": "<p>Warsztat dla koordynatorów klastrów morskich.</p>",
            }
        ],
    )
    EventPageFactory(
        parent=calendar,
        title="Webinar: czuwanie technologiczne",
        day=in_days(1),
        event_type=EventType.WEBINAR,
    )
    return WholeSite(
        site=site,
        section=site.strategy.get_parent().specific,
        kb=kb,
        maritime_practice=maritime,
        calendar=calendar,
        event=event,
    )


def _site_pages(home) -> SitePages:
    children = home.get_children()
    return SitePages(
        home=home,
        strategy=StandardPage.objects.get(
            slug="regionalny-program-wspierania-klastrow"
        ),
        contact_point=ContactPointPage.objects.child_of(home).get(),
        declaration=AccessibilityDeclarationPage.objects.child_of(home).get(),
        privacy_policy=children.type(StandardPage).get().specific,
    )


def forum_build() -> Forum:
    author = factories.approved_member(first_name="Ewa", last_name="Lis")
    category = make_category(
        name="Pytania i odpowiedzi", slug="pytania", kind="questions"
    )
    topic = make_topic(
        category=category,
        author=author,
        title="Jak rozliczyć warsztaty sieciujące?",
        body="Czy ktoś rozliczał już **warsztaty**?\n\n> cytat\n\n- punkt",
        replies=2,
    )
    replier = topic.posts.get(number=2).author
    return Forum(category=category, topic=topic, author=author, replier=replier)
