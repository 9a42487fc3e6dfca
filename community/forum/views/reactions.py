"""Marking a post helpful, and a reply as the solution of a question (POST only)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.access import forbidden, member_required
from community.forum.services.posts import post_helpful_toggle, topic_solution_set
from community.forum.views.browse import post_url
from community.forum.views.lookups import visible_post


@member_required
@require_POST
def helpful(request, pk):
    post = visible_post(request, pk)
    try:
        post_helpful_toggle(user=request.user, post=post)
    except PermissionDenied as error:
        return forbidden(request, str(error))
    return HttpResponseRedirect(post_url(post))


@member_required
@require_POST
def solution(request, pk):
    """Mark the post as the solution; `remove` takes the mark away."""
    post = visible_post(request, pk)
    topic = post.topic
    try:
        if "remove" in request.POST:
            topic_solution_set(user=request.user, topic=topic, post=None)
            messages.success(request, _("The solution mark is removed."))
        else:
            topic_solution_set(user=request.user, topic=topic, post=post)
            messages.success(request, _("The reply is marked as the solution."))
    except PermissionDenied as error:
        return forbidden(request, str(error))
    return HttpResponseRedirect(post_url(post))
