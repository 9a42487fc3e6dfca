from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

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
    path("sitemap.xml", sitemap, name="sitemap"),
    path(
        "display/<str:name>/<str:value>/",
        website_views.display_preference_set,
        name="display_preference_set",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("czlonkowie/", include("community.urls")),
    path("forum/", include("community.forum.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
