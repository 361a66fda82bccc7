"""Routes of the supervision workflow (SPEC §4 Workflow), under ``/api/v1/``.

Plain paths below ``commitments/<id>/``; the API's router owns
``commitments/`` and ``commitments/<id>/`` themselves.
"""

from django.urls import path

from commitments.api import workflow_views as v

urlpatterns = [
    path(
        "commitments/<int:pk>/acknowledge/",
        v.AcknowledgeView.as_view(),
        name="commitment-acknowledge",
    ),
    path(
        "commitments/<int:pk>/extension-requests/",
        v.ExtensionRequestListView.as_view(),
        name="commitment-extension-requests",
    ),
    path(
        "commitments/<int:pk>/closure-requests/",
        v.ClosureRequestListView.as_view(),
        name="commitment-closure-requests",
    ),
    path(
        "commitments/<int:pk>/co-owners/<int:department_id>/excuse/",
        v.ExcuseCoOwnerView.as_view(),
        name="commitment-excuse-co-owner",
    ),
    path("commitments/<int:pk>/cancel/", v.CancelView.as_view(), name="commitment-cancel"),
    path("commitments/<int:pk>/reopen/", v.ReopenView.as_view(), name="commitment-reopen"),
    path("commitments/<int:pk>/history/", v.HistoryView.as_view(), name="commitment-history"),
    path(
        "extension-requests/<int:pk>/approve/",
        v.ApproveExtensionView.as_view(),
        name="extension-request-approve",
    ),
    path(
        "extension-requests/<int:pk>/reject/",
        v.RejectExtensionView.as_view(),
        name="extension-request-reject",
    ),
    path(
        "closure-requests/<int:pk>/accept/",
        v.AcceptClosureView.as_view(),
        name="closure-request-accept",
    ),
    path(
        "closure-requests/<int:pk>/return/",
        v.ReturnClosureView.as_view(),
        name="closure-request-return",
    ),
]
