"""A member's public face: what other members (and, if they opt in, visitors) see."""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Subregion(models.TextChoices):
    """The subregions of the Pomorskie voivodeship (NUTS 3)."""

    TROJMIEJSKI = "trojmiejski", _("Tri-City (trójmiejski)")
    GDANSKI = "gdanski", _("Gdańsk (gdański)")
    SLUPSKI = "slupski", _("Słupsk (słupski)")
    CHOJNICKI = "chojnicki", _("Chojnice (chojnicki)")
    STAROGARDZKI = "starogardzki", _("Starogard (starogardzki)")


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

    def in_initiative(self, initiative: str):
        if not initiative:
            return self
        return self.filter(cluster_initiative__iexact=initiative)

    def in_subregion(self, subregion: str):
        return self.filter(subregion=subregion) if subregion else self

    def initiatives(self) -> list[str]:
        return list(
            self.exclude(cluster_initiative="")
            .order_by("cluster_initiative")
            .values_list("cluster_initiative", flat=True)
            .distinct()
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
    cluster_initiative = models.CharField(
        _("cluster initiative"),
        max_length=200,
        blank=True,
        help_text=_("The cluster initiative you coordinate or belong to."),
    )
    position = models.CharField(_("position"), max_length=120, blank=True)
    subregion = models.CharField(
        _("subregion"), max_length=20, choices=Subregion.choices, blank=True
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

    @property
    def name(self) -> str:
        return (
            self.display_name
            or self.user.get_full_name()
            or str(_("Member %(number)s") % {"number": self.pk})
        )
