"""Who may be told about a topic: the people who may open it. Notifications and
e-mails never reach anyone else (a pending, rejected or suspended member, a
deactivated account, or a member who is not a moderator for a moderators-only
category). Mirrors community.access.is_approved_member / is_moderator as one
query for many people."""

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Q

from community.models import Membership
from community.roles import MODERATORS_GROUP


def readers_of(category):
    """The users who may open the topics of `category`."""
    User = get_user_model()
    users = User.objects.filter(is_active=True).exclude(
        membership__in=Membership.objects.suspended()
    )
    users = users.filter(
        Q(is_superuser=True) | Q(membership__in=Membership.objects.approved())
    )
    if category.moderators_only:
        in_moderators = User.groups.through.objects.filter(
            user_id=OuterRef("pk"), group__name=MODERATORS_GROUP
        )
        users = users.filter(Q(is_superuser=True) | Exists(in_moderators))
    return users
