"""Content to search: a small site built with the apps' factories (fast), forum
topics written straight into the forum's tables, and users of every role."""

import pytest
from wagtail.models import PageViewRestriction

from community.forum.models import Category, Post, Topic
from search.vocabulary import vocabulary_models, vocabulary_objects, vocabulary_rebuild
from tests.community.factories import approved_member, editor, moderator
from tests.knowledge_base.factories import (
    ClusterIndexPageFactory,
    ClusterInitiativePageFactory,
    GoodPracticePageFactory,
    PracticeIndexPageFactory,
    SectorFactory,
    TopicFactory,
)
from tests.website.factories import make_home_page
from website.models import StandardPage


@pytest.fixture
def home(db):
    return make_home_page()


@pytest.fixture
def practice_index(home):
    return PracticeIndexPageFactory(parent=home)


@pytest.fixture
def offshore_practice(practice_index):
    return GoodPracticePageFactory(
        parent=practice_index,
        title="Giełda kooperacyjna dostawców dla morskich farm wiatrowych",
        slug="gielda",
        summary="Coroczne spotkania małych firm z wykonawcami morskich farm.",
        challenge="Firmy stoczniowe nie znały wymagań kwalifikacyjnych.",
        solution="Klaster zorganizował trzy edycje giełdy kooperacyjnej.",
        results="Siedem firm podpisało pierwsze kontrakty.",
        topics=[TopicFactory(slug="sieciowanie", name_pl="Sieciowanie")],
        sector=SectorFactory(slug="morska", name_pl="Gospodarka morska"),
    )


@pytest.fixture
def energy_practice(practice_index):
    return GoodPracticePageFactory(
        parent=practice_index,
        title="Wspólne zakupy energii przedsiębiorstw",
        slug="energia",
        summary="Współpraca przedsiębiorstw przy termomodernizacji budynków.",
        challenge="Wysokie rachunki za energię.",
        solution="Wspólny przetarg na dostawy energii i audyty.",
        results="Koszty spadły o jedną piątą.",
        timescale_start=2012,
        timescale_end=2014,
    )


@pytest.fixture
def cluster(home):
    index = ClusterIndexPageFactory(parent=home)
    return ClusterInitiativePageFactory(
        parent=index,
        title="Klaster Technologii Morskich",
        slug="klaster-morski",
        intro="Stocznie i porty Pomorza.",
    )


@pytest.fixture
def restricted_page(home):
    page = StandardPage(
        title="Tajne sprawozdanie koordynatorów", slug="tajne", intro="Poufny budżet."
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    return page


@pytest.fixture
def draft_page(home):
    page = StandardPage(
        title="Nieopublikowany szkic harmonogramu",
        slug="szkic",
        intro="Szkic.",
        live=False,
    )
    home.add_child(instance=page)
    page.save_revision()
    return page


@pytest.fixture
def site_content(offshore_practice, energy_practice, cluster):
    """The public pages above, with the vocabulary rebuilt as `update_index` does."""
    rebuild_vocabulary()


def rebuild_vocabulary() -> None:
    vocabulary_rebuild(
        obj for model in vocabulary_models() for obj in vocabulary_objects(model)
    )


def forum_topic(title: str, text: str, *, moderators_only: bool = False, **fields):
    category, _ = Category.objects.get_or_create(
        slug="moderatorzy" if moderators_only else "ogolne",
        defaults={
            "name": "Moderatorzy" if moderators_only else "Ogólne",
            "moderators_only": moderators_only,
        },
    )
    topic = Topic.objects.create(category=category, title=title, **fields)
    post = Post.objects.create(
        topic=topic, number=1, body_markdown=text, body_html=f"<p>{text}</p>"
    )
    Topic.objects.filter(pk=topic.pk).update(post_count=1, last_post=post)
    from wagtail.search import index

    index.insert_or_update_object(topic)
    return topic


@pytest.fixture
def forum_topics(db):
    public = forum_topic("Przetarg na szkolenia z wodoru", "Kto organizował przetarg?")
    hidden = forum_topic(
        "Wodorowe skargi na członków", "Sprawa dyscyplinarna.", moderators_only=True
    )
    target = forum_topic("Wodór w portach", "Wspólny temat.")
    merged = forum_topic("Wodór w portach morskich", "Stary wątek.", merged_into=target)
    return {"public": public, "moderators": hidden, "target": target, "merged": merged}


@pytest.fixture
def member(db):
    return approved_member()


@pytest.fixture
def moderator_user(db):
    return moderator()


@pytest.fixture
def editor_user(db):
    return editor()
