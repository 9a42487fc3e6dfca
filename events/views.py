from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from events import ical, selectors
from events.feeds import feed_language


@require_safe
def upcoming_events_ics(request):
    """Every upcoming event, for calendar clients to subscribe to."""
    language_code = feed_language(request)
    with translation.override(language_code):
        calendar = ical.events_calendar(
            selectors.feed_events(language_code=language_code),
            request=request,
            name=_("Pomeranian Clusters: events"),
        )
    return ical.ics_response(calendar, filename="wydarzenia.ics", attachment=False)
