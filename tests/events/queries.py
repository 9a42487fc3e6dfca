from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_to_render(client, url: str) -> int:
    """How many queries a second visit to `url` makes (the first fills the caches a
    first visit fills, such as the site's root paths)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
