"""Forms of the community app. They only read and validate input; services write."""

from allauth.account.forms import (
    ChangePasswordForm,
    ResetPasswordKeyForm,
    SetPasswordForm,
    SignupForm,
)
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import (
    password_validators_help_texts,
    validate_password,
)
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community.avatars import avatar_prepare
from community.models import MembershipRole, Profile
from community.models.profile import INITIATIVE_NAME_CONTRADICTS_CHOICE
from knowledge_base.models import ClusterInitiativePage, Subregion

RULES_LABEL = _("I accept the rules of the Competence Group and its members' forum.")
PRIVACY_LABEL = _(
    "I have read the privacy policy and agree to the processing of my personal "
    "data for the purposes of membership."
)


class PlainPasswordHelp:
    """Django's password rules as plain sentences: the site's field markup puts help
    text in a paragraph, which cannot hold allauth's HTML list."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "password1" in self.fields:
            self.fields["password1"].help_text = " ".join(
                password_validators_help_texts()
            )


class PasswordChangeForm(PlainPasswordHelp, ChangePasswordForm):
    pass


class PasswordResetForm(PlainPasswordHelp, ResetPasswordKeyForm):
    pass


class PasswordSetForm(PlainPasswordHelp, SetPasswordForm):
    pass


class _NameFields(forms.Form):
    first_name = forms.CharField(
        label=_("First name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Last name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )


class _InitiativeFields(forms.Form):
    """The cluster initiative: one of the knowledge base's, or another typed by
    name."""

    initiative_required = True

    initiative = forms.ModelChoiceField(
        label=_("Cluster initiative"),
        # Initiatives are written in Polish first; translations are the same ones.
        queryset=ClusterInitiativePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("title"),
        required=False,
        empty_label=_("other (type its name)"),
        help_text=_("The cluster initiative you coordinate or belong to."),
    )
    cluster_initiative = forms.CharField(
        label=_("Name of the initiative, if it is not in the list"),
        max_length=200,
        required=False,
    )

    def clean(self):
        data = super().clean()
        initiative = data.get("initiative")
        name = data.get("cluster_initiative", "")
        if initiative is not None:
            if name and name.casefold() != initiative.title.casefold():
                self.add_error("cluster_initiative", INITIATIVE_NAME_CONTRADICTS_CHOICE)
            else:
                data["cluster_initiative"] = ""
        elif self.initiative_required and not name:
            self.add_error(
                "cluster_initiative",
                _("Choose your initiative from the list, or type its name."),
            )
        return data


class _MembershipFields(_InitiativeFields):
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    accept_rules = forms.BooleanField(label=RULES_LABEL)
    accept_privacy = forms.BooleanField(label=PRIVACY_LABEL)


class ApplicationSignupForm(
    PlainPasswordHelp, _NameFields, _MembershipFields, SignupForm
):
    """allauth's sign-up form plus the membership application."""

    role = forms.ChoiceField(
        label=_("Your role in the initiative"),
        choices=[("", "—"), *MembershipRole.choices],
    )
    motivation = forms.CharField(
        label=_("Why do you want to join?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    field_order = [
        "email",
        "first_name",
        "last_name",
        "password1",
        "password2",
        "organisation",
        "initiative",
        "cluster_initiative",
        "role",
        "motivation",
        "accept_rules",
        "accept_privacy",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(self.field_order)

    def application_data(self) -> dict:
        data = self.cleaned_data
        return {
            "organisation": data["organisation"],
            "initiative": data["initiative"],
            "cluster_initiative": data["cluster_initiative"],
            "role": data["role"],
            "motivation": data["motivation"],
            "rules_accepted": data["accept_rules"],
            "privacy_accepted": data["accept_privacy"],
        }


class InvitationAcceptForm(_NameFields, _MembershipFields):
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Password (again)"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    field_order = [
        "first_name",
        "last_name",
        "password1",
        "password2",
        "organisation",
        "initiative",
        "cluster_initiative",
        "accept_rules",
        "accept_privacy",
    ]

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        data = super().clean()
        password = data.get("password1")
        if password and password != data.get("password2"):
            self.add_error("password2", _("You must type the same password each time."))
        elif password:
            User = get_user_model()
            candidate = User(
                email=self.email,
                username=self.email,
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
            )
            try:
                validate_password(password, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address of the person to invite"),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )


class RejectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for rejection"),
        max_length=2000,
        help_text=_("The applicant receives it by e-mail and sees it on their page."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class SuspensionForm(forms.Form):
    until = forms.DateField(
        label=_("Suspended until (inclusive)"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        help_text=_("The member receives it by e-mail and sees it when signing in."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean_until(self):
        until = self.cleaned_data["until"]
        if until < timezone.localdate():
            raise forms.ValidationError(_("The date must not be in the past."))
        return until


class ProfileForm(_InitiativeFields, forms.ModelForm):
    initiative_required = False

    website_url = forms.URLField(
        label=_("Website"), required=False, assume_scheme="https"
    )
    linkedin_url = forms.URLField(
        label=_("LinkedIn profile"), required=False, assume_scheme="https"
    )
    avatar_upload = forms.FileField(
        label=_("Avatar"),
        required=False,
        help_text=_(
            "A JPEG, PNG, WebP or GIF image up to 5 MB; it is cropped to a square."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}
        ),
    )
    avatar_remove = forms.BooleanField(label=_("Remove my avatar"), required=False)

    class Meta:
        model = Profile
        fields = [
            "display_name",
            "organisation",
            "initiative",
            "cluster_initiative",
            "position",
            "subregion",
            "bio",
            "website_url",
            "linkedin_url",
            "show_email_to_members",
            "listed_publicly",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 5})}

    def clean_avatar_upload(self):
        upload = self.cleaned_data.get("avatar_upload")
        return avatar_prepare(upload) if upload else None


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name or organisation"), required=False)
    initiative = forms.ModelChoiceField(
        label=_("Cluster initiative"),
        queryset=ClusterInitiativePage.objects.none(),
        required=False,
        empty_label=_("All initiatives"),
    )
    subregion = forms.ModelChoiceField(
        label=_("Subregion"),
        queryset=Subregion.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All subregions"),
    )

    def __init__(self, *args, initiatives, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["initiative"].queryset = initiatives


class AccountDeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "I understand that my account and my personal data will be deleted "
            "and cannot be restored."
        )
    )
