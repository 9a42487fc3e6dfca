from django.urls import include, path

app_name = "forum"

urlpatterns = [
    path("moderacja/", include("community.forum_moderation.urls")),
    path("powiadomienia/", include("community.notifications.urls")),
]
