"""Which months a pledge owes a monthly report has one home, ``commitments.owed``, and
the light, the scorecard, the queue and the chart all ask it (owed15).

Before, the light kept a copy of the rule (``lights._owed``) that differed: a plan that
starts after the 1st owed nothing in its first month by the light, while the scorecard
counted that month as owed (应报未报) and the chart a late report for it as 迟报; and a
pledge handed to another unit after the due day was chased for that month by the light
(黄灯, 12月进度未报送) though the scorecard and the queue said the new lead did not owe
it. A co-owner (配合单位) added to a pledge later — by a supervisor or a re-import — owes
from when it was added (``CoOwnership.since``), as a lead owes from ``lead_since``, not
from the pledge's ``created_at``: the scorecard counted it 12 months owed and missing for a
pledge it joined that day.
"""

from __future__ import annotations

import datetime
import itertools

import pytest
from django.db.models import Value
from rest_framework.test import APIClient

from commitments.choices import Role, Status
from commitments.models import Commitment, CoOwnership, Department, Plan
from commitments.owed import owed_from_day, owes_month
from reports import summary_cache
from tests import factories
from tests.clock import at, frozen
from tests.reports.test_lead_change_owed import hand_over
from tests.reports.test_owed_months import assert_kept_as_counted_again, card, chart, file
from tests.workspace.test_queue_owed import QUEUE, page, queue_rows

pytestmark = pytest.mark.django_db

d = datetime.date
LEAD, NEW, CO = "社会事务办", "财政所", "自然资源所"


def light(item: Commitment, supervisor, when: str) -> tuple[str, str]:
    """The pledge's light and its reason, as the API gives them at ``when``."""
    client = APIClient()
    with frozen(at(when)):
        client.force_login(supervisor)  # a session of that day
        body = client.get(f"/api/v1/commitments/{item.pk}/", HTTP_ACCEPT_LANGUAGE="zh-CN").json()
    return body["light"], body["light_reason"]


def pledge(plan: Plan, unit, when: str, number: int = 1) -> Commitment:
    """A pledge ``unit`` leads, entered in the ledger at ``when``, half done (not behind
    the elapsed time before autumn: the light's only other yellow)."""
    item = factories.commitment(unit, factories.section(plan, number), number=number, percent=90)
    Commitment.objects.filter(pk=item.pk).update(created_at=at(when))
    item.refresh_from_db()
    return item


@pytest.fixture
def supervisor():
    return factories.user("duban", role=Role.SUPERVISOR)


class TestAPlanThatStartsMidMonth:
    """A 2026 plan whose 序时进度 starts on 10 March, its pledges imported on the 12th."""

    @pytest.fixture
    def item(self):
        plan = factories.plan(2026, starts_on=d(2026, 3, 10), title="2026年下半程工作安排")
        summary_cache.forget()
        return pledge(plan, factories.department(LEAD), "2026-03-12 09:00")

    def test_its_first_month_is_owed_by_the_light_the_scorecard_and_the_queue(
        self, item, supervisor
    ):
        color, reason = light(item, supervisor, "2026-03-27 10:00")
        assert (color, reason) == ("yellow", "3月进度未报送")  # was green: 完成90%…
        assert card(d(2026, 3, 27), item.plan)[LEAD][:4] == (1, 0, 0, 1)
        assert queue_rows(page(supervisor, QUEUE, "2026-03-27 15:00")) == {LEAD: 1}
        # Early in April (before April's due day) March is still the month missing.
        assert "3月进度未报送" in light(item, supervisor, "2026-04-03 10:00")[1]

    def test_a_late_report_for_it_is_late_in_the_chart_and_answers_the_light(
        self, item, supervisor
    ):
        file(item, "2026-03-28 10:00")
        assert chart(d(2026, 3, 28), item.plan)["2026-03"] == (0, 1, 0)  # 迟报
        assert card(d(2026, 3, 28), item.plan)[LEAD][:4] == (1, 1, 0, 0)
        assert "进度未报送" not in light(item, supervisor, "2026-03-28 15:00")[1]
        assert_kept_as_counted_again()


class TestAPledgeAddedAfterTheDueDay:
    """Added on 12-07 to a plan due on the 5th: owed from January (the light's copy of
    the rule said so too; kept here as the guard that all four still agree)."""

    def test_nothing_is_owed_in_december_and_january_is(self, supervisor):
        plan = factories.plan(2026, report_due_day=5)
        item = pledge(plan, factories.department(LEAD), "2026-12-07 09:00")
        summary_cache.forget()
        assert "进度未报送" not in light(item, supervisor, "2026-12-08 10:00")[1]
        assert card(d(2026, 12, 8), plan)[LEAD][:4] == (0, 0, 0, 0)
        assert queue_rows(page(supervisor, QUEUE, "2026-12-08 10:00")) == {}
        assert "1月进度未报送" in light(item, supervisor, "2027-01-06 10:00")[1]
        assert card(d(2027, 1, 6), plan)[LEAD][:4] == (1, 0, 0, 1)
        assert queue_rows(page(supervisor, QUEUE, "2027-01-06 10:00")) == {LEAD: 1}


