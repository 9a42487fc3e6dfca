"""Moderators lock, pin, move and merge topics."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from community.access import moderator_required
from community.forum.models import Topic
from community.forum_moderation.forms import MergeForm, MoveForm, OptionalReasonForm
from community.forum_moderation.services import topics as services
from community.forum_moderation.views.forms import form_errors_from

SWITCHES = {
    "unlock": (
        services.topic_unlock,
        gettext_lazy("The topic is open for replies again."),
    ),
    "pin": (services.topic_pin, gettext_lazy("The topic is pinned.")),
    "unpin": (services.topic_unpin, gettext_lazy("The topic is no longer pinned.")),
}


def _topic(pk: int) -> Topic:
    return get_object_or_404(
        Topic.objects.select_related("category").filter(merged_into__isnull=True),
        pk=pk,
    )


def _form_page(request, *, topic, form, template: str, act, done: str):
    """Show the form; on a valid POST call `act(cleaned_data)`, which returns the
    topic to go back to, with `done` as the message."""
    if form.is_valid():
        try:
            result = act(form.cleaned_data)
        except ValidationError as error:
            form_errors_from(form, error)
        else:
            messages.success(request, done)
            return redirect(result.get_absolute_url())
    return render(request, template, {"form": form, "topic": topic})


@moderator_required
def lock(request, pk: int):
    topic = _topic(pk)
    return _form_page(
        request,
        topic=topic,
        form=OptionalReasonForm(request.POST or None),
        template="forum/moderation/lock.html",
        act=lambda data: services.topic_lock(
            moderator=request.user, topic=topic, reason=data["reason"]
        ),
        done=_("The topic is locked: no one can reply."),
    )


@moderator_required
@require_POST
def switch(request, pk: int, change: str):
    topic = _topic(pk)
    act, done = SWITCHES[change]
    act(moderator=request.user, topic=topic, reason=request.POST.get("reason", ""))
    messages.success(request, done)
    return redirect(topic.get_absolute_url())


@moderator_required
def move(request, pk: int):
    topic = _topic(pk)
    form = MoveForm(request.POST or None, initial={"category": topic.category})
    return _form_page(
        request,
        topic=topic,
        form=form,
        template="forum/moderation/move.html",
        act=lambda data: services.topic_move(
            moderator=request.user,
            topic=topic,
            category=data["category"],
            reason=data["reason"],
        ),
        done=_("The topic has been moved."),
    )


@moderator_required
def merge(request, pk: int):
    topic = _topic(pk)
    return _form_page(
        request,
        topic=topic,
        form=MergeForm(request.POST or None),
        template="forum/moderation/merge.html",
        # Goes on to the topic that now holds the posts.
        act=lambda data: services.topic_merge(
            moderator=request.user,
            topic=topic,
            into=data["into"],
            reason=data["reason"],
        ),
        done=_("The topics have been merged."),
    )
