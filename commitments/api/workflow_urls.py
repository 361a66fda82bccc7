"""Routes of the supervision workflow (SPEC §4 Workflow), under ``/api/v1/``.

Plain paths below ``commitments/<id>/``; the API's router owns
``commitments/`` and ``commitments/<id>/`` themselves.
"""

from django.urls import path

from commitments.api import workflow_views as v

urlpatterns = [
    path(
        "commitments/<id:pk>/acknowledge/",
        v.AcknowledgeView.as_view(),
        name="commitment-acknowledge",
    ),
    path(
        "commitments/<id:pk>/extension-requests/",
        v.ExtensionRequestListView.as_view(),
        name="commitment-extension-requests",
    ),
    path(
        "commitments/<id:pk>/closure-requests/",
        v.ClosureRequestListView.as_view(),
        name="commitment-closure-requests",
    ),
    path(
        "commitments/<id:pk>/co-owners/<id:department_id>/excuse/",
        v.ExcuseCoOwnerView.as_view(),
        name="commitment-excuse-co-owner",
    ),
    path("commitments/<id:pk>/cancel/", v.CancelView.as_view(), name="commitment-cancel"),
    path("commitments/<id:pk>/reopen/", v.ReopenView.as_view(), name="commitment-reopen"),
    path("commitments/<id:pk>/urge/", v.UrgeView.as_view(), name="commitment-urge"),
    path("commitments/<id:pk>/history/", v.HistoryView.as_view(), name="commitment-history"),
    path(
        "extension-requests/<id:pk>/approve/",
        v.ApproveExtensionView.as_view(),
        name="extension-request-approve",
    ),
    path(
        "extension-requests/<id:pk>/reject/",
        v.RejectExtensionView.as_view(),
        name="extension-request-reject",
    ),
    path(
        "closure-requests/<id:pk>/accept/",
        v.AcceptClosureView.as_view(),
        name="closure-request-accept",
    ),
    path(
        "closure-requests/<id:pk>/return/",
        v.ReturnClosureView.as_view(),
        name="closure-request-return",
    ),
]
