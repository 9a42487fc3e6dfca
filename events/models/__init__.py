from events.models.event_page import (
    DocumentKind,
    EventDocument,
    EventFormat,
    EventPage,
    EventRelatedPractice,
    EventType,
)
from events.models.index_page import EventIndexPage

__all__ = [
    "DocumentKind",
    "EventDocument",
    "EventFormat",
    "EventIndexPage",
    "EventPage",
    "EventRelatedPractice",
    "EventType",
]
