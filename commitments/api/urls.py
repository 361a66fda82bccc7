"""Routes of the REST API, mounted at ``/api/v1/``."""

from django.urls import path, re_path
from rest_framework.routers import DefaultRouter

from commitments.api import workflow_urls
from commitments.api.views.accounts import MeView, TokenView
from commitments.api.views.attachments import AttachmentFileView, AttachmentView
from commitments.api.views.carry_overs import CarryOverViewSet
from commitments.api.views.commitments import CommitmentViewSet
from commitments.api.views.common import ID_PATTERN
from commitments.api.views.departments import DepartmentViewSet
from commitments.api.views.plans import PlanImportJobView, PlanImportView, PlanViewSet
from commitments.api.views.reports import CommitmentReportsView

router = DefaultRouter()
router.register("commitments", CommitmentViewSet, basename="commitment")
router.register("departments", DepartmentViewSet, basename="department")
router.register("plans", PlanViewSet, basename="plan")
router.register("carry-overs", CarryOverViewSet, basename="carry-over")

urlpatterns = [
    path("auth/token/", TokenView.as_view(), name="auth-token"),
    path("me/", MeView.as_view(), name="me"),
    path("plans/import/", PlanImportView.as_view(), name="plan-import"),
    path("plans/import/<id:pk>/", PlanImportJobView.as_view(), name="plan-import-job"),
    re_path(
        rf"^commitments/(?P<commitment_pk>{ID_PATTERN})/reports/$",
        CommitmentReportsView.as_view(),
        name="commitment-reports",
    ),
    re_path(rf"^attachments/(?P<pk>{ID_PATTERN})/$", AttachmentView.as_view(), name="attachment"),
    re_path(
        rf"^attachments/(?P<pk>{ID_PATTERN})/file/$",
        AttachmentFileView.as_view(),
        name="attachment-file",
    ),
    *router.urls,
    *workflow_urls.urlpatterns,
]
