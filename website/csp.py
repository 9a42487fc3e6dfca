"""The Content-Security-Policy middleware: one strict policy for the whole site.

The Wagtail admin still ships inline scripts and styles, so below the admin prefixes the
policy is relaxed for exactly those, and lets the admin frame its own previews. The
public site never gets 'unsafe-inline' for scripts.
"""

from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from django.conf import settings


class CSPMiddleware(BaseCSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        in_admin = request.path_info.startswith(settings.ADMIN_URL_PREFIXES)
        if in_admin and not report_only:
            parts.replace = {**settings.ADMIN_CSP_REPLACE, **(parts.replace or {})}
        return parts
