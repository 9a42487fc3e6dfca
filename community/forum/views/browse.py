"""Reading the forum: categories, topic lists, a topic's posts."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import access
from community.access import member_required
from community.forum import permissions
from community.forum.forms import ReplyForm
from community.forum.models import Category, Topic
from community.forum.selectors import page_of_post, posts_page, topics_page
from community.forum.services.reading import (
    all_mark_read,
    first_unread_number,
    topic_visit,
)
from community.forum.views.lookups import (
    visible_category,
    visible_post,
    visible_topic,
    visible_topic_for_page,
)


def post_url(post) -> str:
    """The topic page that shows the post, with its anchor."""
    url = reverse("forum:topic", kwargs={"pk": post.topic_id})
    page = page_of_post(post.number)
    return f"{url}{f'?page={page}' if page > 1 else ''}#post-{post.number}"


@member_required
def index(request):
    categories = Category.objects.visible_to(request.user)
    return render(request, "forum/index.html", {"categories": categories})


@member_required
def latest(request):
    topics = Topic.objects.visible_to(request.user).latest_first()
    page = topics_page(
        user=request.user, topics=topics, page_number=request.GET.get("page")
    )
    return render(request, "forum/latest.html", {"page": page})


@member_required
def category_detail(request, slug):
    category = visible_category(request, slug)
    topics = Topic.objects.visible_to(request.user).in_category(category)
    page = topics_page(
        user=request.user, topics=topics, page_number=request.GET.get("page")
    )
    return render(
        request,
        "forum/category.html",
        {
            "category": category,
            "page": page,
            "can_create_topic": permissions.can_create_topic(request.user, category),
        },
    )


@member_required
def topic_detail(request, pk):
    topic = visible_topic_for_page(request, pk)
    if topic.merged_into_id:
        return redirect(topic.merged_into)
    page = posts_page(
        user=request.user, topic=topic, page_number=request.GET.get("page")
    )
    topic_visit(
        user=request.user, topic=topic, last_number_shown=page[-1].number if page else 0
    )
    return render(
        request,
        "forum/topic.html",
        {
            "topic": topic,
            "category": topic.category,
            "page": page,
            "reply_form": ReplyForm()
            if permissions.can_reply(request.user, topic)
            else None,
            "watch_level": topic.watch_level,
            # Asked once here rather than in every post's template.
            "reader_is_moderator": access.is_moderator(request.user),
            "reader_is_member": access.is_approved_member(request.user),
            "can_mark_solution": permissions.can_mark_solution(request.user, topic),
            "can_see_revisions": permissions.can_see_revisions(request.user),
            "can_see_hidden_text": permissions.can_see_hidden_text(request.user),
        },
    )


@member_required
def topic_first_unread(request, pk):
    topic = visible_topic(request, pk)
    number = first_unread_number(user=request.user, topic=topic)
    post = topic.posts.filter(number__lte=number).order_by("-number").first()
    return HttpResponseRedirect(post_url(post) if post else topic.get_absolute_url())


@member_required
def post_detail(request, pk):
    return HttpResponseRedirect(post_url(visible_post(request, pk)))


@member_required
@require_POST
def mark_all_read(request):
    all_mark_read(user=request.user)
    messages.success(request, _("Everything is marked as read."))
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return HttpResponseRedirect(target)
    return redirect("forum:index")
