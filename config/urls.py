from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from search import views as search_views
from website import routing
from website import views as website_views

# Everyone signs in through allauth (two-factor authentication, rate limits); the
# admins' own login forms only send people there.
allauth_login = RedirectView.as_view(pattern_name="account_login", query_string=True)

urlpatterns = [
    path("django-admin/login/", allauth_login),
    path("admin/login/", allauth_login),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", website_views.healthz, name="healthz"),
    path("events/", include("events.urls")),
    path("api/search/", include("search.urls")),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "display/<str:name>/<str:value>/",
        website_views.display_preference_set,
        name="display_preference_set",
    ),
]

if settings.DEBUG:
    import re

    from django.urls import re_path
    from django.views.static import serve

    # Forum attachments (media/forum/) are for members only: served by
    # community.forum.views.attachments, never from here (nor by nginx in production,
    # see docs/deployment.md).
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?!forum/)(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("czlonkowie/", include("community.urls")),
    path("forum/", include("community.forum.urls")),
    path(_("search/"), search_views.search_page, name="search"),
    # Wagtail's page view, through the remembered routes (website.routing).
    re_path(serve_pattern, routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
