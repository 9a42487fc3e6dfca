from django.urls import path

from community.forum_moderation.views import pages, posts, topics

app_name = "forum_moderation"

urlpatterns = [
    path("", pages.queue, name="queue"),
    path("dziennik/", pages.log, name="log"),
    path("posty/<int:pk>/zglos/", posts.flag, name="post_flag"),
    path("posty/<int:pk>/ukryj/", posts.hide, name="post_hide"),
    path("posty/<int:pk>/pokaz/", posts.unhide, name="post_unhide"),
    path(
        "posty/<int:pk>/odrzuc-zgloszenia/", pages.flags_dismiss, name="flags_dismiss"
    ),
    path("tematy/<int:pk>/zamknij/", topics.lock, name="topic_lock"),
    path("tematy/<int:pk>/przenies/", topics.move, name="topic_move"),
    path("tematy/<int:pk>/scal/", topics.merge, name="topic_merge"),
    path(
        "tematy/<int:pk>/otworz/",
        topics.switch,
        {"change": "unlock"},
        name="topic_unlock",
    ),
    path(
        "tematy/<int:pk>/przypnij/", topics.switch, {"change": "pin"}, name="topic_pin"
    ),
    path(
        "tematy/<int:pk>/odepnij/",
        topics.switch,
        {"change": "unpin"},
        name="topic_unpin",
    ),
]
