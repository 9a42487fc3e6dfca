"""Who a new post notifies, and of what."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.forum.models import Post
from community.forum_moderation.services.topics import topic_merge
from community.notifications.dispatch import post_published
from community.notifications.models import (
    CategoryWatch,
    Notification,
    TopicWatch,
    WatchLevel,
)
from community.notifications.watches import category_watch_set, topic_watch_set
from tests.community.factories import (
    approved_member,
    moderator,
    pending_applicant,
    suspended_member,
)
from tests.community.notifications.conftest import mention, quote

Kind = Notification.Kind


def kinds_for(post: Post) -> dict:
    return dict(
        Notification.objects.filter(post=post).values_list("recipient_id", "kind")
    )


def test_a_reply_notifies_the_topics_author(forum):
    author, replier = approved_member(), approved_member()
    topic = forum.topic(author=author)

    reply = forum.reply(topic=topic, author=replier)

    notification = Notification.objects.get(post=reply)
    assert (notification.recipient, notification.kind) == (author, Kind.REPLY)
    assert notification.actor == replier
    assert notification.topic == topic


def test_the_author_is_never_notified_of_their_own_post(forum):
    author = approved_member()
    topic = forum.topic(author=author)

    reply = forum.reply(
        topic=topic, author=author, text=f"Uzupełniam {mention(author)}"
    )

    assert not Notification.objects.filter(post=reply).exists()


def test_a_mention_notifies_the_member_mentioned(forum):
    author, mentioned, writer = approved_member(), approved_member(), approved_member()
    topic = forum.topic(author=author)

    reply = forum.reply(
        topic=topic, author=writer, text=f"{mention(mentioned)} co o tym sądzisz?"
    )

    assert kinds_for(reply) == {author.pk: Kind.REPLY, mentioned.pk: Kind.MENTION}


def test_a_quote_notifies_the_author_of_the_quoted_post(forum):
    author, first, second = approved_member(), approved_member(), approved_member()
    topic = forum.topic(author=author)
    quoted = forum.reply(
        topic=topic, author=first, text="Warsztaty w Gdyni były dobre."
    )

    reply = forum.reply(topic=topic, author=second, text=quote(quoted) + "Zgadzam się.")

    assert kinds_for(reply)[first.pk] == Kind.QUOTE


def test_a_mention_wins_over_a_quote_and_a_reply_for_one_person(forum):
    author, writer = approved_member(), approved_member()
    topic = forum.topic(author=author)
    opening = topic.posts.get(number=1)

    reply = forum.reply(
        topic=topic, author=writer, text=quote(opening) + f"{mention(author)} tak."
    )

    assert kinds_for(reply) == {author.pk: Kind.MENTION}


def test_watching_a_topic_notifies_of_every_post(forum):
    watcher, writer = approved_member(), approved_member()
    topic = forum.topic()
    topic_watch_set(user=watcher, topic=topic, level=WatchLevel.WATCHING)

    reply = forum.reply(topic=topic, author=writer)

    assert kinds_for(reply)[watcher.pk] == Kind.WATCHED


def test_watching_a_category_notifies_of_new_topics_and_replies(forum):
    watcher = approved_member()
    category = forum.category()
    category_watch_set(user=watcher, category=category, level=WatchLevel.WATCHING)

    topic = forum.topic(category=category)
    reply = forum.reply(topic=topic, author=approved_member())

    assert kinds_for(topic.posts.get(number=1))[watcher.pk] == Kind.WATCHED
    assert kinds_for(reply)[watcher.pk] == Kind.WATCHED


def test_tracking_and_normal_levels_do_not_notify_of_every_post(forum):
    tracker, normal = approved_member(), approved_member()
    topic = forum.topic()
    topic_watch_set(user=tracker, topic=topic, level=WatchLevel.TRACKING)
    topic_watch_set(user=normal, topic=topic, level=WatchLevel.NORMAL)

    reply = forum.reply(topic=topic, author=approved_member())

    assert tracker.pk not in kinds_for(reply)
    assert normal.pk not in kinds_for(reply)


def test_a_muted_topic_notifies_of_nothing_not_even_a_mention(forum):
    author, writer = approved_member(), approved_member()
    topic = forum.topic(author=author)
    topic_watch_set(user=author, topic=topic, level=WatchLevel.MUTED)

    reply = forum.reply(topic=topic, author=writer, text=f"{mention(author)} halo")

    assert kinds_for(reply) == {}


def test_a_muted_category_silences_its_topics_unless_a_topic_is_watched(forum):
    member = approved_member()
    category = forum.category()
    category_watch_set(user=member, category=category, level=WatchLevel.MUTED)
    quiet, followed = forum.topic(category=category), forum.topic(category=category)
    topic_watch_set(user=member, topic=followed, level=WatchLevel.WATCHING)

    in_quiet = forum.reply(topic=quiet, author=approved_member(), text=mention(member))
    in_followed = forum.reply(topic=followed, author=approved_member())

    assert member.pk not in kinds_for(in_quiet)
    assert kinds_for(in_followed)[member.pk] == Kind.WATCHED


def test_moderators_only_topics_never_notify_normal_members(forum):
    member, mod = approved_member(), moderator()
    category = forum.category(moderators_only=True)
    CategoryWatch.objects.create(user=member, category=category, level="watching")
    category_watch_set(user=mod, category=category, level=WatchLevel.WATCHING)
    topic = forum.topic(category=category, author=moderator())

    reply = forum.reply(
        topic=topic, author=moderator(), text=f"{mention(member)} {mention(mod)}"
    )

    assert member.pk not in kinds_for(reply)
    assert kinds_for(reply)[mod.pk] == Kind.MENTION


def test_suspended_and_pending_people_are_not_notified(forum):
    suspended, pending = suspended_member(), pending_applicant()
    topic = forum.topic()
    for person in (suspended, pending):
        TopicWatch.objects.create(user=person, topic=topic, level="watching")

    reply = forum.reply(topic=topic, author=approved_member())

    assert suspended.pk not in kinds_for(reply)
    assert pending.pk not in kinds_for(reply)


def test_authors_watch_their_topics_and_repliers_track_them(forum):
    author, replier = approved_member(), approved_member()
    topic = forum.topic(author=author)
    forum.reply(topic=topic, author=replier)

    assert TopicWatch.objects.get(user=author, topic=topic).level == "watching"
    assert TopicWatch.objects.get(user=replier, topic=topic).level == "tracking"


def test_replying_keeps_a_level_the_member_chose(forum):
    replier = approved_member()
    topic = forum.topic()
    topic_watch_set(user=replier, topic=topic, level=WatchLevel.MUTED)

    forum.reply(topic=topic, author=replier)

    assert TopicWatch.objects.get(user=replier, topic=topic).level == "muted"


def test_the_opening_post_notifies_its_author_of_later_replies_as_a_watcher(forum):
    author, writer = approved_member(), approved_member()
    topic = forum.topic(author=author)

    second = forum.reply(topic=topic, author=writer)

    # The author watches the topic, but one notification per post is enough.
    assert Notification.objects.filter(post=second, recipient=author).count() == 1


def test_fan_out_takes_the_same_queries_for_3_or_30_watchers(forum):
    def queries_for(watchers: int) -> int:
        topic = forum.topic()
        TopicWatch.objects.bulk_create(
            TopicWatch(user=approved_member(), topic=topic, level="watching")
            for _ in range(watchers)
        )
        reply = forum.reply(topic=topic, author=approved_member())
        Notification.objects.filter(post=reply).delete()
        with CaptureQueriesContext(connection) as captured:
            post_published(post=Post.objects.get(pk=reply.pk))
        assert Notification.objects.filter(post=reply).count() == watchers + 1
        return len(captured)

    assert queries_for(3) == queries_for(30)


def test_watchers_of_a_merged_topic_follow_the_topic_it_joined(forum):
    watcher, muted, writer = approved_member(), approved_member(), approved_member()
    source, target = forum.topic(), forum.topic()
    topic_watch_set(user=watcher, topic=source, level=WatchLevel.WATCHING)
    topic_watch_set(user=muted, topic=source, level=WatchLevel.WATCHING)
    topic_watch_set(user=muted, topic=target, level=WatchLevel.MUTED)

    topic_merge(moderator=moderator(), topic=source, into=target)
    reply = forum.reply(topic=target, author=writer)

    assert kinds_for(reply).get(watcher.pk) == Kind.WATCHED
    assert muted.pk not in kinds_for(reply)
    levels = dict(TopicWatch.objects.filter(topic=target).values_list("user", "level"))
    assert levels[watcher.pk] == WatchLevel.WATCHING
    assert levels[muted.pk] == WatchLevel.MUTED
    assert levels[source.author_id] == WatchLevel.WATCHING
