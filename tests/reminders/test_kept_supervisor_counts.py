"""Supervisors' messages (逾期通报, 升级督办, 待审核) are the same, byte for byte, whether
their counts come from the kept deadline buckets (``kept_counts.supervisor_counts``) or
from the tally over every hit: on a county of sixteen departments with more overdue
commitments than a digest lists (on a few dates, ids that sort differently as text and as
numbers), more departments than the digest names, closed, retired and co-owned ones, a
supervisor of all departments, a second one and supervisors of a few, requests waiting
on overdue and on not yet overdue commitments; over a fortnight of sweeps that record
their escalations, while deadlines are extended, commitments close and new ones slip."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from commitments.choices import Role, Status
from commitments.models import ClosureRequest, Commitment, Escalation, ExtensionRequest
from commitments.reminders import kept_counts, policy
from tests import factories
from tests.reminders.scenario import MONDAY, build_town, store_all
from tests.reminders.test_kept_counts_read import DAYS, at, rendered

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the kept counts are PostgreSQL's (triggers)"
    ),
]


def _day(days: int) -> datetime.date:
    return MONDAY + datetime.timedelta(days=days)


@pytest.fixture
def county(settings):
    settings.REMINDER_CHUNK_SIZE = 3
    town = build_town()
    section = factories.section(factories.plan(2024), 2, "优化营商环境")
    offices = [factories.department(f"测试乡镇{n:02d}") for n in range(13)]
    factories.user("sup_few", Role.SUPERVISOR, supervises=offices[:3], email="few@town.test")
    factories.user("sup_quiet", Role.SUPERVISOR, supervises=[offices[12]], email="q@town.test")
    factories.user("duchashi", Role.SUPERVISOR, email="duchashi@town.test")
    staff = factories.user("staff_x", Role.STAFF, dept=offices[0], email="x@town.test")
    items = []
    for n, office in enumerate(offices[:12]):
        # overdue by 1–20 days on four dates, 1 to 4 each: ties across departments
        for k in range(1 + n % 4):
            items.append(factories.commitment(office, section, _day(-(1, 3, 9, 20)[(n + k) % 4])))
    # due later: overdue on later days of the fortnight, some past the grace by its end
    later = [factories.commitment(offices[n], section, _day(2 + n)) for n in range(6)]
    factories.commitment(offices[1], section, _day(-9), co_owners=[offices[0], offices[12]])
    factories.commitment(
        offices[2],
        section,
        _day(-20),
        status=Status.COMPLETED,
        percent=100,
        completed_at=timezone.now(),
    )
    factories.commitment(offices[2], section, _day(-20), removed_from_source=True)
    factories.commitment(offices[12], section, _day(30))
    ExtensionRequest.objects.create(
        commitment=items[0],
        department=offices[0],
        requested_by=staff,
        current_deadline=items[0].deadline,
        requested_deadline=items[0].deadline + datetime.timedelta(days=30),
        reason="资金未到位",
    )
    waiting = ClosureRequest.objects.create(
        commitment=later[0], department=offices[0], requested_by=staff, summary="已完成"
    )
    filed = timezone.make_aware(datetime.datetime(2024, 7, 16, 10, 0))
    ExtensionRequest.objects.filter(commitment=items[0]).update(created_at=filed)
    ClosureRequest.objects.filter(pk=waiting.pk).update(created_at=filed)
    return {"town": town, "offices": offices, "items": items, "later": later}


def test_supervisors_messages_are_the_same_from_the_kept_counts(county, monkeypatch):
    used = []
    original = kept_counts.supervisor_counts
    monkeypatch.setattr(kept_counts, "supervisor_counts", lambda *a: used.append(1) or original(*a))
    items, later = county["items"], county["later"]
    supervised, kinds = 0, set()
    for n, day in enumerate(DAYS):
        old, new = rendered(at(day), False), rendered(at(day), True)
        assert new == old, day
        supervised += sum(1 for value in new.values() if value[1])
        kinds |= {(n > 0, s["kind"]) for value in new.values() for s in value[3]["sections"]}
        store_all(at(day))  # records the day's escalations
        if n == 2:  # an escalated one extended, one closed, one retired, one reopened late
            Commitment.objects.filter(pk=items[1].pk).update(deadline=_day(6))
            Commitment.objects.filter(pk=items[2].pk).update(status=Status.CANCELLED)
            Commitment.objects.filter(pk=items[3].pk).update(removed_from_source=True)
            Commitment.objects.filter(pk=later[5].pk).update(deadline=_day(-15))
        if n == 5:  # an escalation from before the current deadline does not count
            Escalation.objects.filter(commitment=items[4]).update(day=_day(-30))
    assert used, "the supervisors' kept counts were never read"
    assert supervised >= 3 * len(DAYS), "too few supervisors' messages to compare"
    assert {(True, "escalation"), (True, "overdue_digest"), (True, "review_pending")} <= kinds


def test_a_later_day_counts_escalations_from_the_deadline_index_alone(county):
    """The count of a supervisor's escalations already made (a later day's slowest
    query at 1M: 2.18 s) reads each escalated commitment's deadline from the partial
    index ``commitment_tracked_deadline``, never the table: the index's condition is
    the one ``rules.tracked`` writes and the count's, so PostgreSQL can use it. The
    plan is made to hash the commitments (on a ledger this small the planner would
    rather look each one up by its key), and then, with reading the whole table
    priced out, a condition the index does not imply makes it read the table."""
    first = MONDAY + datetime.timedelta(days=1)
    store_all(at(first))
    duchashi = Escalation.objects.filter(user__username="duchashi")
    assert duchashi.count() >= 10, "too few escalations recorded to count"
    days = policy.Policy.from_settings().escalation_days
    later = first + datetime.timedelta(days=7)
    params = {"user": duchashi[0].user_id, "line": later - datetime.timedelta(days), "days": days}
    with connection.cursor() as cursor:
        cursor.execute(kept_counts.ESCALATED, params)
        ((done,),) = cursor.fetchall()
        for way in ("seqscan", "bitmapscan", "nestloop", "mergejoin"):
            cursor.execute(f"SET LOCAL enable_{way} = off")
        cursor.execute(f"EXPLAIN {kept_counts.ESCALATED}", params)
        plan = "\n".join(row for (row,) in cursor.fetchall())
    assert done == duchashi.values("commitment").distinct().count()
    assert "Index Only Scan using commitment_tracked_deadline" in plan, plan
    assert "Seq Scan on commitments_commitment" not in plan, plan