class TestALeadChangedMidYear:
    """A 2026 plan due on the 5th; 社会事务办 led a pledge from January and reported on
    the 3rd of every month to November; a supervisor hands it to 财政所 in December."""

    @pytest.fixture
    def item(self):
        plan = factories.plan(2026, report_due_day=5)
        old = factories.department(LEAD)
        item = pledge(plan, old, "2026-01-01 08:00")
        for month in range(1, 12):
            file(item, f"2026-{month:02d}-{3:02d} 10:00")
        factories.department(NEW)
        return item

    @pytest.mark.parametrize(
        ("when", "december"),
        [("2026-12-06 09:00", False), ("2026-12-04 09:00", True)],
        ids=["after-the-due-day", "before-the-due-day"],
    )
    def test_the_new_lead_is_asked_for_december_only_if_it_owes_it(
        self, item, supervisor, when, december
    ):
        hand_over("api", item, Department.objects.get(name=NEW), supervisor, when)
        item.refresh_from_db()
        reason = light(item, supervisor, "2026-12-07 10:00")[1]
        assert ("12月进度未报送" in reason) is december  # was always: 黄灯, 12月进度未报送
        owed = int(december)
        assert card(d(2026, 12, 7), item.plan)[NEW][:4] == (owed, 0, 0, owed)
        assert queue_rows(page(supervisor, QUEUE, "2026-12-07 15:00")) == (
            {NEW: 1} if december else {}
        )
        assert "1月进度未报送" in light(item, supervisor, "2027-01-06 10:00")[1]
        assert queue_rows(page(supervisor, QUEUE, "2027-01-06 15:00")) == {NEW: 1}
        assert_kept_as_counted_again()


class TestACoOwnerAddedLater:
    """A 2026 plan due on the 5th; 社会事务办 leads a pledge from January; 自然资源所 is
    made its co-owner in December, after the due day."""

    @pytest.fixture
    def item(self):
        plan = factories.plan(2026, report_due_day=5)
        factories.department(CO)
        return pledge(plan, factories.department(LEAD), "2026-01-01 08:00")

    def add_co_owner(self, item: Commitment, supervisor, when: str) -> None:
        co = Department.objects.get(name=CO)
        client = APIClient()
        client.force_login(supervisor)
        with frozen(at(when)):
            response = client.patch(
                f"/api/v1/commitments/{item.pk}/",
                {"co_owners": [co.pk], "note": "增加配合单位"},
                format="json",
                HTTP_ACCEPT_LANGUAGE="zh-CN",
            )
        assert response.status_code == 200, response.content
        summary_cache.forget()

    def test_it_owes_from_the_month_it_was_added(self, item, supervisor):
        self.add_co_owner(item, supervisor, "2026-12-06 09:00")
        share = CoOwnership.objects.get(commitment=item)
        assert share.since == at("2026-12-06 09:00")
        assert card(d(2026, 12, 7), item.plan)[CO][:4] == (0, 0, 0, 0)  # was 12 owed, 12 missing
        assert card(d(2026, 12, 7))[CO][:4] == (0, 0, 0, 0)  # over all plans too
        assert card(d(2027, 1, 6), item.plan)[CO][:4] == (1, 0, 0, 1)

    def test_added_by_the_due_day_it_owes_that_month(self, item, supervisor):
        self.add_co_owner(item, supervisor, "2026-12-04 09:00")
        assert card(d(2026, 12, 7), item.plan)[CO][:4] == (1, 0, 0, 1)

    def test_its_report_for_a_month_it_did_not_owe_is_early(self, item, supervisor):
        self.add_co_owner(item, supervisor, "2026-12-06 09:00")
        co = Department.objects.get(name=CO)
        file(Commitment.objects.get(pk=item.pk), "2026-12-07 10:00", department=co)
        assert card(d(2026, 12, 7), item.plan)[CO] == (0, 1, 0, 0, None, None)
        assert chart(d(2026, 12, 7), item.plan)["2026-12"] == (0, 0, 1)  # 提前报送
        assert_kept_as_counted_again()

    def test_removed_and_its_reports_count_as_before(self, item, supervisor):
        """A co-owner removed again owes nothing; its report (filed as co-owner, for a
        month it did not owe) is counted by the rule for a unit that is no co-owner,
        and the kept tallies follow."""
        self.add_co_owner(item, supervisor, "2026-12-06 09:00")
        co = Department.objects.get(name=CO)
        file(Commitment.objects.get(pk=item.pk), "2026-12-07 10:00", department=co)
        client = APIClient()
        client.force_login(supervisor)
        with frozen(at("2026-12-08 09:00")):
            response = client.patch(
                f"/api/v1/commitments/{item.pk}/", {"co_owners": []}, format="json"
            )
        assert response.status_code == 200, response.content
        assert_kept_as_counted_again()

    def test_the_co_owners_list_says_it_owes_nothing_this_month(self, item, supervisor):
        from tests.workspace.conftest import client_for

        self.add_co_owner(item, supervisor, "2026-12-06 09:00")
        clerk = factories.user("ziran", dept=Department.objects.get(name=CO))
        with frozen(at("2026-12-07 15:00")):
            html = client_for(clerk).get("/workspace/").content.decode()
        assert 'data-field="not-owed"' in html
        with frozen(at("2027-01-06 15:00")):
            html = client_for(clerk).get("/workspace/").content.decode()
        assert 'data-field="not-owed"' not in html


