"""Members' public @handles, derived from their names (never from their e-mail)."""

import re

from anyascii import anyascii
from django.db import IntegrityError, transaction

from community import identity
from community.forum.models import MemberHandle

HANDLE_MAX_LENGTH = MemberHandle._meta.get_field("handle").max_length


def handle_base(name: str) -> str:
    """The handle a name asks for: ASCII words joined by dots ("Anna Kamińska" ->
    "anna.kaminska"), short enough for a number to follow."""
    words = re.findall(r"[a-z0-9]+", anyascii(name).lower())
    return ".".join(words)[: HANDLE_MAX_LENGTH - 4].strip(".") or "member"


def handle_ensure(*, user) -> str:
    """The user's handle; one is made from their name the first time. Membership
    services call it when someone becomes a member, so reading never has to."""
    existing = MemberHandle.objects.filter(user=user).values_list("handle", flat=True)
    if existing:
        return existing[0]
    base = handle_base(identity.member_name(user))
    for attempt in range(1, 1000):
        handle = base if attempt == 1 else f"{base}{attempt}"
        if MemberHandle.objects.filter(handle=handle).exists():
            continue
        try:
            with transaction.atomic():
                MemberHandle.objects.create(user=user, handle=handle)
        except IntegrityError:  # taken meanwhile, by them or by someone else
            existing = MemberHandle.objects.filter(user=user).first()
            if existing:
                return existing.handle
            continue
        return handle
    raise RuntimeError("No free handle")  # pragma: no cover
