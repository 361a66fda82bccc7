"""The overdue list's order is total: codes repeat across plans, so two
commitments with the same deadline and code are told apart by id, and every
request (JSON, CSV, page after page of the stream) lists them the same way."""

from __future__ import annotations

import datetime

import pytest

from commitments.choices import Role
from commitments.models import Commitment
from reports.overdue import overdue_queryset, overdue_rows
from tests import factories
from tests.reports.test_api import get

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2024, 7, 10)


def test_the_same_code_in_two_plans_is_ordered_by_id():
    town, village = factories.department("镇政府"), factories.department("村委会")
    deadline = datetime.date(2024, 6, 30)
    items = []
    for owner in (village, town, village, town):
        section = factories.section(factories.plan(2024))
        items.append(
            factories.commitment(owner, section, deadline=deadline, code="2024-01-01", number=1)
        )
    # Rewrite the first two: their rows move behind the others in the table, so
    # an order without the id would come back in the table's order, not by id.
    Commitment.objects.filter(pk__in=[items[0].pk, items[1].pk]).update(percent=5)
    expected = [item.pk for item in items]
    assert [row.id for row in overdue_rows(TODAY)] == expected
    assert [row.id for row in overdue_rows(TODAY, chunk_size=1)] == expected
    supervisor = factories.user("mayor", role=Role.SUPERVISOR)
    body = get(supervisor, "/api/v1/reports/overdue/", date=TODAY.isoformat()).json()
    assert [r["id"] for r in body["results"]] == expected


def test_the_query_ends_its_order_with_the_id():
    # A few rows come back in id order whatever the ORDER BY; this one would not
    # notice a lost tie-breaker on a large table, so check the query itself.
    sql = str(overdue_queryset(TODAY).query)
    assert sql.endswith('"commitments_commitment"."id" ASC')
