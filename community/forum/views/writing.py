"""Writing in the forum: new topics, replies (with preview and quotes), edits (the
opening post's edit can rename the topic) and deletions. Each form has a second
button that shows a preview without posting, so it works without JavaScript; a
refused post comes back with the typed text kept."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from community import identity
from community.access import forbidden, member_required
from community.forum import permissions, ratelimit
from community.forum.forms import (
    OpeningPostEditForm,
    PostEditForm,
    ReplyForm,
    TopicForm,
)
from community.forum.services.posts import post_create, post_delete, post_edit
from community.forum.services.publishing import body_render
from community.forum.services.topics import topic_create
from community.forum.views.browse import post_url
from community.forum.views.lookups import visible_category, visible_post, visible_topic

RATE_LIMIT_MESSAGE = gettext_lazy(
    "You are posting too fast: at most %(count)d posts in %(minutes)d minutes. "
    "Your text is kept below; send it again in a moment."
)


def _preview(request, form) -> str:
    """The sanitized HTML the post would get, or "" (errors go onto the form)."""
    try:
        return body_render(
            author=request.user, text=form.cleaned_data["body_markdown"]
        ).html
    except ValidationError as error:
        _errors_onto_form(form, error)
        return ""


def _errors_onto_form(form, error: ValidationError) -> None:
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, messages_ in error.message_dict.items():
        form.add_error(field if field in form.fields else None, messages_)


def _rate_limited(request, form) -> bool:
    if ratelimit.posting_allowed(request.user):
        return False
    form.rate_limited = True
    form.add_error(
        None,
        RATE_LIMIT_MESSAGE
        % {
            "count": ratelimit.POSTS_PER_WINDOW,
            "minutes": ratelimit.WINDOW_SECONDS // 60,
        },
    )
    return True


def _submitted(request, form) -> tuple[bool, str]:
    """(go ahead and post, preview HTML) for a bound, valid form."""
    if "preview" in request.POST:
        return False, _preview(request, form)
    return not _rate_limited(request, form), ""


@member_required
def topic_new(request, slug):
    category = visible_category(request, slug)
    if not permissions.can_create_topic(request.user, category):
        return forbidden(request, _("You may not start a topic in this category."))
    form = TopicForm(request.POST or None, request.FILES or None)
    preview = ""
    if request.method == "POST" and form.is_valid():
        go, preview = _submitted(request, form)
        if go:
            try:
                topic = topic_create(
                    author=request.user,
                    category=category,
                    title=form.cleaned_data["title"],
                    body_markdown=form.cleaned_data["body_markdown"],
                    uploads=form.cleaned_data.get("uploads", ()),
                )
            except ValidationError as error:
                _errors_onto_form(form, error)
            else:
                return HttpResponseRedirect(topic.get_absolute_url())
    return render(
        request,
        "forum/topic_form.html",
        {
            "category": category,
            "form": form,
            "preview": preview,
            "files_dropped": _files_dropped(request),
        },
        status=_status(form),
    )


def _files_dropped(request) -> bool:
    """Whether files were sent with a form that comes back (a preview, an error):
    no browser keeps chosen files across a reload, so the form says so."""
    return bool(request.FILES.getlist("attachments"))


def _status(form) -> int:
    """429 tells scripts they were too fast; people read the message."""
    return 429 if getattr(form, "rate_limited", False) else 200


def _quote(request, topic) -> str:
    """The Markdown of a quoted post for the reply form's first lines."""
    try:
        post = visible_post(request, int(request.GET.get("cytat", "")))
    except (ValueError, Http404):  # a missing quote is simply left out
        return ""
    if post.topic_id != topic.pk or post.deleted_at or post.is_hidden:
        return ""
    name = identity.member_name(post.author).replace("[", "(").replace("]", ")")
    header = _("%(name)s wrote") % {"name": name}
    lines = [f"> [{header}]({post.get_absolute_url()}):", ">"]
    lines += [f"> {line}" if line else ">" for line in post.body_markdown.splitlines()]
    return "\n".join(lines) + "\n\n"


@member_required
def reply(request, pk):
    topic = visible_topic(request, pk)
    if not permissions.can_reply(request.user, topic):
        return forbidden(request, _("This topic is closed for replies."))
    if request.method == "POST":
        form = ReplyForm(request.POST, request.FILES)
    else:
        form = ReplyForm(initial={"body_markdown": _quote(request, topic)})
    preview = ""
    if request.method == "POST" and form.is_valid():
        go, preview = _submitted(request, form)
        if go:
            try:
                post = post_create(
                    author=request.user,
                    topic=topic,
                    body_markdown=form.cleaned_data["body_markdown"],
                    uploads=form.cleaned_data.get("uploads", ()),
                )
            except ValidationError as error:
                _errors_onto_form(form, error)
            else:
                return HttpResponseRedirect(post_url(post))
    return render(
        request,
        "forum/reply_form.html",
        {
            "topic": topic,
            "category": topic.category,
            "form": form,
            "preview": preview,
            "files_dropped": _files_dropped(request),
        },
        status=_status(form),
    )


@member_required
def edit(request, pk):
    post = visible_post(request, pk)
    if not permissions.can_edit_post(request.user, post):
        return forbidden(request, _edit_refusal(request.user, post))
    form_class = OpeningPostEditForm if post.number == 1 else PostEditForm
    form = form_class(
        request.POST or None,
        initial={"body_markdown": post.body_markdown, "title": post.topic.title},
    )
    preview = ""
    if request.method == "POST" and form.is_valid():
        if "preview" in request.POST:
            preview = _preview(request, form)
        else:
            try:
                post_edit(
                    editor=request.user,
                    post=post,
                    body_markdown=form.cleaned_data["body_markdown"],
                    title=form.cleaned_data.get("title"),  # None: not the opening post
                )
            except ValidationError as error:
                _errors_onto_form(form, error)
            else:
                messages.success(request, _("Your changes are saved."))
                return HttpResponseRedirect(post_url(post))
    return render(
        request,
        "forum/post_edit.html",
        {"post": post, "topic": post.topic, "form": form, "preview": preview},
    )


def _edit_refusal(user, post) -> str:
    if post.author_id == user.pk and not (post.deleted_at or post.is_hidden):
        return _("The time for editing this post has passed.")
    return _("You may not edit this post.")


@member_required
@require_POST
def delete(request, pk):
    post = visible_post(request, pk)
    try:
        post_delete(user=request.user, post=post)
    except PermissionDenied as error:
        return forbidden(request, str(error))
    messages.success(request, _("The post is deleted."))
    return HttpResponseRedirect(post_url(post))
