"""The bridge's two buttons: "Discuss with members" on a practice page and
"Propose as a good practice" on a topic. POST only."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.access import member_required
from community.forum.bridge import practice_discussion_open, practice_propose
from community.forum.models import Topic
from knowledge_base.models import GoodPracticePage


@member_required
@require_POST
def practice_discuss(request, practice_pk: int):
    practice = get_object_or_404(GoodPracticePage.objects.live(), pk=practice_pk)
    try:
        topic = practice_discussion_open(user=request.user, practice=practice)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(practice.url)
    return redirect(topic.get_absolute_url())


@member_required
@require_POST
def topic_propose(request, pk: int):
    topic = get_object_or_404(Topic.objects.visible_to(request.user), pk=pk)
    try:
        practice_propose(user=request.user, topic=topic)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _(
                "Thank you. The draft good practice has been sent to the experts "
                "for review."
            ),
        )
    return redirect(topic.get_absolute_url())
