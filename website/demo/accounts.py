"""Demo accounts: an editor of the Contact Point's staff and a superuser.

A password is generated when an account is created, or again on request, and printed
once; the database keeps only its hash.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

if TYPE_CHECKING:
    from website.demo import Tally

# Created by Wagtail's migrations, with access to the admin and to the page tree.
EDITORS_GROUP = "Editors"


@dataclass(frozen=True)
class DemoAccount:
    role: str
    email: str
    first_name: str
    last_name: str
    is_superuser: bool = False
    group: str | None = None


DEMO_ACCOUNTS = (
    DemoAccount(
        role="Editor",
        email="redaktor@klastry.pomorskie.eu",
        first_name="Magdalena",
        last_name="Wiśniewska",
        group=EDITORS_GROUP,
    ),
    DemoAccount(
        role="Superuser",
        email="admin@klastry.pomorskie.eu",
        first_name="Administrator",
        last_name="serwisu",
        is_superuser=True,
    ),
)


def load_accounts(*, stdout, reset_passwords: bool, tally: Tally) -> None:
    for account in DEMO_ACCOUNTS:
        user, created = _user(account)
        tally.record(created=created)
        if account.group:
            user.groups.add(_group(account.group))
        if created or reset_passwords:
            password = _new_password(user)
            action = "created" if created else "has a new password"
            stdout.write(
                f"{account.role} {account.email} {action}, password: {password}"
            )
        else:
            stdout.write(
                f"{account.role} {account.email} already exists; "
                "run with --reset-passwords to set a new password."
            )


def _user(account: DemoAccount):
    return get_user_model().objects.get_or_create(
        username=account.email,
        defaults={
            "email": account.email,
            "first_name": account.first_name,
            "last_name": account.last_name,
            "is_staff": account.is_superuser,
            "is_superuser": account.is_superuser,
        },
    )


def _group(name: str) -> Group:
    group, created = Group.objects.get_or_create(name=name)
    if created:
        # Without it a member of a group made here could not open the admin.
        group.permissions.add(
            Permission.objects.get(
                content_type__app_label="wagtailadmin", codename="access_admin"
            )
        )
    return group


def _new_password(user) -> str:
    password = secrets.token_urlsafe(12)
    user.set_password(password)
    user.save(update_fields=["password"])
    return password
