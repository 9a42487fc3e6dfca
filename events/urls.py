"""URLs of the events calendar outside the page tree (feeds)."""

from django.urls import path

from events import feeds, views

app_name = "events"

urlpatterns = [
    path("feed.ics", views.upcoming_events_ics, name="feed_ics"),
    path("feed.rss", feeds.NewEventsRssFeed(), name="feed_rss"),
    path("feed.atom", feeds.NewEventsAtomFeed(), name="feed_atom"),
]
