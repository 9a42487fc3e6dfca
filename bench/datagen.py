"""The benchmark's database: the demo content plus 10 000 good practices, 200
cluster initiatives, 500 events and 2 000 forum topics with 50 000 posts, then the
search index and vocabulary. Run by bench/http.py in a process of its own with
config.settings.bench; prints one JSON line with what the load needs.

Pages are written straight into the tree's tables (Wagtail's add_child and a
revision per page would take an hour); forum posts with bulk inserts. The text is
recombined from the demo's practices, so sizes and words are realistic.
"""

import html
import io
import random
import time

from django.core.management import call_command
from django.db import connection, models, transaction
from django.db.models import Count, Max, OuterRef, Subquery
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Page

from bench.search_latency import _segment

RNG = random.Random(2009)  # noqa: S311 - repeatable data, not secrets
# The forum allows 6 posts per member in 2 minutes: enough members for a paced and
# a closed-loop write run (bench/forum_writes.py).
POSTERS = 400


def _seeds() -> list[dict]:
    from knowledge_base.demo import practices_key, practices_local

    return practices_key.PRACTICES + practices_local.PRACTICES


def _tree_fields(parent: Page, number: int, slug: str) -> dict:
    return {
        "slug": slug,
        "path": parent.path + _segment(number),
        "depth": parent.depth + 1,
        "numchild": 0,
        "url_path": f"{parent.url_path}{slug}/",
        "locale_id": parent.locale_id,
        "live": True,
        "first_published_at": timezone.now(),
        "last_published_at": timezone.now(),
    }


def _add_children(parent: Page, count: int, build) -> list[Page]:
    """`count` live children of `parent`, each from build(number, tree_fields)."""
    start = parent.get_children().count() + 1
    pages = []
    for number in range(start, start + count):
        page = build(number, lambda slug, n=number: _tree_fields(parent, n, slug))
        page.draft_title = page.title
        models.Model.save(page)  # no tree maintenance, no revision
        pages.append(page)
    Page.objects.filter(pk=parent.pk).update(numchild=start + count - 1)
    return pages


def practices_add(count: int) -> list[Page]:
    from knowledge_base.models import (
        ClusterInitiativePage,
        FundingSource,
        GoodPracticePage,
        PracticeIndexPage,
        Sector,
        Subregion,
        Topic,
    )

    index = PracticeIndexPage.objects.get(locale__language_code="pl")
    seeds = _seeds()
    sectors, subregions = list(Sector.objects.all()), list(Subregion.objects.all())
    fundings, topics = list(FundingSource.objects.all()), list(Topic.objects.all())
    initiatives = list(ClusterInitiativePage.objects.filter(locale=index.locale))

    def build(number, tree):
        first, second = RNG.sample(seeds, 2)
        start = 2009 + number % 15
        return GoodPracticePage(
            title=f"{first['title']} ({number})",
            summary=first["summary"],
            challenge=second["challenge"],
            solution=first["solution"],
            results=second["results"],
            lessons=first.get("lessons", ""),
            transferability=second.get("transferability", ""),
            timescale_start=start,
            timescale_end=start + number % 4,
            organisation=first.get("organisation", "Stowarzyszenie klastrowe"),
            cluster_type=RNG.choice(["key", "subregional", "embryonic"]),
            cluster_initiative=RNG.choice(initiatives) if initiatives else None,
            sector=RNG.choice(sectors) if sectors else None,
            subregion=RNG.choice(subregions) if subregions else None,
            funding=RNG.choice(fundings) if fundings else None,
            contact_name="Anna Kowalska",
            contact_email=f"praktyka{number}@example.org",
            **tree(f"praktyka-{number}"),
        )

    pages = _add_children(index, count, build)
    through = GoodPracticePage.topics.through
    links = [
        through(goodpracticepage_id=page.pk, topic_id=topic.pk)
        for page in pages
        for topic in RNG.sample(topics, min(2, len(topics)))
    ]
    through.objects.bulk_create(links, batch_size=2000)
    return pages


def clusters_add(count: int) -> list[Page]:
    from knowledge_base.models import ClusterIndexPage, ClusterInitiativePage, Subregion

    index = ClusterIndexPage.objects.get(locale__language_code="pl")
    subregions = list(Subregion.objects.all())
    seeds = _seeds()

    def build(number, tree):
        return ClusterInitiativePage(
            title=f"Klaster {RNG.choice(seeds)['title'].split()[0]} {number}",
            cluster_type=RNG.choice(["key", "subregional", "embryonic"]),
            subregion=RNG.choice(subregions) if subregions else None,
            coordinator=f"Stowarzyszenie Koordynatorów nr {number}",
            year_founded=2005 + number % 18,
            intro=RNG.choice(seeds)["summary"],
            **tree(f"klaster-{number}"),
        )

    return _add_children(index, count, build)


