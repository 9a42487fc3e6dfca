"""Who may see what: the one place that says what "approved member" and "moderator"
mean. Views use the decorators or mixins, templates and other apps the predicates,
querysets `members_only()`.

- anonymous visitors are sent to the login page;
- a signed-in person who is not an approved member gets a 403 page saying why
  (application pending or rejected, membership suspended, or no membership);
- moderators and editors must turn on two-factor authentication before they reach
  moderator pages or the Wagtail admin.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ObjectDoesNotExist
from django.shortcuts import redirect, render
from django.utils import formats
from django.utils.translation import gettext as _

from community.roles import EDITORS_GROUP, MODERATORS_GROUP

# Models are imported inside the functions that use them: other apps' models import
# this module while the app registry is still loading.


def two_factor_required_message() -> str:
    return _(
        "Moderators and editors must turn on two-factor authentication before "
        "they open moderator pages or the administration."
    )


def membership_of(user):
    """The person's Membership, or None (anonymous, or no application)."""
    if not (user and user.is_authenticated):
        return None
    try:
        return user.membership
    except ObjectDoesNotExist:
        return None


def is_approved_member(user) -> bool:
    """Signed in, active, approved and not suspended; superusers always count."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    membership = membership_of(user)
    if membership is not None and membership.is_suspended:
        return False
    if user.is_superuser:
        return True
    return membership is not None and membership.is_approved


def _group_names(user) -> frozenset[str]:
    """The user's group names, read once per request's user object: the predicates
    below ask for them several times on admin and moderator pages."""
    if not hasattr(user, "_community_group_names"):
        user._community_group_names = frozenset(
            user.groups.values_list("name", flat=True)
        )
    return user._community_group_names


def user_with_membership(user_id):
    """The user of a signed-in request with their membership, which every check
    here reads, in the same query; None when there is no such user. The
    authentication backends (community.auth_backends) load each request's user
    with it."""
    from django.contrib.auth import get_user_model

    users = get_user_model()._default_manager.select_related("membership")
    return users.filter(pk=user_id).first()


def _in_group(user, name: str) -> bool:
    return name in _group_names(user)


def is_moderator(user) -> bool:
    return is_approved_member(user) and (
        user.is_superuser or _in_group(user, MODERATORS_GROUP)
    )


def is_staff_role(user) -> bool:
    """Moderators and editors: the roles that must use two-factor authentication."""
    return bool(
        user
        and user.is_authenticated
        and (_in_group(user, MODERATORS_GROUP) or _in_group(user, EDITORS_GROUP))
    )


def has_two_factor(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(
        user=user, type=Authenticator.Type.TOTP
    ).exists()


def needs_two_factor_setup(user) -> bool:
    return is_staff_role(user) and not has_two_factor(user)


def denial_reason(user) -> str:
    """Why a signed-in person may not enter members' pages, in words for them."""
    membership = membership_of(user)
    if not user.is_active:
        return _("This account has been deactivated.")
    if membership is None:
        return _(
            "Your account is not a member of the Pomeranian Cluster Competence Group."
        )
    if membership.is_suspended:
        return _("Your membership is suspended until %(date)s. Reason: %(reason)s") % {
            "date": formats.date_format(membership.suspended_until),
            "reason": membership.suspension_reason,
        }
    if membership.is_pending:
        return _(
            "Your membership application is waiting for a moderator's decision. "
            "Members' pages open once it has been approved."
        )
    if membership.is_rejected:
        return _("Your membership application was rejected. Reason: %(reason)s") % {
            "reason": membership.rejection_reason
        }
    return _("Only moderators may open this page.")


def forbidden(request, reason: str):
    return render(
        request,
        "community/access_denied.html",
        {"reason": reason, "membership": membership_of(request.user)},
        status=403,
    )


def _guard(request, *, moderators_only: bool):
    """None when the request may go on, else the response that stops it."""
    user = request.user
    if not user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_approved_member(user):
        return forbidden(request, denial_reason(user))
    if moderators_only:
        if not is_moderator(user):
            return forbidden(request, _("Only moderators may open this page."))
        if needs_two_factor_setup(user):
            messages.warning(request, two_factor_required_message())
            return redirect("mfa_activate_totp")
    return None


def member_required(view):
    """Anonymous → login page; not an approved member → 403 page saying why."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        denied = _guard(request, moderators_only=False)
        return denied or view(request, *args, **kwargs)

    return wrapper


def moderator_required(view):
    """As member_required, then: not a moderator → 403; no two-factor
    authentication yet → sent to set it up."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        denied = _guard(request, moderators_only=True)
        return denied or view(request, *args, **kwargs)

    return wrapper


class MemberRequiredMixin:
    """member_required for class-based views."""

    moderators_only = False

    def dispatch(self, request, *args, **kwargs):
        denied = _guard(request, moderators_only=self.moderators_only)
        return denied or super().dispatch(request, *args, **kwargs)


class ModeratorRequiredMixin(MemberRequiredMixin):
    moderators_only = True


def members_only(queryset, user):
    """The queryset for approved members, nothing for anyone else."""
    return queryset if is_approved_member(user) else queryset.none()


def approved_member_users():
    from django.contrib.auth import get_user_model

    from community.models import Membership

    return get_user_model().objects.filter(
        is_active=True, membership__in=Membership.objects.approved()
    )
