import pytest

from tests.events.factories import EventIndexPageFactory
from tests.website.factories import make_home_page


@pytest.fixture
def home(db):
    return make_home_page()


@pytest.fixture
def calendar(home):
    return EventIndexPageFactory(parent=home)
