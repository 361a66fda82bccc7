"""Who each department rule reminds, edge by edge (co-owners, excused co-owners,
plans that start late or have their own due day, retired and closed pledges),
and that a chunk's reads do not grow with its ledger.

Monday 2024-07-22 09:30: deadlines and milestones 14/7/3/1 days ahead are due,
and the July reports (due on the 25th) are asked for three days before.
"""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from commitments.choices import NotificationKind as Kind
from commitments.choices import Role, Status
from commitments.models import Commitment, CoOwnership, Milestone
from commitments.reminders import sweep
from commitments.reminders.decisions import Decided, Hit, decide_for_departments
from tests import factories
from tests.reminders.scenario import MONDAY, MONDAY_9_30, report

pytestmark = pytest.mark.django_db
IN_7 = MONDAY + datetime.timedelta(days=7)
FAR = MONDAY + datetime.timedelta(days=100)
ACKED = {"acknowledged_at": timezone.make_aware(datetime.datetime(2024, 1, 5, 10, 0))}


def decide(*departments) -> Decided:
    return decide_for_departments(sweep.parse_moment(MONDAY_9_30), [d.pk for d in departments])


def reasons(decided: Decided, department) -> set[tuple[str, int, bool]]:
    """(kind, commitment id, co-owned) of every hit the department gets."""
    return {(h.kind, h.commitment_id, h.co_owned) for h in decided.departments[department.pk]}


@pytest.fixture
def town():
    lead = factories.department("测试牵头局")
    helper = factories.department("测试配合局")
    excused = factories.department("测试免报局")
    staff = factories.user("lead_staff", Role.STAFF, dept=lead)
    return lead, helper, excused, staff, factories.section(factories.plan(2024))


def test_it_reminds_co_owners_of_deadlines_and_milestones_even_when_excused(town):
    lead, helper, excused, _, section = town
    item = factories.commitment(lead, section, IN_7, co_owners=[helper, excused], **ACKED)
    CoOwnership.objects.filter(department=excused).update(excused_at=timezone.now())
    far = factories.commitment(lead, section, FAR, co_owners=[excused], **ACKED)
    milestone = Milestone.objects.create(commitment=far, due=IN_7, text="完成选址")
    Milestone.objects.create(commitment=far, due=IN_7, text="完成设计", completed_at=timezone.now())

    decided = decide(lead, helper, excused)

    deadline = {(Kind.DEADLINE, item.pk, False)}
    assert {r for r in reasons(decided, lead) if r[0] == Kind.DEADLINE} == deadline
    assert {r for r in reasons(decided, excused) if r[0] == Kind.DEADLINE} == {
        (Kind.DEADLINE, item.pk, True)
    }
    milestones = [h for h in decided.departments[excused.pk] if h.kind == Kind.MILESTONE]
    assert [(h.key, h.co_owned) for h in milestones] == [(f"m{milestone.pk}", True)]
    assert milestones[0].extra == {
        "milestone": {"due": IN_7.isoformat(), "text": "完成选址", "days_left": 7}
    }


def test_it_asks_each_owner_for_its_own_report_but_not_an_excused_co_owner(town):
    lead, helper, excused, staff, section = town
    item = factories.commitment(lead, section, FAR, co_owners=[helper, excused], **ACKED)
    CoOwnership.objects.filter(department=excused).update(excused_at=timezone.now())
    report(item, lead, staff, MONDAY.replace(day=1))  # the lead's report is not the helper's
    report(item, helper, staff, datetime.date(2024, 6, 20))  # June's is not July's

    decided = decide(lead, helper, excused)

    assert reasons(decided, lead) == set()
    assert reasons(decided, helper) == {(Kind.MISSING_REPORT, item.pk, True)}
    assert reasons(decided, excused) == set()
    (hit,) = decided.departments[helper.pk]
    assert hit.extra == {"report": {"period": "2024-07", "due": "2024-07-25"}}


def test_it_asks_the_lead_alone_to_acknowledge(town):
    lead, helper, _, _, section = town
    item = factories.commitment(lead, section, FAR, co_owners=[helper])

    decided = decide(lead, helper)

    assert reasons(decided, lead) == {
        (Kind.MISSING_REPORT, item.pk, False),
        (Kind.UNACKNOWLEDGED, item.pk, False),
    }
    assert reasons(decided, helper) == {(Kind.MISSING_REPORT, item.pk, True)}


