"""Members' profiles."""

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from community.models import Profile

EDITABLE_FIELDS = (
    "display_name",
    "organisation",
    "initiative",
    "cluster_initiative",
    "position",
    "subregion",
    "bio",
    "website_url",
    "linkedin_url",
    "show_email_to_members",
    "listed_publicly",
)


def avatar_file_delete(file) -> None:
    """Remove an avatar file once the change that dropped it has committed."""
    if file:
        storage, name = file.storage, file.name
        transaction.on_commit(lambda: storage.delete(name))


@transaction.atomic
def profile_update(
    *,
    profile: Profile,
    actor,
    data: dict,
    avatar: ContentFile | None = None,
    avatar_remove: bool = False,
) -> Profile:
    """Change one's own profile; `avatar` is an image already checked and resized
    (community.avatars.avatar_prepare)."""
    if profile.user_id != actor.pk:
        raise PermissionDenied(_("You may change only your own profile."))
    for name in EDITABLE_FIELDS:
        if name in data:
            setattr(profile, name, data[name])
    if avatar is not None or avatar_remove:
        avatar_file_delete(profile.avatar)
        profile.avatar = None
    if avatar is not None:
        profile.avatar.save(avatar.name, avatar, save=False)
    profile.full_clean()
    profile.save()
    return profile
