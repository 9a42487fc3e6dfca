"""The Contact Point (Punkt Kontaktowy) page and its consultation request form."""

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from search.indexing import LEMMA_SEARCH_FIELDS, PolishSearchable
from website.blocks import BodyBlock
from website.forms import ConsultationFormBuilder
from website.models.site_settings import SiteSettings
from website.services import SubmissionRejected, consultation_request_submit
from website.spam import client_ip


class ConsultationFormField(AbstractFormField):
    page = ParentalKey(
        "ContactPointPage", related_name="form_fields", on_delete=models.CASCADE
    )


class ContactPointPage(PolishSearchable, AbstractEmailForm):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(
        BodyBlock(), verbose_name=_("the Contact Point's tasks"), blank=True
    )
    form_heading = models.CharField(
        _("form heading"), max_length=200, default="Zamów konsultację"
    )
    thank_you_text = RichTextField(_("thank-you text"), blank=True)

    form_builder = ConsultationFormBuilder

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("form_heading"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
            help_text=_(
                "Leave the recipient empty to use the e-mail in the site settings."
            ),
        ),
    ]
    search_fields = AbstractEmailForm.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        *LEMMA_SEARCH_FIELDS,
    ]
    parent_page_types = ["website.HomePage", "website.SectionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Contact Point page")
        verbose_name_plural = _("Contact Point pages")

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)

        form = self.get_form(request.POST, page=self, user=request.user)
        rejected = False
        if form.is_valid():
            try:
                submission = consultation_request_submit(
                    page=self, form=form, client_ip=client_ip(request)
                )
            except SubmissionRejected as rejection:
                form.add_error(None, rejection.message)
                rejected = True
            else:
                return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        # 429 tells scripts they were too fast; people read the message above the
        # form, which keeps what they typed.
        status = 429 if rejected else 400
        response = TemplateResponse(
            request, self.get_template(request), context, status=status
        )
        if rejected:
            response["Retry-After"] = str(settings.CONTACT_FORM_RATE_WINDOW)
        return response

    def process_form_submission(self, form):
        # Store only: EmailFormMixin would mail here, but mailing (to the site's
        # address when the page names none) belongs to consultation_request_submit.
        return FormMixin.process_form_submission(self, form)

    def recipients(self) -> list[str]:
        """The page's own addresses if an editor set them, else the site's e-mail."""
        if self.to_address:
            return [address.strip() for address in self.to_address.split(",")]
        site_email = SiteSettings.for_site(self.get_site()).email
        return [site_email] if site_email else []
