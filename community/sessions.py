"""Ending a person's sessions on every device."""

from allauth.usersessions.models import UserSession


def sessions_end(*, user) -> None:
    """Sign the person out everywhere allauth has seen them sign in."""
    for session in UserSession.objects.filter(user_id=user.pk):
        session.end()
