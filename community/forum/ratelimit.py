"""How fast one member may post: a fixed window kept in the shared cache."""

from community import access
from website.spam import rate_limit_exceeded

POSTS_PER_WINDOW = 6
WINDOW_SECONDS = 120


def posting_allowed(user) -> bool:
    """Count one post by the user; False when it goes over the limit. Moderators
    are not limited."""
    if access.is_moderator(user):
        return True
    return not rate_limit_exceeded(
        scope="forum-post",
        key=str(user.pk),
        limit=POSTS_PER_WINDOW,
        window=WINDOW_SECONDS,
    )
