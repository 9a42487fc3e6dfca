"""Members' pages: their home, the directory and a member's profile, and the public
"who we are" list."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from community.access import member_required
from community.forms import DirectoryFilterForm
from community.models import Membership, Profile

DIRECTORY_PAGE_SIZE = 24


@member_required
def members_home(request):
    return render(
        request,
        "community/home.html",
        {"member_count": Membership.objects.approved().count()},
    )


@member_required
def directory(request):
    members = Profile.objects.of_approved_members()
    form = DirectoryFilterForm(request.GET or None, initiatives=members.initiatives())
    if form.is_valid():
        members = (
            members.search(form.cleaned_data["q"])
            .in_initiative(form.cleaned_data["initiative"])
            .in_subregion(form.cleaned_data["subregion"])
        )
    page = Paginator(
        members.for_listing().order_by("user__last_name", "user__first_name"),
        DIRECTORY_PAGE_SIZE,
    ).get_page(request.GET.get("page"))
    return render(request, "community/directory.html", {"form": form, "page": page})


@member_required
def member_detail(request, pk: int):
    profile = get_object_or_404(
        Profile.objects.of_approved_members().for_listing(), pk=pk
    )
    return render(request, "community/member_detail.html", {"profile": profile})


def who_we_are(request):
    members = (
        Profile.objects.of_approved_members()
        .listed_publicly()
        .select_related("user", "initiative")
        .order_by("organisation", "user__last_name")
    )
    return render(request, "community/who_we_are.html", {"members": members})
