"""Roles are Django groups. Editors and moderators are Wagtail's own groups of those
names (created by Wagtail's migrations with admin access and page permissions), so a
community moderator may also review and publish pages, as DESIGN.md describes;
members get a group of their own, which editors can use in page view restrictions.
Administrators are superusers."""

from django.contrib.auth.models import Group, Permission
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupPagePermission, Page

MEMBERS_GROUP = "Members"
MODERATORS_GROUP = "Moderators"
EDITORS_GROUP = "Editors"

# What Wagtail's migrations give its two groups on the page tree; used only when a group
# has to be made again (for instance after a test has emptied the database).
_PAGE_PERMISSIONS = {
    EDITORS_GROUP: ("add_page", "change_page"),
    MODERATORS_GROUP: ("add_page", "change_page", "publish_page", "lock_page"),
}


class Role(models.TextChoices):
    MEMBER = "member", _("Member")
    MODERATOR = "moderator", _("Moderator")
    EDITOR = "editor", _("Editor")


ROLE_GROUPS = {
    Role.MEMBER: (MEMBERS_GROUP,),
    Role.MODERATOR: (MEMBERS_GROUP, MODERATORS_GROUP),
    Role.EDITOR: (MEMBERS_GROUP, EDITORS_GROUP),
}


def role_group(name: str) -> Group:
    """The group of that name, made with its usual permissions if it is missing."""
    group, created = Group.objects.get_or_create(name=name)
    if created and name in _PAGE_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(
                content_type__app_label="wagtailadmin", codename="access_admin"
            )
        )
        root = Page.get_first_root_node()
        if root is not None:
            for codename in _PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.create(
                    group=group,
                    page=root,
                    permission=Permission.objects.get(
                        content_type__app_label="wagtailcore", codename=codename
                    ),
                )
    return group


def role_grant(user, role: Role) -> None:
    user.groups.add(*(role_group(name) for name in ROLE_GROUPS[role]))
    # community.access keeps the group names it has read on the user object.
    user.__dict__.pop("_community_group_names", None)
