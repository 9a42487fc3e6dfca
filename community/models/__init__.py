from community.models.invitation import Invitation
from community.models.membership import Membership, MembershipRole
from community.models.profile import Profile, Subregion

__all__ = ["Invitation", "Membership", "MembershipRole", "Profile", "Subregion"]