def test_plans_that_start_later_or_are_due_another_day_are_not_asked_for_reports(town):
    """A plan that starts within the month owes its report (``owed.plan_owes_month``);
    one that starts next month does not (sweep16: the one starting on the 2nd was not
    asked either)."""
    lead, _, _, _, _ = town
    late = factories.section(factories.plan(2024, starts_on=datetime.date(2024, 8, 1)))
    mid = factories.section(factories.plan(2024, starts_on=datetime.date(2024, 7, 2)))
    on_the_10th = factories.section(factories.plan(2024, report_due_day=10))
    on_the_25th = factories.section(factories.plan(2024, report_due_day=25))
    started = factories.section(factories.plan(2024, starts_on=datetime.date(2024, 7, 1)))
    items = {
        name: factories.commitment(lead, s, IN_7 if name == "late" else FAR)
        for name, s in (
            ("late", late),
            ("on_the_10th", on_the_10th),
            ("on_the_25th", on_the_25th),
            ("started", started),
            ("mid", mid),
        )
    }

    decided = decide(lead)

    asked = {Kind.MISSING_REPORT, Kind.UNACKNOWLEDGED}
    assert reasons(decided, lead) == {
        (Kind.DEADLINE, items["late"].pk, False),
        *((kind, items["on_the_25th"].pk, False) for kind in asked),
        *((kind, items["started"].pk, False) for kind in asked),
        *((kind, items["mid"].pk, False) for kind in asked),
    }


def test_closed_and_retired_commitments_are_not_reminded(town):
    lead, helper, _, _, section = town
    done = {"status": Status.COMPLETED, "completed_at": timezone.now()}
    for fields in (done, {"status": Status.CANCELLED}):
        factories.commitment(lead, section, IN_7, co_owners=[helper], **fields)
    retired = factories.commitment(lead, section, IN_7, co_owners=[helper])
    Commitment.objects.filter(pk=retired.pk).update(removed_from_source=True)
    Milestone.objects.create(commitment=retired, due=IN_7, text="完成选址")

    decided = decide(lead, helper)

    assert not decided


def test_a_department_only_gets_the_chunks_own_commitments(town):
    lead, helper, outsider, _, section = town
    mine = factories.commitment(lead, section, IN_7, co_owners=[outsider], **ACKED)
    factories.commitment(outsider, section, IN_7, co_owners=[helper], **ACKED)

    decided = decide(lead)

    assert set(decided.departments) == {lead.pk}
    assert reasons(decided, lead) == {
        (Kind.DEADLINE, mine.pk, False),
        (Kind.MISSING_REPORT, mine.pk, False),
    }


def count_queries(func) -> int:
    with CaptureQueriesContext(connection) as ctx:
        func()
    return len(ctx.captured_queries)


def test_a_chunks_reads_do_not_grow_with_co_owners_milestones_and_reports(town):
    lead, helper, excused, staff, section = town
    ids = [lead.pk, helper.pk, excused.pk]
    moment = sweep.parse_moment(MONDAY_9_30)
    first = factories.commitment(lead, section, IN_7, co_owners=[helper])
    Milestone.objects.create(commitment=first, due=IN_7, text="节点")

    def run() -> list[Hit]:
        decided = decide_for_departments(moment, ids)
        return [hit for hits in decided.departments.values() for hit in hits]

    before = count_queries(run)
    hits_before = len(run())
    for n in range(20):
        item = factories.commitment(
            lead, section, MONDAY + datetime.timedelta(days=1 + n % 14), co_owners=[helper, excused]
        )
        Milestone.objects.create(commitment=item, due=IN_7, text=f"节点{n}")
        report(item, [lead, helper][n % 2], staff, MONDAY.replace(day=1))
    CoOwnership.objects.filter(department=excused).update(excused_at=timezone.now())

    assert count_queries(run) == before
    assert len(run()) > hits_before + 60


def test_after_a_merge_the_unit_is_not_asked_for_what_the_merged_department_filed(town):
    """水利站 filed July's reports on the pledge it led and on one it co-owned with the
    unit, and June's only on a third: merged into the unit, the unit is asked for
    July's report on the third alone (what 水利站 did is the unit's)."""
    from commitments.services.catalog import merge_department

    unit, _, _, staff, section = town
    station = factories.department("水利站")
    own = factories.commitment(station, section, FAR, **ACKED)
    shared = factories.commitment(unit, section, FAR, co_owners=[station], **ACKED)
    june = factories.commitment(station, section, FAR, **ACKED)
    report(own, station, staff, MONDAY.replace(day=1))
    report(shared, unit, staff, MONDAY.replace(day=1))
    report(shared, station, staff, MONDAY.replace(day=2))
    report(june, station, staff, datetime.date(2024, 6, 20))

    merge_department(station, unit)

    asked = {(kind, pk) for kind, pk, _ in reasons(decide(unit), unit)}
    assert asked == {(Kind.MISSING_REPORT, june.pk)}
