"""A change of lead (牵头单位变更) means the same whoever makes it (review15 findings 1, 12).

The review: a re-import that named 财政所 instead of 水利站 set only ``lead_since``. 财政所
then "had acknowledged" the pledge and "had reported this month" with 水利站's 签收 and
report, so the 签收催办 never asked it, and the queue, the lists and the light counted the
month as reported; and a 督办通知 sent to 水利站 left the pledge 被督办 for 财政所, which was
never urged (a supervisor's change of lead left that too, and so did a reopening). Now a
supervisor's correction and a re-import both hand over through ``services.leads``: the
new lead owes from now, has not acknowledged, has reported only what it filed itself, and
is not 被督办; a reopened pledge is not 被督办 for a notice sent before it was closed.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from commitments.choices import NotificationKind, Role
from commitments.models import Commitment, Department
from commitments.reminders import sweep
from commitments.reminders.decisions import decide_for_departments
from commitments.services import workflow
from commitments.services.catalog import load_catalog
from commitments.services.plan_import import PlanChoice, import_plan_file
from tests import factories
from tests.clock import at, frozen
from tests.reminders.test_kept_reminder_counts import kept_and_recounted
from tests.reports.test_owed_months import assert_kept_as_counted_again, file
from tests.workspace.test_queue_owed import QUEUE, page, queue_rows

pytestmark = pytest.mark.django_db

#: The town's plan as a task list (due day: the default, the 25th); ``{lead}`` leads the
#: first pledge, 财政所 co-owns it.
LISTED = (
    "某镇2026年重点工作任务清单\n1、新建温室大棚20栋。\n牵头单位：{lead}\n配合单位：财政所\n"
    "2、建设高标准农田2万亩。\n牵头单位：镇水利站\n"
)


def assert_all_kept() -> None:
    """The first-report tallies, and on PostgreSQL the reminders' kept counts (triggers),
    equal counting again."""
    assert_kept_as_counted_again()
    if connection.vendor == "postgresql":
        kept, recounted = kept_and_recounted()
        assert kept == recounted


def no_queue(ids: list[int]) -> None:
    """The notices' send tasks are the worker tests'."""


def import_plan(lead: str, when: str, plan_id: int | None = None) -> None:
    choice = PlanChoice(plan_id=plan_id) if plan_id else None
    with frozen(at(when)):
        import_plan_file(LISTED.format(lead=lead).encode(), "清单.txt", choice=choice)


def list_row(html: str, item: Commitment) -> str:
    return html.split(f'data-id="{item.pk}"', 1)[1].split("</li>", 1)[0]


def api_state(user, item: Commitment, when: str) -> dict:
    client = APIClient()
    client.force_login(user)
    with frozen(at(when)):
        response = client.get(f"/api/v1/commitments/{item.pk}/")
    assert response.status_code == 200, response.content
    return response.data


@pytest.fixture
def town():
    """水利站 leads 新建温室大棚 from 1 December (imported then), acknowledges it on the
    2nd, reports on the 3rd; a supervisor urges it on the 3rd after that report. (It also
    leads 建设高标准农田, which nobody touches.)"""
    load_catalog()
    import_plan("镇水利站", "2026-12-01 08:00")
    item = Commitment.objects.get(number=1)
    water = item.lead_owner
    finance = Department.objects.get(name="财政所")
    supervisor = factories.user("duban", role=Role.SUPERVISOR)
    with frozen(at("2026-12-02 09:00")):
        workflow.acknowledge(factories.user(dept=water), item)
    file(item, "2026-12-03 10:00")
    with frozen(at("2026-12-03 15:00")):
        workflow.urge(supervisor, item, "请加快进度", on_created=no_queue)
    item.refresh_from_db()
    assert item.acknowledged_at is not None and item.urged
    return item, water, finance, supervisor


def hand_over(how: str, item: Commitment, finance: Department, supervisor, when: str) -> None:
    if how == "reimport":
        import_plan("财政所", when, plan_id=item.plan_id)
        return
    client = APIClient()
    client.force_login(supervisor)
    with frozen(at(when)):
        response = client.patch(
            f"/api/v1/commitments/{item.pk}/",
            {"lead_owner": finance.pk, "note": "责任单位调整"},
            format="json",
        )
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("how", ["reimport", "supervisor"])
def test_the_new_lead_has_not_acknowledged_reported_nor_been_urged(town, how):
    item, water, finance, supervisor = town
    hand_over(how, item, finance, supervisor, "2026-12-07 10:00")

    item.refresh_from_db()
    assert item.lead_owner == finance
    assert item.lead_since == at("2026-12-07 10:00")
    assert (item.acknowledged_at, item.acknowledged_by) == (None, None)
    assert (item.last_report_at, item.last_report_on) == (None, None)
    assert (item.urged_at, item.urge_reply_by, item.urged) == (None, None, False)
    # What its clerk and the supervisor see: not acknowledged, not reported, not urged.
    clerk = factories.user("caizheng", dept=finance)
    for user in (clerk, supervisor):
        row = list_row(page(user, "/workspace/", "2026-12-07 15:00"), item)
        assert "未签收" in row and "未报送" in row
        assert 'data-field="urged"' not in row
    state = api_state(clerk, item, "2026-12-07 15:00")
    assert (state["urged"], state["urged_at"], state["urge_reply_by"]) == (False, None, None)
    assert state["acknowledged_at"] is None
    # The queue, the reminders of the 25th and the light after it agree: December is
    # 财政所's to report (it got the pledge before the due day) and it has not.
    assert queue_rows(page(supervisor, QUEUE, "2026-12-07 15:00"))["财政所"] == 1
    reminded = {
        hit.kind
        for hit in decide_for_departments(
            sweep.parse_moment("2026-12-25T09:30"), [finance.pk]
        ).departments.get(finance.pk, [])
        if hit.commitment_id == item.pk and not hit.co_owned
    }
    assert reminded == {NotificationKind.UNACKNOWLEDGED, NotificationKind.MISSING_REPORT}
    assert queue_rows(page(supervisor, QUEUE, "2026-12-28 15:00"))["财政所"] == 1
    lit = Commitment.objects.with_light(datetime.date(2026, 12, 28)).get(pk=item.pk)
    assert (lit.light, lit.report_missing) == ("yellow", datetime.date(2026, 12, 1))
    assert_all_kept()


@pytest.mark.parametrize("how", ["reimport", "supervisor"])
def test_a_co_owner_made_lead_keeps_its_own_latest_report(town, how):
    item, water, finance, supervisor = town
    file(item, "2026-12-04 11:00", department=finance)  # as the co-owner
    file(item, "2026-12-05 10:00")  # 水利站 again, later
    hand_over(how, item, finance, supervisor, "2026-12-07 10:00")

    item.refresh_from_db()
    assert item.last_report_at == at("2026-12-04 11:00")
    assert item.last_report_on == datetime.date(2026, 12, 4)
    assert item.acknowledged_at is None and not item.urged
    assert "未报送" not in list_row(page(supervisor, "/workspace/", "2026-12-07 15:00"), item)
    assert "财政所" not in queue_rows(page(supervisor, QUEUE, "2026-12-28 15:00"))
    assert_all_kept()


def test_a_reimport_writes_a_handed_over_lead_once(town):
    """The lead is ``leads.hand_over``'s to write: the re-import's rows of the pledge's
    other fields leave it alone (it was written twice, each write through the kept
    counts' triggers)."""
    item, _water, finance, _supervisor = town
    with CaptureQueriesContext(connection) as queries:
        import_plan("财政所", "2026-12-07 10:00", plan_id=item.plan_id)
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if re.search(r'UPDATE "commitments_commitment" (AS t )?SET', q["sql"])
        and re.search(r'"lead_owner_id" =', q["sql"].split(" WHERE ")[0])
    ]
    assert len(writes) == 1, writes
    assert Commitment.objects.get(pk=item.pk).lead_owner == finance
    assert_all_kept()


