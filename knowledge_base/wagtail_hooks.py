"""The knowledge base in the Wagtail admin: the taxonomies as snippets and the list of
practices waiting for review, in one menu; initiatives' types passed on to their
practices when published."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from knowledge_base.models import (
    ClusterInitiativePage,
    FundingSource,
    Sector,
    Subregion,
    Topic,
)
from knowledge_base.services import cluster_initiative_practices_sync
from knowledge_base.views import PracticesAwaitingReviewView


class TermViewSet(SnippetViewSet):
    list_display = ["name_pl", "name_en", "slug"]
    search_fields = ["name_pl", "name_en", "slug"]
    ordering = ["name_pl"]


class PracticesAwaitingReviewViewSet(ViewSet):
    name = "practices-awaiting-review"
    icon = "tasks"
    menu_label = _("Awaiting review")

    def get_urlpatterns(self):
        return [path("", PracticesAwaitingReviewView.as_view(), name="index")]


class KnowledgeBaseViewSetGroup(ViewSetGroup):
    menu_label = _("Knowledge base")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        PracticesAwaitingReviewViewSet,
        TermViewSet(model=Topic, icon="tag"),
        TermViewSet(model=Sector, icon="site"),
        TermViewSet(model=Subregion, icon="globe"),
        TermViewSet(model=FundingSource, icon="doc-full"),
    )


@hooks.register("register_admin_viewset")
def register_knowledge_base_viewsets():
    return KnowledgeBaseViewSetGroup()


@hooks.register("after_publish_page")
def pass_cluster_type_to_practices(request, page):
    if isinstance(page, ClusterInitiativePage):
        cluster_initiative_practices_sync(initiative=page)
