"""A post's earlier texts, for moderators."""

from django.shortcuts import render

from community.access import moderator_required
from community.forum.views.lookups import visible_post


@moderator_required
def revisions(request, pk):
    post = visible_post(request, pk)
    return render(
        request,
        "forum/post_revisions.html",
        {
            "post": post,
            "topic": post.topic,
            "revisions": post.revisions.select_related("edited_by__profile"),
        },
    )
