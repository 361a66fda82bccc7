"""Idempotency-Key: a retried POST returns the first response and files nothing new."""

from __future__ import annotations

from commitments.models import IdempotencyRecord, ProgressReport
from tests.api.conftest import report_body, reports_url, snapshot


def test_it_files_once_and_replays_the_first_response(world, api):
    client = api("owner", HTTP_IDEMPOTENCY_KEY="retry-42")
    first = client.post(reports_url(world.item), report_body(percent=45), format="json")
    second = client.post(reports_url(world.item), report_body(percent=45), format="json")
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert second["Idempotent-Replayed"] == "true"
    assert ProgressReport.objects.filter(commitment=world.item).count() == 1
    assert IdempotencyRecord.objects.count() == 1


def test_it_refuses_the_same_key_with_another_body(world, api):
    client = api("owner", HTTP_IDEMPOTENCY_KEY="retry-43")
    client.post(reports_url(world.item), report_body(percent=45), format="json")
    before = snapshot()
    response = client.post(reports_url(world.item), report_body(percent=46), format="json")
    assert response.status_code == 422
    assert response.data["code"] == "idempotency_key_reused"
    assert snapshot() == before


def test_it_refuses_the_same_key_on_another_commitment(world, api):
    api("owner", HTTP_IDEMPOTENCY_KEY="k").post(
        reports_url(world.item), report_body(), format="json"
    )
    response = api("outsider", HTTP_IDEMPOTENCY_KEY="k").post(
        reports_url(world.elsewhere), report_body(), format="json"
    )
    assert response.status_code == 201  # keys belong to one user
    again = api("owner", HTTP_IDEMPOTENCY_KEY="k").post(
        reports_url(world.elsewhere), report_body(), format="json"
    )
    assert again.status_code in (403, 422)
    assert ProgressReport.objects.count() == 2


def test_it_does_not_remember_failures(world, api):
    client = api("owner", HTTP_IDEMPOTENCY_KEY="fix-and-retry")
    bad = client.post(reports_url(world.item), report_body(percent=400), format="json")
    assert bad.status_code == 400
    assert IdempotencyRecord.objects.count() == 0
    good = client.post(reports_url(world.item), report_body(percent=40), format="json")
    assert good.status_code == 201


def test_it_files_twice_without_a_key(world, api):
    client = api("owner")
    client.post(reports_url(world.item), report_body(), format="json")
    client.post(reports_url(world.item), report_body(), format="json")
    assert ProgressReport.objects.filter(commitment=world.item).count() == 2


def test_it_refuses_an_unusable_key(world, api):
    response = api("owner", HTTP_IDEMPOTENCY_KEY="x" * 300).post(
        reports_url(world.item), report_body(), format="json"
    )
    assert response.status_code == 400
    assert "Idempotency-Key" in response.data["errors"]
    assert ProgressReport.objects.count() == 0
