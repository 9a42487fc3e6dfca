"""Django's User keeps a username that nobody types: people sign in with their e-mail
address. It is set to that address, as for the demo accounts."""

from allauth.account.adapter import get_adapter
from django.contrib.auth import get_user_model


def username_for_email(email: str) -> str:
    """The address itself; a generated name when it is too long or already taken
    (by someone whose old address it was)."""
    User = get_user_model()
    too_long = len(email) > User._meta.get_field("username").max_length
    if too_long or User.objects.filter(username__iexact=email).exists():
        return get_adapter().generate_unique_username([email, "member"])
    return email
