"""Everything the site holds about a person, for the GDPR right of access and data
portability: one JSON document."""

from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone

from community.models import Invitation


def _when(value):
    return value.isoformat() if value else None


def _account(user) -> dict:
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": _when(user.date_joined),
        "last_login": _when(user.last_login),
        "roles": sorted(group.name for group in user.groups.all()),
        "email_addresses": [
            {"email": address.email, "verified": address.verified}
            for address in user.emailaddress_set.all()
        ],
        "two_factor_methods": sorted(
            Authenticator.objects.filter(user=user).values_list("type", flat=True)
        ),
    }


def _membership(user) -> dict | None:
    try:
        membership = user.membership
    except ObjectDoesNotExist:
        return None
    return {
        "status": membership.status,
        "joined_through": membership.source,
        "role_in_initiative": membership.role,
        "motivation": membership.motivation,
        "applied_at": _when(membership.applied_at),
        "rules_accepted_at": _when(membership.rules_accepted_at),
        "privacy_policy_accepted_at": _when(membership.privacy_accepted_at),
        "decided_at": _when(membership.decided_at),
        "rejection_reason": membership.rejection_reason,
        "suspended_until": _when(membership.suspended_until),
        "suspension_reason": membership.suspension_reason,
        "language": membership.language,
    }


def _profile(user, request) -> dict | None:
    try:
        profile = user.profile
    except ObjectDoesNotExist:
        return None
    subregion = profile.effective_subregion
    return {
        "display_name": profile.display_name,
        "organisation": profile.organisation,
        "cluster_initiative": profile.initiative_name,
        "position": profile.position,
        "subregion": subregion.name if subregion else None,
        "bio": profile.bio,
        "avatar": request.build_absolute_uri(profile.avatar.url)
        if profile.avatar
        else None,
        "website_url": profile.website_url,
        "linkedin_url": profile.linkedin_url,
        "show_email_to_members": profile.show_email_to_members,
        "listed_publicly": profile.listed_publicly,
    }


def _sessions(user) -> list[dict]:
    return [
        {
            "ip": session.ip,
            "user_agent": session.user_agent,
            "created_at": _when(session.created_at),
            "last_seen_at": _when(session.last_seen_at),
        }
        for session in UserSession.objects.filter(user_id=user.pk)
    ]


def personal_data_export(user, request) -> dict:
    return {
        "exported_at": _when(timezone.now()),
        "account": _account(user),
        "membership": _membership(user),
        "profile": _profile(user, request),
        "sessions": _sessions(user),
        "invitations_sent": [
            {"email": invitation.email, "sent_at": _when(invitation.created_at)}
            for invitation in Invitation.objects.filter(invited_by=user)
        ],
    }
