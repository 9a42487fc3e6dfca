"""Files attached to posts: checked by content, stored, served to members only."""


def uploads_clean(files) -> list:
    """Validate uploaded files before a post is stored; raises ValidationError."""
    return []


def attachments_store(*, post, uploads, user) -> None:
    """Store the cleaned uploads as the post's attachments."""
