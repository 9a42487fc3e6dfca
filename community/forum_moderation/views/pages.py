"""The moderators' own pages: the queue of flagged posts and the audit log."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.access import moderator_required
from community.forum.models import Post
from community.forum_moderation.selectors import flagged_posts, log_entries
from community.forum_moderation.services.posts import post_flags_dismiss

QUEUE_PAGE_SIZE = 25
LOG_PAGE_SIZE = 50


@moderator_required
def queue(request):
    page = Paginator(flagged_posts(), QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "forum/moderation/queue.html", {"page_obj": page})


@moderator_required
def log(request):
    page = Paginator(log_entries(), LOG_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "forum/moderation/log.html", {"page_obj": page})


@moderator_required
@require_POST
def flags_dismiss(request, pk: int):
    post = get_object_or_404(Post, pk=pk)
    try:
        post_flags_dismiss(
            moderator=request.user, post=post, reason=request.POST.get("reason", "")
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The flags on this post have been dismissed."))
    return redirect("forum:forum_moderation:queue")
