"""The forum's posting services call these after their transaction commits."""


def post_published(*, post) -> None:
    """A new topic or reply was stored: notify watchers, the topic's author, and
    everyone mentioned or quoted in it."""
