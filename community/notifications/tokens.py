"""Secrets in links: the one-click unsubscribe token in every notification mail
(signed, so nothing is stored and it works without signing in) and the private
feed's token (random; the database keeps only its hash)."""

import secrets

from django.contrib.auth import get_user_model
from django.core import signing

UNSUBSCRIBE_SALT = "community.notifications.unsubscribe"


def unsubscribe_token(user) -> str:
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_user(token: str):
    """The user the token was made for, or None when it is not genuine."""
    try:
        user_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return get_user_model().objects.filter(pk=user_id, is_active=True).first()


def feed_token_new() -> str:
    return secrets.token_urlsafe(32)
