"""What a suspended member meets when they try to come in."""

from django.shortcuts import render


def suspended_response(request, membership):
    return render(
        request,
        "community/suspended.html",
        {
            "until": membership.suspended_until,
            "reason": membership.suspension_reason,
        },
        status=403,
    )
