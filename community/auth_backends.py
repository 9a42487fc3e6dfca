"""The authentication backends of settings.AUTHENTICATION_BACKENDS: Django's and
allauth's, except that each request's user comes with its membership in the
same query (community.access.user_with_membership): every signed-in page asks
whether the person is an approved member."""

from allauth.account import auth_backends as allauth_backends
from django.contrib.auth import backends as django_backends

from community.access import user_with_membership


class _UserWithMembership:
    def get_user(self, user_id):
        user = user_with_membership(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(_UserWithMembership, django_backends.ModelBackend):
    pass


class AuthenticationBackend(
    _UserWithMembership, allauth_backends.AuthenticationBackend
):
    pass
