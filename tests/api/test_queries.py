"""A constant number of SQL queries per request, whatever the size of the ledger."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commitments.models import Milestone, ProgressReport, ReportTargetValue, Target
from tests import factories
from tests.api.conftest import TODAY, report_body, reports_url

#: Report POST: auth, permission, idempotency look-up, the locked write (report,
#: values, commitment, targets, event, the first-report tallies: is it the first of its
#: month, an upsert per tally), the response (with its attachments), two savepoints in
#: tests, and on PostgreSQL the locks' wait limit, set and restored, and the foreign keys
#: checked under it (``workflow.step_transaction``), and the plan's counts lock, shared
#: (``first_reports``: a recount of another plan does not wait for it).
LIST_MAX, DETAIL_MAX, REPORT_MAX = 6, 10, 30


def _grow(world, size: int, prefix: str = "Z") -> None:
    """``size`` more commitments with co-owners, targets, milestones and reports."""
    section = world.item.section
    extra = [factories.department() for _ in range(3)]
    filer = world.user("owner")
    for n in range(size):
        item = factories.commitment(world.lead, section, code=f"{prefix}-{n:03d}", co_owners=extra)
        for position in range(3):
            target = Target.objects.create(
                commitment=item, position=position, metric="m", value=Decimal(10)
            )
            Milestone.objects.create(
                commitment=item, due=TODAY + datetime.timedelta(days=n), text=f"节点{position}"
            )
        for department in (world.lead, *extra):
            report = ProgressReport.objects.create(
                commitment=item,
                department=department,
                filed_by=filer,
                status="on_track",
                percent=10,
                as_of=TODAY,
                period=TODAY.strftime("%Y-%m"),
                is_lead=department == world.lead,
            )
            ReportTargetValue.objects.create(report=report, target=target, value=1)
    for _ in range(size):  # history on the measured commitment too
        ProgressReport.objects.create(
            commitment=world.item,
            department=world.co,
            filed_by=world.user("co_owner"),
            status="on_track",
            percent=5,
            as_of=TODAY,
            period="2024-01",
            is_lead=False,
        )


def _count(call) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = call()
    assert response.status_code < 300, getattr(response, "data", response)
    return len(ctx.captured_queries)


@pytest.mark.parametrize("size", [2, 30])
def test_it_lists_a_page_in_constant_queries(world, api, size, django_assert_max_num_queries):
    _grow(world, size)
    client = api("supervisor")
    client.get("/api/v1/commitments/")  # token's last_used_at is written once
    with django_assert_max_num_queries(LIST_MAX):
        response = client.get("/api/v1/commitments/", {"page_size": 50, "ordering": "code"})
    assert response.data["count"] == size + 2


@pytest.mark.parametrize("size", [2, 30])
def test_it_shows_a_detail_in_constant_queries(world, api, size, django_assert_max_num_queries):
    _grow(world, size)
    client = api("outsider")
    client.get("/api/v1/me/")
    with django_assert_max_num_queries(DETAIL_MAX):
        response = client.get(f"/api/v1/commitments/{world.item.pk}/")
    assert len(response.data["owners"]) == 2


@pytest.mark.parametrize("size", [2, 30])
def test_it_files_a_report_in_constant_queries(world, api, size, django_assert_max_num_queries):
    _grow(world, size)
    client = api("owner", HTTP_IDEMPOTENCY_KEY=f"q-{size}")
    client.get("/api/v1/me/")
    targets = [{"target": t.pk, "value": 2} for t in world.item.targets.all()]
    with django_assert_max_num_queries(REPORT_MAX):
        response = client.post(reports_url(world.item), report_body(targets=targets), format="json")
    assert response.status_code == 201


def test_it_uses_the_same_number_of_queries_at_both_sizes(world, api):
    """The stricter check: not just under a bound, but equal."""
    _grow(world, 1, prefix="Y")  # every kind of related row exists, so no prefetch is skipped
    client = api("supervisor")
    client.get("/api/v1/me/")
    small = [
        _count(lambda: client.get("/api/v1/commitments/")),
        _count(lambda: client.get(f"/api/v1/commitments/{world.item.pk}/")),
        _count(lambda: client.get(f"/api/v1/plans/{world.item.plan_id}/")),
    ]
    _grow(world, 25)
    large = [
        _count(lambda: client.get("/api/v1/commitments/")),
        _count(lambda: client.get(f"/api/v1/commitments/{world.item.pk}/")),
        _count(lambda: client.get(f"/api/v1/plans/{world.item.plan_id}/")),
    ]
    assert small == large, (small, large)
