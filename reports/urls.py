"""URLs of the supervisors' side: report API endpoints, dashboard, login."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from reports import export_page, views
from tracker.login import ThrottledLoginView

urlpatterns = [
    path("api/v1/reports/", include("reports.api.urls")),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/exports/", export_page.start_export, name="dashboard-export"),
    path("", include("reports.public.urls")),
    path(
        "accounts/login/",
        ThrottledLoginView.as_view(
            template_name="reports/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
]
