from django import template

from community import access, identity

register = template.Library()


@register.filter
def member_name(user) -> str:
    """The author's name, or "Former member" once they have deleted their account."""
    return identity.member_name(user)


@register.filter
def is_approved_member(user) -> bool:
    return access.is_approved_member(user)


@register.filter
def is_moderator(user) -> bool:
    return access.is_moderator(user)
