"""HTML rendered once and used for many requests (website.templatetags.
kept_fragments, the forum's post parts): the CSRF token is the one part that
differs per request, so the stored HTML holds a placeholder for it."""

from django.middleware.csrf import get_token
from django.utils.safestring import SafeString, mark_safe

# Letters only, so that no escaping alters it.
CSRF_PLACEHOLDER = "csrftokenplaceholderkepthtml"


def with_csrf_token(html: str, context) -> SafeString:
    """`html` (escaped by its template when rendered) with this request's token,
    made once for the whole page (the context's lazy value)."""
    if CSRF_PLACEHOLDER not in html:
        return mark_safe(html)  # noqa: S308 # nosec B308 B703
    token = str(context.get("csrf_token") or get_token(context["request"]))
    return mark_safe(html.replace(CSRF_PLACEHOLDER, token))  # noqa: S308 # nosec B308 B703
