"""The admin's list of practices waiting for an expert's review."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from knowledge_base.selectors import practices_awaiting_review


class PracticesAwaitingReviewView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Practices awaiting review")
    header_icon = "tasks"
    template_name = "knowledge_base/admin/practices_awaiting_review.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["awaiting"] = practices_awaiting_review()
        return context
