from django.urls import path

from community.notifications import views
from community.notifications.feed import WatchedTopicsFeed

app_name = "notifications"

urlpatterns = [
    path("", views.notification_list, name="list"),
    path("<int:pk>/przeczytane/", views.notification_read, name="read"),
    path("wszystkie-przeczytane/", views.notifications_read_all, name="read_all"),
    path("ustawienia/", views.preferences, name="preferences"),
    path("ustawienia/kanal/nowy/", views.feed_token_new_view, name="feed_token_new"),
    path("ustawienia/kanal/usun/", views.feed_token_revoke_view, name="feed_revoke"),
    path("wypisz/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("kanal/<str:token>/", WatchedTopicsFeed(), name="feed"),
    path("temat/<int:pk>/", views.topic_watch, name="topic_watch"),
    path("kategoria/<int:pk>/", views.category_watch, name="category_watch"),
]
