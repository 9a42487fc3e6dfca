from website.models.accessibility import AccessibilityDeclarationPage
from website.models.contact_point import ConsultationFormField, ContactPointPage
from website.models.pages import HomePage, SectionIndexPage, StandardPage
from website.models.site_settings import SiteSettings

__all__ = [
    "AccessibilityDeclarationPage",
    "ConsultationFormField",
    "ContactPointPage",
    "HomePage",
    "SectionIndexPage",
    "SiteSettings",
    "StandardPage",
]
