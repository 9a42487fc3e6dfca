from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.admin_views import QueryLogView


@hooks.register("register_admin_urls")
def register_query_log_urls():
    return [
        path("search-queries/", QueryLogView.as_view(), name="search_query_log"),
        path(
            "search-queries/results/",
            QueryLogView.as_view(results_only=True),
            name="search_query_log_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_query_log_menu_item():
    return MenuItem(
        _("Search queries"),
        reverse("search_query_log"),
        name="search-queries",
        icon_name="search",
        order=1310,
    )
