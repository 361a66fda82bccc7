"""Routes of the REST API, mounted at ``/api/v1/``."""

from rest_framework.routers import DefaultRouter

from commitments.api import views, workflow_urls

router = DefaultRouter()
router.register("departments", views.DepartmentViewSet, basename="department")

urlpatterns = router.urls + workflow_urls.urlpatterns
