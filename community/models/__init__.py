from community.models.invitation import Invitation
from community.models.membership import Membership, MembershipRole
from community.models.profile import Profile

__all__ = ["Invitation", "Membership", "MembershipRole", "Profile"]
