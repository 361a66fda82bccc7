"""The workflow paths of SPEC §4, in the project's real URLconf and in the schema."""

from __future__ import annotations

import pytest
from django.urls import resolve
from drf_spectacular.generators import SchemaGenerator

from commitments.api import workflow_views as v
from tests.workflow import urls as workflow_only

ROUTES = {
    "/api/v1/commitments/7/acknowledge/": v.AcknowledgeView,
    "/api/v1/commitments/7/extension-requests/": v.ExtensionRequestListView,
    "/api/v1/extension-requests/7/approve/": v.ApproveExtensionView,
    "/api/v1/extension-requests/7/reject/": v.RejectExtensionView,
    "/api/v1/commitments/7/closure-requests/": v.ClosureRequestListView,
    "/api/v1/closure-requests/7/accept/": v.AcceptClosureView,
    "/api/v1/closure-requests/7/return/": v.ReturnClosureView,
    "/api/v1/commitments/7/co-owners/3/excuse/": v.ExcuseCoOwnerView,
    "/api/v1/commitments/7/cancel/": v.CancelView,
    "/api/v1/commitments/7/reopen/": v.ReopenView,
    "/api/v1/commitments/7/history/": v.HistoryView,
    "/api/v1/commitments/7/urge/": v.UrgeView,
}


@pytest.mark.parametrize(("path", "view"), ROUTES.items())
def test_it_routes_each_workflow_path_in_the_project_urlconf(path, view):
    assert resolve(path, urlconf="tracker.urls").func.view_class is view


def test_it_documents_every_workflow_operation():
    schema = SchemaGenerator(patterns=workflow_only.urlpatterns).get_schema(public=True)
    operations = {(p, m): op for p, item in schema["paths"].items() for m, op in item.items()}
    assert len(operations) == 14
    assert all(op.get("summary") and op["tags"] == ["workflow"] for op in operations.values())
    state = schema["components"]["schemas"]["CommitmentState"]["properties"]
    assert {"original_deadline", "deadline", "status"} <= set(state)
    urge = operations[("/api/v1/commitments/{id}/urge/", "post")]
    assert {"201", "400", "403", "404", "409"} <= set(urge["responses"])
    assert {"urged", "urged_at", "urge_reply_by"} <= set(state)
    assert set(schema["components"]["schemas"]["UrgeInputRequest"]["properties"]) == {
        "note",
        "reply_by",
    }
    approve = operations[("/api/v1/extension-requests/{id}/approve/", "post")]
    assert {"200", "403", "404", "409"} <= set(approve["responses"])
