import pytest

from knowledge_base.models import PracticeIndexPage
from tests.knowledge_base.factories import (
    ClusterIndexPageFactory,
    PracticeIndexPageFactory,
)
from tests.website.factories import make_english_home, make_home_page


@pytest.fixture
def home(db):
    return make_home_page()


@pytest.fixture
def practice_index(home):
    return PracticeIndexPageFactory(parent=home)


@pytest.fixture
def cluster_index(home):
    return ClusterIndexPageFactory(parent=home)


@pytest.fixture
def english_practice_index(home, practice_index):
    english_home = make_english_home(home, title="Pomeranian Clusters", slug="home-en")
    index = PracticeIndexPage(
        title="Good practices",
        slug="good-practices",
        translation_key=practice_index.translation_key,
        locale=english_home.locale,
    )
    english_home.add_child(instance=index)
    index.save_revision().publish()
    return index
