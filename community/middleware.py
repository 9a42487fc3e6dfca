"""Checks on every signed-in request: a member suspended while signed in is signed
out and told why; a moderator or editor without two-factor authentication is sent
to set it up before reaching the Wagtail or Django admin."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect

from community import access
from community.suspension import suspended_response


class AccountStateMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Without a session cookie nobody is signed in; leave anonymous (cacheable)
        # requests alone.
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            response = self._stop(request)
            if response is not None:
                return response
        return self.get_response(request)

    def _stop(self, request):
        user = request.user
        if not user.is_authenticated:
            return None
        membership = access.membership_of(user)
        if membership is not None and membership.is_suspended:
            logout(request)
            return suspended_response(request, membership)
        if request.path.startswith(
            settings.ADMIN_URL_PREFIXES
        ) and access.needs_two_factor_setup(user):
            messages.warning(request, access.two_factor_required_message())
            return redirect("mfa_activate_totp")
        return None
