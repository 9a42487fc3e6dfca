"""How a person is named next to what they wrote. Content keeps a nullable author;
once the author has deleted their account it reads "Former member"."""

from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext as _


def member_name(user) -> str:
    if user is None:
        return _("Former member")
    try:
        return user.profile.name
    except ObjectDoesNotExist:
        return user.get_full_name() or _("Member")