def test_a_reimport_that_keeps_the_lead_keeps_its_acts(town):
    item, water, _finance, _supervisor = town
    before = Commitment.objects.values(
        "lead_since", "acknowledged_at", "last_report_at", "last_report_on", "urged_at"
    ).get(pk=item.pk)
    import_plan("镇水利站", "2026-12-07 10:00", plan_id=item.plan_id)
    after = Commitment.objects.values(*before).get(pk=item.pk)
    assert after == before
    assert Commitment.objects.get(pk=item.pk).urged


def test_a_reopened_pledge_is_not_urged_for_a_notice_sent_before_it_was_closed(town):
    item, _water, _finance, supervisor = town
    with frozen(at("2026-12-04 09:00")):
        workflow.cancel(supervisor, item, reason="并入其他事项")
    with frozen(at("2026-12-08 09:00")):
        workflow.reopen(supervisor, item, "误取消")
    item.refresh_from_db()
    assert (item.urged_at, item.urge_reply_by, item.urged) == (None, None, False)
    row = list_row(page(supervisor, "/workspace/", "2026-12-08 15:00"), item)
    assert 'data-field="urged"' not in row
    # Urged again after reopening, it is 被督办 again.
    with frozen(at("2026-12-08 10:00")):
        workflow.urge(supervisor, item, "", on_created=no_queue)
    assert Commitment.objects.get(pk=item.pk).urged


