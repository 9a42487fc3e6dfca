import pytest

from tests.website.factories import make_home_page


@pytest.fixture
def home(db):
    """The site's home page: the header and footer need a site to render."""
    return make_home_page()
