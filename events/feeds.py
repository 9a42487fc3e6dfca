"""RSS and Atom feeds of newly published events, and the language of every feed.

The feeds live outside the page tree at /events/, where no language prefix applies,
so a feed is Polish unless `?lang=en` asks for English.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from events import selectors


def feed_language(request) -> str:
    requested = request.GET.get("lang", "")
    known = dict(settings.LANGUAGES)
    return requested if requested in known else settings.LANGUAGE_CODE


class NewEventsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    description_template = "events/feeds/event_description.html"
    item_guid_is_permalink = False

    def __call__(self, request, *args, **kwargs):
        with translation.override(feed_language(request)):
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request):
        return feed_language(request)

    def title(self, language_code):
        return _("Pomeranian Clusters: new events")

    def description(self, language_code):
        return _(
            "Workshops, consultations, trainings and conferences of the Cluster "
            "Contact Point of the Pomorskie Voivodeship, as they are announced."
        )

    def link(self, language_code):
        calendar = selectors.calendar_page(language_code=language_code)
        return calendar.url if calendar else "/"

    def items(self, language_code):
        return selectors.newly_published_events(language_code=language_code)

    def item_title(self, item):
        # Feed readers treat titles as HTML, as Django's own default assumes.
        return escape(item.title)

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return f"event-{item.pk}"

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.get_event_type_display()]


class NewEventsAtomFeed(NewEventsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, language_code):
        return self.description(language_code)
