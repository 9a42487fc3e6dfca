"""What the attachment field tells members, from the limits the checks apply."""

from django import template

from community.forum import attachments

register = template.Library()


@register.simple_tag
def attachments_help() -> str:
    return attachments.accepted_types_text()
