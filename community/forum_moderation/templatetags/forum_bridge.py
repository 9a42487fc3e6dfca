"""The knowledge-base bridge in forum templates (the tag lives in this app so the
forum's own template libraries stay the forum core's)."""

from django import template

from community.forum import bridge

register = template.Library()


@register.simple_tag
def proposal_status(topic):
    """How far the practice proposed from the topic has got (ProposalStatus), or
    None."""
    return bridge.proposal_status(topic)
