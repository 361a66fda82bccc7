"""Reports filed at the same moment on one commitment: both land, in order.

Needs real row locks, so it runs on PostgreSQL only (CI); SQLite serialises
writers anyway.
"""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from commitments.models import Commitment, IdempotencyRecord, ProgressReport
from tests.api.conftest import report_body, reports_url, token_client

pytestmark = pytest.mark.django_db(transaction=True)


def _needs_postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("row-lock concurrency is checked on PostgreSQL")


def _post_at_once(requests: list) -> list:
    """Run each ``(client, url, body)`` in its own thread, released together."""
    barrier = threading.Barrier(len(requests))
    results: list = [None] * len(requests)

    def run(index: int, client, url: str, body: dict) -> None:
        try:
            barrier.wait()
            results[index] = client.post(url, body, format="json")
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i, *req)) for i, req in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return results


def test_it_lands_both_reports_filed_at_once_in_order(world):
    _needs_postgresql()
    url = reports_url(world.item)
    owner, colleague = token_client(world.user("owner")), token_client(world.user("colleague"))
    responses = _post_at_once(
        [(owner, url, report_body(percent=20)), (colleague, url, report_body(percent=70))]
    )
    assert [r.status_code for r in responses] == [201, 201]
    reports = list(ProgressReport.objects.filter(commitment=world.item).order_by("id"))
    assert len(reports) == 2
    assert reports[0].created_at <= reports[1].created_at
    item = Commitment.objects.get(pk=world.item.pk)
    assert item.percent == reports[-1].percent
    assert item.last_report_at == reports[-1].created_at


def test_it_files_once_when_one_key_races_itself(world):
    _needs_postgresql()
    url = reports_url(world.item)
    client = token_client(world.user("owner"), HTTP_IDEMPOTENCY_KEY="race-1")
    responses = _post_at_once([(client, url, report_body(percent=33))] * 2)
    assert sorted(r.status_code for r in responses) == [201, 201]
    assert responses[0].json() == responses[1].json()
    assert ProgressReport.objects.filter(commitment=world.item).count() == 1
    assert IdempotencyRecord.objects.count() == 1
