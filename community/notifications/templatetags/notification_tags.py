from django import template

from community.notifications.models import WATCH_LEVEL_HELP, WatchLevel
from community.notifications.selectors import unread_notification_count
from community.notifications.watches import category_watch_level, topic_watch_level

register = template.Library()


@register.simple_tag
def watch_levels():
    """[(value, label, help)] for a watch level form."""
    return [(level.value, level.label, WATCH_LEVEL_HELP[level]) for level in WatchLevel]


@register.simple_tag
def topic_watch_level_of(topic, user) -> str:
    return topic_watch_level(user=user, topic=topic).value


@register.simple_tag
def category_watch_level_of(category, user) -> str:
    return category_watch_level(user=user, category_id=category.pk).value


@register.simple_tag(takes_context=True)
def unread_notifications(context) -> int:
    """The header's badge count, counted once per request."""
    request = context.get("request")
    user = context.get("user")
    if request is None or user is None:
        return 0
    if not hasattr(request, "_unread_notifications"):
        request._unread_notifications = unread_notification_count(user)
    return request._unread_notifications
