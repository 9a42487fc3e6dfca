"""Who may see what in the knowledge base."""

from community.access import is_approved_member


def can_see_contact(user) -> bool:
    """Contacts of practices and initiatives are for approved members only."""
    return is_approved_member(user)
