from django.utils import translation

from events.templatetags.events_tags import feed_url


def test_feed_url_in_the_default_language_has_no_parameter():
    with translation.override("pl"):
        assert feed_url("feed_ics") == "/events/feed.ics"


def test_feed_url_in_another_language_names_it():
    with translation.override("en"):
        assert feed_url("feed_rss") == "/events/feed.rss?lang=en"
