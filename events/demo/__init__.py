"""The calendar's demo content: the events calendar under the Polish home page, twelve
events around today's date, and their English translations under the English home
page when there is one.

`load` is the events' loader for `manage.py load_demo_content`; it runs after the
website's. Only what is missing is created: pages are found by slug under their
parent, translations by locale, and an existing page gets a new revision only to link
it to a good practice it lacks.

A few events are about the knowledge base's demo practices. They are linked to those
that exist when this loader runs: when the knowledge base's loader comes later, the
next run links the rest.
"""

from django.core.management import CommandError
from wagtail.models import Locale, Page, Site

from events.dates import EVENT_TIME_ZONE, local_today
from events.demo import texts
from events.models import EventIndexPage, EventPage, EventRelatedPractice
from knowledge_base.models import GoodPracticePage
from website.demo import Tally
from website.demo.translations import translation_add
from website.models import HomePage


def load(*, stdout, reset_passwords: bool = False) -> list[Tally]:
    pages, links = Tally("pages"), Tally("links to good practices")
    home = _polish_home()
    calendar = _child(home, EventIndexPage(**texts.CALENDAR), pages)
    today = local_today()
    events = [
        _child(calendar, EventPage(**event.fields(today, EVENT_TIME_ZONE)), pages)
        for event in texts.EVENTS
    ]
    english = Locale.objects.filter(language_code="en").first()
    if english is not None and home.get_translation_or_none(english) is not None:
        translation_add(calendar, english, fields=texts.CALENDAR_EN, tally=pages)
        for event, demo in zip(events, texts.EVENTS, strict=True):
            translation_add(event, english, fields=demo.english, tally=pages)
    for event, demo in zip(events, texts.EVENTS, strict=True):
        _link_practices(event, demo.practices, links)
    return [pages, links]


def _polish_home() -> HomePage:
    site = Site.objects.filter(is_default_site=True).first()
    home = site.root_page.specific if site else None
    if not isinstance(home, HomePage):
        raise CommandError(
            "The default site has no home page: load the website's demo content "
            "before the events'."
        )
    return home


def _child(parent: Page, page: Page, tally: Tally) -> Page:
    existing = (
        parent.get_children().filter(slug=page.slug, locale_id=parent.locale_id).first()
    )
    tally.record(created=existing is None)
    if existing is not None:
        return _of_type(existing.specific, type(page))
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _of_type(page: Page, page_type: type[Page]) -> Page:
    if not isinstance(page, page_type):
        raise CommandError(
            f"The page {page.url_path} is a {type(page).__name__}, "
            f"not a {page_type.__name__}; move or rename it and run again."
        )
    return page


def _link_practices(event: EventPage, slugs: tuple[str, ...], tally: Tally) -> None:
    """Link the event, in each of its languages, to the demo practices among `slugs`
    that are live by now. Every language links the Polish practice; the event's page
    shows its translation."""
    practices = sorted(
        GoodPracticePage.objects.live().filter(
            locale_id=event.locale_id, slug__in=slugs
        ),
        key=lambda practice: slugs.index(practice.slug),
    )
    if not practices:
        return
    for page in EventPage.objects.filter(translation_key=event.translation_key):
        _link(page, practices, tally)


def _link(event: EventPage, practices: list[GoodPracticePage], tally: Tally) -> None:
    if event.has_unpublished_changes:
        return  # publishing the links would publish an editor's draft with them
    linked = set(event.related_practices.values_list("practice_id", flat=True))
    missing = [practice for practice in practices if practice.pk not in linked]
    for practice in practices:
        tally.record(created=practice in missing)
    if not missing:
        return
    # The demo's order, stated: links without a sort order come back in any order.
    first = len(linked)
    for position, practice in enumerate(missing, start=first):
        event.related_practices.add(
            EventRelatedPractice(practice=practice, sort_order=position)
        )
    event.save_revision().publish()
