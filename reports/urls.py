"""URLs of the supervisors' side: report API endpoints, dashboard, login."""

urlpatterns: list = []
