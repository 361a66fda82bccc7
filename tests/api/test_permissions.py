"""The permission matrix: every role × every write endpoint × own/other department.

A refused write answers 403 in the error shape and writes nothing.
"""

from __future__ import annotations

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from tests.api.conftest import PERSONAS, TODAY, detail_url, report_body, reports_url, snapshot

#: persona → (status on the commitment 牵头局 leads, on the one 无关局 leads)
REPORT = {
    "owner": (201, 403),
    "colleague": (201, 403),
    "co_owner": (201, 403),
    "outsider": (403, 201),
    "supervisor": (403, 403),
    "other_supervisor": (403, 403),
    "global_supervisor": (403, 403),
    "admin": (403, 403),
}
PATCH = {
    "owner": (403, 403),
    "colleague": (403, 403),
    "co_owner": (403, 403),
    "outsider": (403, 403),
    "supervisor": (200, 403),
    "other_supervisor": (403, 200),
    "global_supervisor": (200, 200),
    "admin": (200, 200),
}


def _target(world, which: str):
    return world.item if which == "own" else world.elsewhere


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("which", ["own", "other"])
def test_it_files_reports_only_for_owner_departments(world, api, persona, which):
    item = _target(world, which)
    expected = REPORT[persona][0 if which == "own" else 1]
    before = snapshot()
    response = api(persona).post(reports_url(item), report_body(), format="json")
    assert response.status_code == expected, response.data
    if expected == 403:
        assert response.data["code"] == "permission_denied"
        assert response.data["message"]
        assert snapshot() == before
    else:
        assert item.reports.count() == 1


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("which", ["own", "other"])
def test_it_lets_only_overseeing_supervisors_edit(world, api, persona, which):
    item = _target(world, which)
    expected = PATCH[persona][0 if which == "own" else 1]
    new_deadline = (TODAY + datetime.timedelta(days=200)).isoformat()
    before = snapshot()
    response = api(persona).patch(detail_url(item), {"deadline": new_deadline}, format="json")
    assert response.status_code == expected, response.data
    item.refresh_from_db()
    if expected == 403:
        assert response.data["code"] == "permission_denied"
        assert snapshot() == before
    else:
        assert item.deadline.isoformat() == new_deadline


@pytest.mark.parametrize("persona", [p for p in PERSONAS if p != "admin"])
def test_it_lets_only_administrators_import(world, api, persona):
    before = snapshot()
    upload = SimpleUploadedFile("plan.txt", "二、2024年工作安排\n".encode())
    response = api(persona).post(
        "/api/v1/plans/import/", {"file": upload, "commit": "true"}, format="multipart"
    )
    assert response.status_code == 403
    assert response.data["code"] == "permission_denied"
    assert snapshot() == before


@pytest.mark.parametrize(
    "method,path_of,body",
    [
        ("post", reports_url, report_body()),
        ("patch", detail_url, {"deadline": "2030-01-01"}),
        ("get", detail_url, None),
        ("get", lambda item: "/api/v1/commitments/", None),
        ("get", lambda item: "/api/v1/me/", None),
    ],
)
def test_it_answers_401_without_credentials(world, method, path_of, body):
    before = snapshot()
    response = getattr(APIClient(), method)(path_of(world.item), body, format="json")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"
    assert response["WWW-Authenticate"] == "Token"
    assert snapshot() == before


def test_it_answers_401_for_a_wrong_token(world):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    response = client.post(reports_url(world.item), report_body(), format="json")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


@pytest.mark.parametrize("persona", ["owner", "outsider", "supervisor", "admin"])
def test_nobody_deletes_a_commitment_and_nobody_is_told_someone_else_could(world, api, persona):
    """DELETE is not an endpoint's method: a 405 for every role, not a 403 that
    names the role who could (nobody can)."""
    before = snapshot()
    response = api(persona).delete(detail_url(world.item))
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"
    assert "督办人" not in response.json()["message"]
    assert snapshot() == before


def test_a_staff_edit_is_still_told_who_may_edit(world, api):
    response = api("owner").patch(detail_url(world.item), {"deadline": "2030-01-01"}, format="json")
    assert response.status_code == 403
    assert response.json()["message"] == "只有督办该事项牵头单位的督办人可以修改事项"
