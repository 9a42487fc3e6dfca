"""The query log in the Wagtail admin (Reports → Search queries): what visitors look
for, how often, and which queries found nothing."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from search.models import QueryRecord


class QueryLogFilterSet(WagtailFilterSet):
    found_nothing = django_filters.BooleanFilter(
        label=_("Found nothing"), method="filter_found_nothing"
    )

    class Meta:
        model = QueryRecord
        fields = []

    def filter_found_nothing(self, queryset, name, value):
        if value is None:
            return queryset
        if value:
            return queryset.filter(last_result_count=0)
        return queryset.filter(last_result_count__gt=0)


class QueryLogView(ReportView):
    page_title = _("Search queries")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query"]
    filterset_class = QueryLogFilterSet
    default_ordering = "-last_searched_at"
    index_url_name = "search_query_log"
    index_results_url_name = "search_query_log_results"
    columns = [
        Column("query", label=_("Query"), sort_key="query"),
        NumberColumn("searches", label=_("Searches"), sort_key="searches"),
        NumberColumn(
            "last_result_count",
            label=_("Results last time"),
            sort_key="last_result_count",
        ),
        DateColumn(
            "last_searched_at", label=_("Last searched"), sort_key="last_searched_at"
        ),
    ]
    list_export = ["query", "searches", "last_result_count", "last_searched_at"]

    def get_base_queryset(self):
        return QueryRecord.objects.all()
