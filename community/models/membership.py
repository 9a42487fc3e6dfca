"""A person's membership of the Competence Group: their application, the moderator's
decision and any suspension. The status here is the one source of "approved member"
(see community.access)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MembershipRole(models.TextChoices):
    """The applicant's role in their cluster initiative."""

    COORDINATOR = "coordinator", _("Coordinator of the initiative")
    TEAM = "team", _("Member of the coordinating team")
    MEMBER_ORGANISATION = "member_organisation", _("Representative of a member")
    SUPPORT_INSTITUTION = "support_institution", _("Business support institution")
    OTHER = "other", _("Other")


class MembershipQuerySet(models.QuerySet):
    def approved(self):
        """Approved and not suspended today: the members who may use members' pages."""
        return self.filter(status=Membership.Status.APPROVED).exclude(
            suspended_until__gte=timezone.localdate()
        )

    def pending(self):
        return self.filter(status=Membership.Status.PENDING)

    def awaiting_decision(self):
        """Pending applications whose e-mail address has been verified."""
        return self.pending().filter(
            user__emailaddress__verified=True, user__emailaddress__primary=True
        )

    def suspended(self):
        return self.filter(suspended_until__gte=timezone.localdate())


class Membership(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting a moderator's decision")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    class Source(models.TextChoices):
        APPLICATION = "application", _("Application")
        INVITATION = "invitation", _("Invitation")
        OPERATOR = "operator", _("Added by an operator")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    source = models.CharField(
        _("joined through"),
        max_length=20,
        choices=Source.choices,
        default=Source.APPLICATION,
    )
    role = models.CharField(
        _("role in the initiative"),
        max_length=30,
        choices=MembershipRole.choices,
        blank=True,
    )
    motivation = models.TextField(_("why they want to join"), blank=True)
    rules_accepted_at = models.DateTimeField(
        _("rules accepted at"), null=True, blank=True
    )
    privacy_accepted_at = models.DateTimeField(
        _("privacy policy accepted at"), null=True, blank=True
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the e-mails sent to this person."),
    )
    applied_at = models.DateTimeField(_("applied at"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    suspended_until = models.DateField(_("suspended until"), null=True, blank=True)
    suspension_reason = models.TextField(_("reason for suspension"), blank=True)
    suspended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("suspended by"),
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["applied_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="rejected") | ~Q(rejection_reason=""),
                name="community_membership_rejection_has_reason",
            ),
            models.CheckConstraint(
                condition=Q(suspended_until__isnull=True) | ~Q(suspension_reason=""),
                name="community_membership_suspension_has_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_status_display()})"

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def is_rejected(self) -> bool:
        return self.status == self.Status.REJECTED

    @property
    def is_suspended(self) -> bool:
        return (
            self.suspended_until is not None
            and self.suspended_until >= timezone.localdate()
        )
