"""The page a form sent without its CSRF token gets: the site's own 403 page, in the
visitor's language and within the Content-Security-Policy (Django's built-in page has
inline styles and speaks to developers). Django's CSRF middleware has already logged
the refusal to "django.security.csrf"."""

from django.shortcuts import render


def csrf_failure(request, reason: str = ""):
    return render(
        request,
        "403_csrf.html",
        {"no_cookie": "cookie" in reason.lower()},
        status=403,
    )
