from events.models.event_page import (
    DocumentKind,
    EventDocument,
    EventFormat,
    EventPage,
    EventType,
)
from events.models.index_page import EventIndexPage

__all__ = [
    "DocumentKind",
    "EventDocument",
    "EventFormat",
    "EventIndexPage",
    "EventPage",
    "EventType",
]