LISTED = (
    "某镇2026年重点工作任务清单\n1、新建温室大棚20栋。\n牵头单位：镇水利站\n{co}"
    "2、建设高标准农田2万亩。\n牵头单位：镇水利站\n"
)


def test_a_reimport_that_adds_a_co_owner_has_it_owe_from_that_day(db):
    from commitments.services.catalog import load_catalog
    from commitments.services.plan_import import PlanChoice, import_plan_file

    load_catalog()
    with frozen(at("2026-01-01 08:00")):
        import_plan_file(LISTED.format(co="").encode(), "清单.txt")
    greenhouse = Commitment.objects.get(number=1)
    plan = greenhouse.plan
    Plan.objects.filter(pk=plan.pk).update(report_due_day=5)
    with frozen(at("2026-12-07 10:00")):
        import_plan_file(
            LISTED.format(co="配合单位：镇财政所\n").encode(),
            "清单.txt",
            choice=PlanChoice(plan_id=plan.pk),
        )
    summary_cache.forget()
    share = CoOwnership.objects.get(commitment=greenhouse)
    assert share.department.name == "财政所"
    assert share.since == at("2026-12-07 10:00")
    assert card(d(2026, 12, 7), plan)["财政所"][:4] == (0, 0, 0, 0)
    assert card(d(2027, 1, 6), plan)["财政所"][:4] == (1, 0, 0, 1)
    assert_kept_as_counted_again()


# --- the rule's two SQL forms ----------------------------------------------------------


def test_owes_month_says_what_owed_from_day_says(db):
    """``owes_month`` (a month known in advance, as comparisons: the light, the queue)
    and ``owed_from_day`` (a month per row: the kept first-report tallies) are one rule:
    over plans starting on the 1st or mid-month, pledges entered, handed over or joined
    as co-owner before, on and after the due day, completed and cancelled ones, each
    month of a spring says the same of each (the lead's report, and each unit's)."""
    due = 5
    plans = [
        factories.plan(2026, report_due_day=due, starts_on=start)
        for start in (d(2026, 1, 1), d(2026, 3, 3), d(2026, 3, 20))
    ]
    lead, co, stranger = (factories.department(n) for n in (LEAD, CO, NEW))
    moments = [None, "2026-02-20 09:00", "2026-03-05 23:30", "2026-03-06 00:10", "2026-04-01"]
    endings = [
        (Status.ON_TRACK, None),
        (Status.COMPLETED, "2026-03-15 10:00"),
        (Status.CANCELLED, None),
    ]
    number = itertools.count(1)
    for plan, entered, handed, joined, (status, completed) in itertools.product(
        plans, moments[1:], moments, moments, endings
    ):
        if handed is not None and handed < entered or joined is not None and joined < entered:
            continue
        item = factories.commitment(lead, factories.section(plan, next(number)))
        Commitment.objects.filter(pk=item.pk).update(
            created_at=at(entered),
            lead_since=at(handed) if handed else None,
            status=status,
            completed_at=at(completed) if completed else None,
        )
        CoOwnership.objects.create(
            commitment=item, department=co, since=at(joined) if joined else None
        )
    pledges = Commitment.objects.all()
    assert pledges.count() > 200
    every = set(pledges.values_list("pk", flat=True))
    for month in (d(2026, 2, 1), d(2026, 3, 1), d(2026, 4, 1), d(2026, 5, 1)):
        index = Value(month.year * 12 + month.month - 1)
        for unit in (None, lead, co, stranger):
            reporter = True if unit is None else Value(unit.pk)
            by_row = set(
                pledges.annotate(owed=owed_from_day(index, "", reporter))
                .filter(owed__lte=due)
                .values_list("pk", flat=True)
            )
            by_month = set(
                pledges.filter(
                    owes_month(month, department=None if unit is None else unit.pk)
                ).values_list("pk", flat=True)
            )
            assert by_month == by_row, (month, unit)
            if unit == stranger:  # neither lead nor co-owner: owes nothing (walk15 B1)
                assert by_row == set(), (month, unit)
            elif month >= d(2026, 4, 1):  # from April some pledges owe, some do not
                assert set() != by_row != every, (month, unit)
