"""Late hand-overs through every writer (review16 B2–B5, B7): a merge that makes the lead
the unit that missed the deadline, a re-import that hands over with the file's deadline
and records it in the history, an edit that would set a past deadline with a new lead,
and the deletion of the unit the 逾期 counts against."""

from __future__ import annotations

import datetime

import pytest
from django.db.models import ProtectedError
from rest_framework.test import APIClient

from commitments.choices import EventKind, NotificationKind
from commitments.models import Commitment, CommitmentEvent, Department
from commitments.reminders.items import load_items
from commitments.reminders.messages import why
from commitments.services.catalog import load_catalog, merge_department
from commitments.services.plan_import import PlanChoice, import_plan_file
from tests import factories
from tests.clock import at, frozen
from tests.workspace.test_hand_over import town  # noqa: F401 (fixture)
from tests.workspace.test_late_hand_over import NOW, late, overdue_by_unit, patch  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("which", ["new_into_old", "old_into_new"])
def test_a_merge_that_makes_the_lead_the_unit_that_missed_it(late, which):  # noqa: F811
    item, water, finance, supervisor = late
    patch(supervisor, item, {"lead_owner": finance.pk})
    if which == "new_into_old":
        merge_department(finance, water)
    else:
        merge_department(water, finance)
    item.refresh_from_db()
    assert item.overdue_lead_id is None
    with frozen(at("2026-12-08 09:30")):
        found = load_items([item.pk], datetime.date(2026, 12, 8))[item.pk]
    said = why(NotificationKind.OVERDUE_DIGEST, found)
    assert "overdue_from" not in found and "移交时已逾期" not in said, said
    assert overdue_by_unit() == {item.lead_owner_id: 1}


def test_the_rule_ignores_a_lead_that_is_its_own_overdue_lead(late):  # noqa: F811
    """Every reader agrees even on a row written before the merge cleared it."""
    item, water, finance, supervisor = late
    patch(supervisor, item, {"lead_owner": finance.pk})
    Commitment.objects.filter(pk=item.pk).update(overdue_lead=finance)
    with frozen(at("2026-12-08 09:30")):
        found = load_items([item.pk], datetime.date(2026, 12, 8))[item.pk]
    assert "overdue_from" not in found
    assert overdue_by_unit() == {finance.pk: 1}


def test_an_edit_giving_a_new_lead_a_deadline_already_past_is_refused(late):  # noqa: F811
    item, water, finance, supervisor = late
    client = APIClient()
    client.force_login(supervisor)
    with frozen(at(NOW)):
        response = client.patch(
            f"/api/v1/commitments/{item.pk}/",
            {"lead_owner": finance.pk, "deadline": "2026-12-01"},
            format="json",
        )
    assert response.status_code == 400, response.content
    assert "deadline" in response.json()["errors"], response.json()
    assert "不能早于今天" in str(response.json()["errors"]["deadline"])
    item.refresh_from_db()
    assert item.lead_owner_id == water.pk and item.overdue_lead_id is None
    # The old deadline kept, or one from today: accepted.
    state = patch(supervisor, item, {"lead_owner": finance.pk, "deadline": "2026-12-07"})
    assert state["overdue_lead"] is None


DATED = (
    "某镇2026年重点工作任务清单\n1、新建温室大棚20栋。\n牵头单位：{lead}\n配合单位：财政所\n完成时限：{by}\n"
    "2、建设高标准农田2万亩。\n牵头单位：镇水利站\n"
)


def _import(lead: str, by: str, when: str, plan_id: int | None = None) -> None:
    choice = PlanChoice(plan_id=plan_id) if plan_id else None
    with frozen(at(when)):
        import_plan_file(DATED.format(lead=lead, by=by).encode(), "清单.txt", choice=choice)


def test_a_reimport_hands_over_with_the_files_deadline_and_says_so():
    load_catalog()
    _import("镇水利站", "2026年12月31日", "2026-11-01 08:00")
    item = Commitment.objects.get(number=1)
    water = item.lead_owner
    _import("财政所", "2026年11月30日", "2026-12-07 10:00", plan_id=item.plan_id)
    item.refresh_from_db()
    assert item.deadline == datetime.date(2026, 11, 30)
    assert item.overdue_lead == water
    event = CommitmentEvent.objects.filter(commitment=item, kind=EventKind.REIMPORTED).latest("pk")
    assert event.changes["overdue_lead"] == [
        None,
        {"id": water.pk, "name": water.name, "deadline": "2026-11-30", "days": 7},
    ]


def test_a_reimport_hand_over_of_an_overdue_pledge_is_in_its_history():
    load_catalog()
    _import("镇水利站", "2026年11月29日", "2026-11-01 08:00")
    item = Commitment.objects.get(number=1)
    water = item.lead_owner
    _import("财政所", "2026年11月29日", "2026-12-07 10:00", plan_id=item.plan_id)
    item.refresh_from_db()
    assert item.overdue_lead == water
    event = CommitmentEvent.objects.filter(commitment=item, kind=EventKind.REIMPORTED).latest("pk")
    assert event.changes["overdue_lead"][1]["days"] == 8


def test_the_unit_its_overdue_counts_against_cannot_be_deleted(late):  # noqa: F811
    item, water, finance, supervisor = late
    gone = factories.department("测试撤并局")
    Commitment.objects.filter(pk=item.pk).update(lead_owner=gone)
    patch(supervisor, Commitment.objects.get(pk=item.pk), {"lead_owner": finance.pk})
    assert overdue_by_unit().get(gone.pk) == 1
    with pytest.raises(ProtectedError):
        Department.objects.get(pk=gone.pk).delete()
    assert overdue_by_unit().get(finance.pk, 0) == 0
