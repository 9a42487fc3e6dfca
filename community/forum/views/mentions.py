"""Members' handles for the @mention autocomplete (members only, JSON). Shows
names and handles, never e-mail addresses. It only reads: every member is given a
handle when they become one."""

from django.db.models import Q
from django.http import JsonResponse

from community import identity
from community.access import member_required
from community.models import Profile

SUGGESTIONS = 8


@member_required
def mention_suggestions(request):
    query = request.GET.get("q", "").strip().lstrip("@")[:60]
    if not query:
        return JsonResponse({"results": []})
    by_name = Profile.objects.search(query).values("pk")
    profiles = list(
        Profile.objects.of_approved_members()
        .filter(Q(user__forum_handle__handle__istartswith=query) | Q(pk__in=by_name))
        .filter(user__forum_handle__isnull=False)
        .select_related("user__profile", "user__forum_handle")
        .order_by("display_name", "pk")[:SUGGESTIONS]
    )
    results = [
        {"handle": p.user.forum_handle.handle, "name": identity.member_name(p.user)}
        for p in profiles
    ]
    return JsonResponse({"results": results})
