"""A member's public face: what other members (and, if they opt in, visitors) see."""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from knowledge_base.models import ClusterInitiativePage, Subregion

INITIATIVE_NAME_CONTRADICTS_CHOICE = _(
    "Leave the name empty when you choose an initiative from the list, or choose "
    '"other" to type it.'
)


def avatar_upload_path(profile: "Profile", filename: str) -> str:
    """A random name: the uploaded file's name may say more than it should."""
    return f"avatars/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()}"


class ProfileQuerySet(models.QuerySet):
    def of_approved_members(self):
        from community.models.membership import Membership

        return self.filter(
            user__is_active=True, user__membership__in=Membership.objects.approved()
        )

    def listed_publicly(self):
        return self.filter(listed_publicly=True)

    def search(self, query: str):
        query = query.strip()
        if not query:
            return self
        return self.filter(
            Q(display_name__icontains=query)
            | Q(user__first_name__icontains=query)
            | Q(user__last_name__icontains=query)
            | Q(organisation__icontains=query)
        )

    def in_initiative(self, initiative: ClusterInitiativePage | None):
        return self.filter(initiative=initiative) if initiative else self

    def in_subregion(self, subregion: Subregion | None):
        """Members of an initiative in the subregion, and members without a linked
        initiative who chose it themselves."""
        if not subregion:
            return self
        return self.filter(
            Q(initiative__subregion=subregion)
            | Q(initiative__isnull=True, subregion=subregion)
        )

    def for_listing(self):
        """With everything a list of members shows, in a constant number of
        queries."""
        return self.select_related("user", "subregion", "initiative__subregion")

    def initiatives(self):
        """The knowledge base's initiatives these members are linked to."""
        return (
            ClusterInitiativePage.objects.filter(member_profiles__in=self)
            .distinct()
            .order_by("title")
        )


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        _("display name"),
        max_length=120,
        blank=True,
        help_text=_("Shown to other members; your full name if left empty."),
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    initiative = models.ForeignKey(
        ClusterInitiativePage,
        verbose_name=_("cluster initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_profiles",
        help_text=_("The cluster initiative you coordinate or belong to."),
    )
    cluster_initiative = models.CharField(
        _("other cluster initiative"),
        max_length=200,
        blank=True,
        help_text=_("Its name, when it is not in the knowledge base (yet)."),
    )
    position = models.CharField(_("position"), max_length=120, blank=True)
    subregion = models.ForeignKey(
        Subregion,
        verbose_name=_("subregion"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_profiles",
        help_text=_(
            "For members of an initiative that is not in the list; otherwise the "
            "initiative's subregion is shown."
        ),
    )
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    avatar = models.ImageField(
        _("avatar"), upload_to=avatar_upload_path, blank=True, max_length=200
    )
    website_url = models.URLField(_("website"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn profile"), blank=True)
    show_email_to_members = models.BooleanField(
        _("show my e-mail address to other members"), default=False
    )
    listed_publicly = models.BooleanField(
        _('list me on the public "Who we are" page'),
        default=False,
        help_text=_("Only your name, organisation and cluster initiative are shown."),
    )

    objects = ProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")
        ordering = ["display_name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("community:member_detail", kwargs={"pk": self.pk})

    def clean(self):
        if self.initiative_id is None:
            return
        if self.cluster_initiative.strip().casefold() not in (
            "",
            self.initiative.title.casefold(),
        ):
            raise ValidationError(
                {"cluster_initiative": INITIATIVE_NAME_CONTRADICTS_CHOICE}
            )
        self.cluster_initiative = ""
        # A linked initiative brings its own subregion; a second could contradict it.
        self.subregion = None

    @property
    def initiative_name(self) -> str:
        """The linked initiative's title, or the name typed for another one."""
        return self.initiative.title if self.initiative else self.cluster_initiative

    @property
    def effective_subregion(self) -> Subregion | None:
        """The linked initiative's subregion; for the others, the one they chose."""
        return self.initiative.subregion if self.initiative else self.subregion

    @property
    def name(self) -> str:
        return (
            self.display_name
            or self.user.get_full_name()
            or str(_("Member %(number)s") % {"number": self.pk})
        )
