from django.urls import include, path

from community.forum.views import (
    attachments,
    bridge,
    browse,
    categories,
    mentions,
    reactions,
    revisions,
    writing,
)

app_name = "forum"

urlpatterns = [
    path("", browse.index, name="index"),
    path("najnowsze/", browse.latest, name="latest"),
    path("przeczytane/", browse.mark_all_read, name="mark_all_read"),
    path("kategoria/<slug:slug>/", browse.category_detail, name="category"),
    path("kategoria/<slug:slug>/nowy-temat/", writing.topic_new, name="topic_new"),
    path("temat/<int:pk>/", browse.topic_detail, name="topic"),
    path("temat/<int:pk>/nowe/", browse.topic_first_unread, name="topic_unread"),
    path("temat/<int:pk>/odpowiedz/", writing.reply, name="reply"),
    path("wpis/<int:pk>/", browse.post_detail, name="post"),
    path("wpis/<int:pk>/edytuj/", writing.edit, name="post_edit"),
    path("wpis/<int:pk>/usun/", writing.delete, name="post_delete"),
    path("wpis/<int:pk>/wersje/", revisions.revisions, name="post_revisions"),
    path("wpis/<int:pk>/przydatne/", reactions.helpful, name="post_helpful"),
    path("wpis/<int:pk>/rozwiazanie/", reactions.solution, name="post_solution"),
    path("czlonkowie.json", mentions.mention_suggestions, name="mention_suggestions"),
    path("kategorie/", categories.category_list, name="category_admin"),
    path("kategorie/nowa/", categories.category_edit, name="category_add"),
    path("kategorie/<int:pk>/", categories.category_edit, name="category_edit"),
    path("zalacznik/<int:pk>/", attachments.download, name="attachment"),
    path("temat/<int:pk>/zaproponuj/", bridge.topic_propose, name="topic_propose"),
    path(
        "praktyka/<int:practice_pk>/dyskusja/",
        bridge.practice_discuss,
        name="practice_discuss",
    ),
    path("moderacja/", include("community.forum_moderation.urls")),
    path("powiadomienia/", include("community.notifications.urls")),
]
