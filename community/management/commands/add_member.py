"""add_member EMAIL --name "..." [--role member|moderator|editor]: an operator's way
to make a verified, approved account."""

import secrets
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from community.roles import Role
from community.services.membership import member_create


class Command(BaseCommand):
    help = (
        "Create a verified, approved member account. The password is read from "
        "standard input when it is piped in; otherwise one is generated and printed."
    )
    stealth_options = ("stdin",)

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--name", required=True, help='Full name, "Jan Kowalski".')
        parser.add_argument(
            "--role", choices=[role.value for role in Role], default=Role.MEMBER.value
        )
        parser.add_argument("--organisation", default="")
        parser.add_argument("--initiative", default="", help="Cluster initiative.")

    def handle(self, *args, email, name, role, organisation, initiative, **options):
        first_name, _, last_name = name.strip().rpartition(" ")
        if not first_name:
            first_name, last_name = last_name, ""
        password = self._piped_password(options.get("stdin") or sys.stdin)
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        else:
            self._check(password, email=email, first_name=first_name)
        try:
            user = member_create(
                email=email,
                first_name=first_name,
                last_name=last_name,
                password=password,
                role=Role(role),
                organisation=organisation,
                cluster_initiative=initiative,
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        message = f"Created {role} {user.email}"
        if generated:
            message += f", password: {password}"
        self.stdout.write(message)
        if role != Role.MEMBER:
            self.stdout.write(
                "They must turn on two-factor authentication when they first sign in."
            )

    def _piped_password(self, stdin) -> str:
        if stdin.isatty():
            return ""
        return stdin.readline().rstrip("\r\n")

    def _check(self, password: str, *, email: str, first_name: str) -> None:
        candidate = get_user_model()(email=email, username=email, first_name=first_name)
        try:
            validate_password(password, candidate)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
