"""Members' public @handles, derived from their names (never from their e-mail)."""

import re

from anyascii import anyascii
from django.db import IntegrityError, transaction

from community import identity
from community.forum.models import MemberHandle

HANDLE_MAX_LENGTH = MemberHandle._meta.get_field("handle").max_length


def _base_handle(user) -> str:
    name = anyascii(identity.member_name(user)).lower()
    words = re.findall(r"[a-z0-9]+", name)
    return ".".join(words)[: HANDLE_MAX_LENGTH - 4].strip(".") or "member"


def handle_ensure(*, user) -> str:
    """The user's handle; one is made from their name the first time."""
    existing = MemberHandle.objects.filter(user=user).values_list("handle", flat=True)
    if existing:
        return existing[0]
    base = _base_handle(user)
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


def handles_ensure(*, users) -> dict[int, str]:
    """Handles of many users by user id (made where missing)."""
    known = dict(
        MemberHandle.objects.filter(user__in=users).values_list("user_id", "handle")
    )
    for user in users:
        if user.pk not in known:
            known[user.pk] = handle_ensure(user=user)
    return known
