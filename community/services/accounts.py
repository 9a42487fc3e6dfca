"""Deleting an account (the GDPR right to erasure)."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from community.models import Invitation
from community.services.profiles import avatar_file_delete
from community.sessions import sessions_end


@transaction.atomic
def account_delete(*, user, actor) -> None:
    """Delete the person's account and every row that holds their personal data.

    The User row itself goes, with everything that cascades from it (profile,
    membership, e-mail addresses, authenticators, sessions). Content they wrote
    refers to its author with a nullable foreign key (`on_delete=SET_NULL`) and is
    kept, shown as written by a "former member" (community.identity)."""
    if actor.pk != user.pk:
        raise PermissionDenied(_("You may delete only your own account."))
    profile = getattr(user, "profile", None)
    if profile is not None:
        avatar_file_delete(profile.avatar)
    addresses = [address.email for address in user.emailaddress_set.all()]
    addresses.append(user.email)
    for email in {address.lower() for address in addresses if address}:
        Invitation.objects.filter(email__iexact=email).delete()
    sessions_end(user=user)
    user.delete()
