"""A small site holding one of everything that must stay private, each secret marked
with a word no public text contains, so a sweep can look for it in any response.

SECRETS says what each marker is; MAY_SEE says which role may read which ones.
"""

from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

from community.forum.attachments import uploads_clean
from community.forum.models import Post
from community.forum.services.posts import post_create
from community.forum_moderation.services.posts import post_hide
from community.models import Invitation
from community.models.invitation import token_hash
from community.notifications.services import feed_token_regenerate
from community.roles import MEMBERS_GROUP, role_group
from tests.community import factories
from tests.community.forum.factories import make_category, make_topic
from tests.community.forum_moderation.images import pdf_upload
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.knowledge_base.factories import (
    ClusterIndexPageFactory,
    ClusterInitiativePageFactory,
    GoodPracticePageFactory,
    PracticeIndexPageFactory,
)
from tests.website.factories import StandardPageFactory, make_english_home
from website.models import StandardPage

SECRETS = {
    "forum_title": "Rozliczenie warsztatów Qxforumtytul",
    "forum_body": "Budżet warsztatów Qxforumtresc",
    "reply_body": "Odpowiedź członka Qxodpowiedz",
    "moderators_title": "Skarga na członka Qxmodtytul",
    "moderators_body": "Sprawa dyscyplinarna Qxmodtresc",
    "hidden_body": "Obraźliwy wpis Qxukryty",
    "restricted_title": "Sprawozdanie koordynatorów Qxzastrzezona",
    "restricted_body": "Poufny budżet Qxzastrzezonatresc",
    "practice_contact_name": "Qxkontaktimie Nowicka",
    "practice_contact_email": "qxkontakt@example.org",
    "draft_title": "Szkic praktyki Qxszkic",
    "member_email": "qxsasiad@example.org",
    "attachment_name": "qxzalacznik.pdf",
}

_MEMBERS = {
    "forum_title",
    "forum_body",
    "reply_body",
    "restricted_title",
    "restricted_body",
    "practice_contact_name",
    "practice_contact_email",
    "attachment_name",
}
# Moderators manage memberships, so their member list shows e-mail addresses.
_MODERATORS = _MEMBERS | {
    "moderators_title",
    "moderators_body",
    "hidden_body",
    "member_email",
}

# What each role may read. Nobody reads the draft outside the Wagtail admin, and
# members never read another member's e-mail address (the directory omits it).
MAY_SEE = {
    "anonymous": set(),
    "pending": set(),
    "member": _MEMBERS,
    "moderator": _MODERATORS,
}


@dataclass
class World:
    home: object
    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)


def _restricted_page(home) -> StandardPage:
    page = StandardPageFactory(
        parent=home,
        title=SECRETS["restricted_title"],
        slug="dla-czlonkow",
        intro=SECRETS["restricted_body"],
    )
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(role_group(MEMBERS_GROUP))
    return page


def _pages(world: World) -> None:
    home = world.home
    practices = PracticeIndexPageFactory(parent=home)
    world.objects["practice"] = GoodPracticePageFactory(
        parent=practices,
        title="Giełda kooperacyjna",
        slug="gielda",
        contact_name=SECRETS["practice_contact_name"],
        contact_email=SECRETS["practice_contact_email"],
    )
    draft = GoodPracticePageFactory(
        parent=practices, title=SECRETS["draft_title"], slug="szkic", live=False
    )
    draft.save_revision()
    world.objects["draft"] = draft
    clusters = ClusterIndexPageFactory(parent=home)
    ClusterInitiativePageFactory(parent=clusters, title="Klaster Morski")
    events = EventIndexPageFactory(parent=home)
    world.objects["event"] = EventPageFactory(parent=events, slug="warsztat")
    world.objects["restricted"] = _restricted_page(home)
    world.objects["english_home"] = make_english_home(home)
    world.objects["document"] = Document.objects.create(
        title="Regulamin", file=ContentFile(b"Regulamin konkursu.", name="reg.txt")
    )


def _forum(world: World) -> None:
    author = world.users["bystander"]
    moderator = world.users["moderator"]
    topic = make_topic(
        category=make_category(name="Sieciowanie", slug="sieciowanie"),
        author=author,
        title=SECRETS["forum_title"],
        body=SECRETS["forum_body"],
    )
    post_create(author=author, topic=topic, body_markdown=SECRETS["reply_body"])
    hidden = post_create(
        author=author, topic=topic, body_markdown=SECRETS["hidden_body"]
    )
    post_hide(moderator=moderator, post=hidden, reason="Obraźliwy język.")
    moderators_topic = make_topic(
        category=make_category(
            name="Moderatorzy", slug="moderatorzy", moderators_only=True
        ),
        author=moderator,
        title=SECRETS["moderators_title"],
        body=SECRETS["moderators_body"],
    )
    with_attachment = post_create(
        author=author,
        topic=topic,
        body_markdown="Sprawozdanie w załączniku.",
        uploads=uploads_clean([pdf_upload(SECRETS["attachment_name"])]),
    )
    world.objects |= {
        "topic": topic,
        "moderators_topic": moderators_topic,
        "first_post": Post.objects.get(topic=topic, number=1),
        "hidden_post": hidden,
        "attachment": with_attachment.attachments.get(),
        "category": topic.category,
        "moderators_category": moderators_topic.category,
    }


def build_world(home) -> World:
    world = World(home=home)
    world.users = {
        "pending": factories.pending_applicant(),
        "member": factories.approved_member(),
        "moderator": factories.moderator(),
        "bystander": factories.approved_member(SECRETS["member_email"]),
    }
    _pages(world)
    _forum(world)
    Invitation.objects.create(
        email="zaproszony@example.org", token_hash=token_hash("zaproszenie")
    )
    world.objects["feed_token"] = feed_token_regenerate(user=world.users["member"])
    return world
