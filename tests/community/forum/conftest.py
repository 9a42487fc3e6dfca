import pytest

from tests.community import factories
from tests.community.forum.factories import make_category
from tests.website.factories import make_home_page


@pytest.fixture
def home(db):
    """The header and footer need a site to render."""
    return make_home_page()


@pytest.fixture
def member(db):
    return factories.approved_member(first_name="Ewa", last_name="Lis")


@pytest.fixture
def moderator(db):
    return factories.moderator(first_name="Katarzyna", last_name="Zielińska")


@pytest.fixture
def category(db):
    return make_category(name="Sieciowanie", slug="sieciowanie")


@pytest.fixture
def questions(db):
    return make_category(name="Pytania", slug="pytania", kind="questions")