def events_add(count: int) -> list[Page]:
    from events.models import EventIndexPage, EventPage
    from events.models.event_page import EventFormat, EventType

    index = EventIndexPage.objects.get(locale__language_code="pl")
    seeds = _seeds()
    now = timezone.now().replace(minute=0, second=0, microsecond=0)

    def build(number, tree):
        start = now + timezone.timedelta(days=number % 730 - 365, hours=number % 8)
        return EventPage(
            title=f"Warsztaty: {RNG.choice(seeds)['title']} ({number})",
            intro=RNG.choice(seeds)["summary"],
            start=start,
            end=start + timezone.timedelta(hours=3),
            event_type=RNG.choice(EventType.values),
            event_format=RNG.choice(EventFormat.values),
            venue_name="Pomorski Park Naukowo-Technologiczny",
            venue_address="al. Zwycięstwa 96/98, Gdynia",
            organiser="Punkt Kontaktowy Klastrów",
            **tree(f"wydarzenie-{number}"),
        )

    return _add_children(index, count, build)


@override_settings(
    # Never signed in with a password (bench/http.py gives them sessions): a fast
    # hasher keeps creating 400 accounts to seconds.
    PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]
)
def posters_add(count: int) -> list:
    from community.services.membership import member_create

    return [
        member_create(
            email=f"bench{number}@example.org",
            first_name="Członek",
            last_name=f"Testowy {number}",
            password="bench-not-a-login-password",  # noqa: S106
            organisation="Klaster benchmarku",
        )
        for number in range(count)
    ]


def _post_text() -> str:
    seed = RNG.choice(_seeds())
    parts = [seed["summary"], seed["solution"], seed["results"]]
    return "\n\n".join(parts[: RNG.randint(1, 3)])


def forum_add(topics: int, posts: int, authors: list) -> list[int]:
    from community.forum.models import Category, Post
    from community.forum.models import Topic as ForumTopic

    categories = list(Category.objects.filter(moderators_only=False))
    now = timezone.now()
    created = ForumTopic.objects.bulk_create(
        [
            ForumTopic(
                category=RNG.choice(categories),
                title=f"{RNG.choice(_seeds())['title']} – pytania ({number})",
                author=RNG.choice(authors),
            )
            for number in range(topics)
        ],
        batch_size=1000,
    )
    per_topic = posts // topics
    rows = []
    for topic in created:
        for number in range(1, per_topic + 1):
            text = _post_text()
            body = "".join(f"<p>{html.escape(part)}</p>" for part in text.split("\n\n"))
            rows.append(
                Post(
                    topic=topic,
                    number=number,
                    author=RNG.choice(authors),
                    body_markdown=text,
                    body_html=body,
                )
            )
    Post.objects.bulk_create(rows, batch_size=2000)
    _forum_counters(now)
    return [topic.pk for topic in created]


def _forum_counters(now) -> None:
    from community.forum.models import Category, Post
    from community.forum.models import Topic as ForumTopic

    posts = Post.objects.filter(topic=OuterRef("pk"))
    ForumTopic.objects.update(
        post_count=Subquery(
            posts.values("topic").annotate(n=Count("pk")).values("n")[:1]
        ),
        last_post=Subquery(posts.order_by("-number").values("pk")[:1]),
        last_posted_at=now,
    )
    topics = ForumTopic.objects.filter(category=OuterRef("pk"))
    Category.objects.update(
        topic_count=Subquery(
            topics.values("category").annotate(n=Count("pk")).values("n")[:1]
        ),
        post_count=Subquery(
            topics.values("category")
            .annotate(n=models.Sum("post_count"))
            .values("n")[:1]
        ),
        last_posted_at=Subquery(
            topics.values("category").annotate(m=Max("last_posted_at")).values("m")[:1]
        ),
    )


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


def generate(args) -> dict:
    timings = {}
    started = time.monotonic()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo_content", stdout=io.StringIO())
    call_command("collectstatic", verbosity=0, interactive=False)
    timings["demo"] = time.monotonic() - started
    step = time.monotonic()
    with transaction.atomic():
        clusters = clusters_add(args.clusters)
        practices = practices_add(args.practices)
        events = events_add(args.events)
        authors = posters_add(POSTERS)
        topic_ids = forum_add(args.topics, args.posts, authors)
    timings["rows"] = time.monotonic() - step
    step = time.monotonic()
    call_command("update_index", verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # Planner statistics and the visibility map (index-only scans), as
            # autovacuum gives a database that has been running for a while.
            cursor.execute("VACUUM ANALYZE")
    timings["index"] = time.monotonic() - step
    return {
        "timings": {name: round(value, 1) for name, value in timings.items()},
        "urls": _urls(practices[len(practices) // 2]),
        "counts": {
            "practices": len(practices),
            "clusters": len(clusters),
            "events": len(events),
            "topics": len(topic_ids),
            "posts": args.posts,
        },
        "topic_ids": topic_ids,
        "sessions": [session_cookie(user) for user in authors],
    }


def _urls(practice) -> dict[str, str]:
    from events.models import EventIndexPage
    from knowledge_base.models import PracticeIndexPage, Topic
    from website.models import StandardPage

    strategy = StandardPage.objects.live().filter(
        locale__language_code="pl", title__icontains="strategi"
    )
    index = PracticeIndexPage.objects.get(locale__language_code="pl")
    topic = Topic.objects.order_by("pk").first()
    return {
        "home": "/",
        "strategy": strategy.order_by("pk").first().url,
        "practice_index": f"{index.url}?cluster_type=key&topic={topic.slug}",
        "practice": Page.objects.get(pk=practice.pk).url,
        "events": EventIndexPage.objects.get(locale__language_code="pl").url,
    }
