from community.forum.models.handles import MemberHandle
from community.forum.models.preferences import ForumSettings
from community.forum.models.reactions import Reaction
from community.forum.models.reading import AllReadMark, TopicReadState
from community.forum.models.structure import (
    POST_MAX_LENGTH,
    TITLE_MAX_LENGTH,
    Attachment,
    Category,
    Post,
    PostRevision,
    Topic,
)

__all__ = [
    "POST_MAX_LENGTH",
    "TITLE_MAX_LENGTH",
    "AllReadMark",
    "Attachment",
    "Category",
    "ForumSettings",
    "MemberHandle",
    "Post",
    "PostRevision",
    "Reaction",
    "Topic",
    "TopicReadState",
]
