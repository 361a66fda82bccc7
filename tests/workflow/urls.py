"""The workflow routes alone, for tests that must not depend on the rest of
the API's URL configuration while it is being built. ``test_routes`` checks
the same paths through the project's real URLconf."""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("commitments.api.workflow_urls"))]
