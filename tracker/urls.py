"""Top-level URLs: admin, the REST API and its schema, health, and "/"."""

from django.contrib import admin
from django.urls import include, path, re_path, reverse_lazy
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from commitments.api.views.fallback import ApiNotFound
from tracker import health, login

#: Where "/" and the admin's 查看站点 link lead: the workspace (its login page when anonymous).
HOME = reverse_lazy("workspace:list")
admin.site.site_url = HOME

urlpatterns = [
    path("", RedirectView.as_view(url=HOME), name="home"),
    path("admin/login/", login.admin_login),  # before admin.site.urls: throttled
    path("admin/", admin.site.urls),
    path("api/v1/", include("commitments.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("healthz", health.healthz, name="healthz"),
    path("workspace/", include("workspace.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("reports.urls")),
    re_path(r"^api/", ApiNotFound.as_view()),  # last: unknown API paths get JSON 404s
]

# The product's error pages in the user's language (JSON on the API): tracker/errors.py.
handler400 = "tracker.errors.bad_request"
handler403 = "tracker.errors.permission_denied"
handler404 = "tracker.errors.page_not_found"
handler500 = "tracker.errors.server_error"
