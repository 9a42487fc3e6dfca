"""URLs of the events calendar outside the page tree (feeds)."""

urlpatterns = []