def numbered(count: int, lead: str) -> bytes:
    lines = ["某镇2026年重点工作任务清单"]
    for n in range(1, count + 1):
        lines += [f"{n}、完成第{n}片区村道硬化工程。", f"牵头单位：{lead}"]
    return "\n".join(lines).encode()


def queries_to_hand_over(count: int) -> int:
    """Queries of a re-import that gives ``count`` pledges, each acknowledged and
    reported on by 水利站 on one of 28 days, to 财政所."""
    with frozen(at("2026-11-01 08:00")):
        import_plan_file(
            numbered(count, "镇水利站"), f"清单{count}.txt", choice=PlanChoice(new=True)
        )
    items = list(Commitment.objects.filter(plan__source_name=f"清单{count}.txt"))
    plan_id = items[0].plan_id
    for n, item in enumerate(items):
        Commitment.objects.filter(pk=item.pk).update(acknowledged_at=at("2026-11-01 09:00"))
        file(item, f"2026-11-{n % 28 + 1:02d} 10:00", percent=n % 100)
    with frozen(at("2026-12-07 10:00")), CaptureQueriesContext(connection) as queries:
        import_plan_file(
            numbered(count, "财政所"), f"清单{count}.txt", choice=PlanChoice(plan_id=plan_id)
        )
    handed = Commitment.objects.filter(plan_id=plan_id)
    assert set(handed.values_list("lead_owner__name", flat=True)) == {"财政所"}
    assert not handed.filter(acknowledged_at__isnull=False).exists()
    assert not handed.filter(last_report_at__isnull=False).exists()
    return len(queries)


def test_a_reimport_hands_over_200_pledges_in_the_queries_of_20():
    load_catalog()
    few, many = queries_to_hand_over(20), queries_to_hand_over(200)
    assert many == few, f"{few} queries for 20 pledges, {many} for 200"
    assert_all_kept()


@pytest.mark.parametrize(("how", "kind"), [("reimport", "reimported"), ("supervisor", "edited")])
def test_the_history_keeps_the_former_leads_acts_and_says_who_leads_now(town, how, kind):
    item, _water, finance, supervisor = town
    hand_over(how, item, finance, supervisor, "2026-12-07 10:00")
    events = list(item.events.order_by("created_at", "pk"))
    assert [e.kind for e in events] == ["imported", "acknowledged", "reported", "urged", kind]
    assert "lead_owner" in events[-1].changes
    html = page(supervisor, f"/workspace/commitments/{item.pk}/", "2026-12-07 15:00")
    history = re.sub(r"<[^>]+>|\s+", "", html.split('id="history"', 1)[1])
    assert "督办通知" in history and "签收" in history
