"""The JSON search API, outside the language prefixes; the HTML page is routed in
config/urls.py inside them (/szukaj/, /en/search/)."""

from django.urls import path

from search import views

app_name = "search"

urlpatterns = [
    path("", views.api_search, name="api"),
    path("suggest/", views.api_suggest, name="api_suggest"),
]
