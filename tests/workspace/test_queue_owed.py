"""The queue's 未报送 asks only for the months a pledge owes (walk14 m3).

The walk: on 2026-12-07 the 2027 plan was imported; ``/workspace/queue/`` then listed
its pledges as not reported for December under "截止日已过", though that plan starts in
January, the reminders did not chase them and the scorecard did not count them. Now the
queue, the list's 本月未报送 filter and mark, and its 需要处理 ask what
``commitments.owed.owes_month`` says a pledge owes — as the reminders chase and the
scorecard's 应报未报 counts: not before its plan starts, not in the month it was assigned
after the due day, not when cancelled; a month is 截止日已过 only once its due day has
passed.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.utils import timezone

from commitments.choices import NotificationKind, Role
from commitments.models import Commitment
from commitments.reminders import sweep
from commitments.reminders.decisions import decide_for_departments
from commitments.services import workflow
from reports.rollups import department_rollups
from reports.scope import ReportScope
from tests import factories
from tests.clock import at, frozen
from tests.reports.test_owed_months import file
from tests.support.language import in_language
from tests.workspace.conftest import client_for

pytestmark = pytest.mark.django_db

QUEUE = "/workspace/queue/"
LIST = "/workspace/"


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def unreported_card(html: str) -> str:
    return html.split('id="unreported"', 1)[1].split("</section>", 1)[0]


def queue_rows(html: str) -> dict[str, int]:
    """The queue's 未报送事项 per lead department."""
    return {
        name: int(n)
        for name, n in re.findall(
            r'<tr data-department="([^"]+)">.*?data-field="missing">(\d+)</a>',
            unreported_card(html),
            re.S,
        )
    }


def page(user, url: str, when: str, language: str = "zh-hans") -> str:
    with frozen(at(when)):
        response = in_language(client_for(user), language).get(url)
    assert response.status_code == 200
    return response.content.decode()


def lead(section, department, number: int, when: str | None = None) -> Commitment:
    """A pledge ``department`` leads, assigned (entered in the ledger) at ``when``."""
    item = factories.commitment(department, section, number=number)
    if when is not None:
        Commitment.objects.filter(pk=item.pk).update(created_at=at(when))
        item.refresh_from_db()
    return item


@pytest.fixture
def units():
    return {
        name: factories.department(name)
        for name in ("社会事务办公室", "自然资源所", "经济发展办公室")
    }


@pytest.fixture
def supervisor():
    return factories.user("duban", role=Role.SUPERVISOR)


def next_years_plan(units) -> list[Commitment]:
    """The 2027 plan imported on 2026-12-07 (due on the 25th, from January): 社会事务办公室
    2, 自然资源所 2, 经济发展办公室 1, as in the walk."""
    with frozen(at("2026-12-07 10:00")):
        plan = factories.plan(2027, title="2027年工作要点")
        section = factories.section(plan)
        return [
            lead(section, units[name], n)
            for n, name in enumerate(
                ("社会事务办公室", "社会事务办公室", "自然资源所", "自然资源所", "经济发展办公室"),
                start=1,
            )
        ]


class TestNextYearsPlanImportedInDecember:
    def test_the_queue_does_not_list_next_years_pledges_for_december(self, units, supervisor):
        this_year = factories.section(factories.plan(2026, title="2026年工作要点"))
        lead(this_year, units["自然资源所"], 1)
        done = lead(this_year, units["经济发展办公室"], 2)
        file(done, "2026-12-03 10:00")
        next_years_plan(units)

        html = page(supervisor, QUEUE, "2026-12-07 15:00")

        assert queue_rows(html) == {"自然资源所": 1}
        card = text_of(unreported_card(html))
        assert "12月进度（12月25日前报送）尚未报送的单位" in card
        assert "截止日未到" in card and "截止日已过" not in card
        assert "另有5项在办事项本月不需报送（计划尚未开始" in card

    def test_with_only_next_years_plan_nothing_is_owed_this_month(self, units, supervisor):
        next_years_plan(units)

        for language, said, wrong in (
            ("zh-hans", "本月没有须报送进度的在办事项", "截止日已过"),
            ("en", "No open commitment owes a report this month", "The due day has passed"),
        ):
            html = page(supervisor, QUEUE, "2026-12-07 15:00", language)
            card = text_of(unreported_card(html))
            assert said in card and wrong not in card
            assert queue_rows(html) == {}

    def test_the_list_marks_them_not_owed_and_its_filter_leaves_them_out(self, units, supervisor):
        this_year = factories.section(factories.plan(2026))
        owed = lead(this_year, units["社会事务办公室"], 1)
        coming = next_years_plan(units)[0]
        for item in (owed, coming):  # acknowledged: 需要处理 only for the report
            Commitment.objects.filter(pk=item.pk).update(acknowledged_at=timezone.now())
        department = units["社会事务办公室"].pk

        listed = page(supervisor, f"{LIST}?department={department}", "2026-12-07 15:00")
        unreported = page(
            supervisor, f"{LIST}?department={department}&unreported=1", "2026-12-07 15:00"
        )
        needs = page(supervisor, f"{LIST}?department={department}&needs=1", "2026-12-07 15:00")
        english = page(supervisor, f"{LIST}?department={department}", "2026-12-07 15:00", "en")

        assert owed.code in unreported and coming.code not in unreported
        assert owed.code in needs and coming.code not in needs
        assert listed.count('data-field="not-owed"') == 2  # the 2027 pledges of this unit
        assert "本月无需报送" in text_of(listed)
        assert "No report due this month" in text_of(english)


class TestAssignedAfterTheDueDay:
    def test_a_pledge_assigned_after_the_due_day_is_not_listed_this_month(self, units, supervisor):
        plan = factories.plan(2026, report_due_day=5)
        section = factories.section(plan)
        lead(section, units["自然资源所"], 1, "2026-12-07 09:00")  # after the 5th
        lead(section, units["社会事务办公室"], 2, "2026-12-05 16:00")  # on the due day
        lead(section, units["经济发展办公室"], 3, "2026-11-20 09:00")  # owes from December

        html = page(supervisor, QUEUE, "2026-12-07 15:00")

        assert queue_rows(html) == {"社会事务办公室": 1, "经济发展办公室": 1}
        card = text_of(unreported_card(html))
        assert "12月进度（12月5日前报送）尚未报送的单位" in card
        assert "截止日已过：本月仍未报送的计入考评表的“应报未报”" in card
        assert "另有1项在办事项本月不需报送" in card
        # The scorecard counts the same two as 应报未报 today, not the one assigned on the 7th.
        missing = {
            line.department: line.reports_missing
            for line in department_rollups(ReportScope(datetime.date(2026, 12, 7)))
        }
        assert missing == {"社会事务办公室": 1, "经济发展办公室": 1, "自然资源所": 0}
        # In January every one owes, and before the due day it is not yet past.
        january = page(supervisor, QUEUE, "2027-01-04 15:00")
        assert queue_rows(january) == {"社会事务办公室": 1, "经济发展办公室": 1, "自然资源所": 1}
        assert "截止日未到" in text_of(unreported_card(january))

    def test_a_cancelled_pledge_is_never_listed(self, units, supervisor):
        section = factories.section(factories.plan(2026))
        item = lead(section, units["自然资源所"], 1)
        with frozen(at("2026-12-02 10:00")):
            workflow.cancel(supervisor, item, reason="并入其他事项")

        html = page(supervisor, QUEUE, "2026-12-28 15:00")

        assert queue_rows(html) == {}


class TestPlansWithDifferentDueDays:
    def test_the_note_says_which_due_day_passed_and_a_column_counts_those(self, units, supervisor):
        early = factories.section(factories.plan(2026, report_due_day=5))
        late = factories.section(factories.plan(2026, report_due_day=25, title="第二份计划"))
        lead(early, units["自然资源所"], 1)
        lead(late, units["自然资源所"], 2)
        lead(late, units["社会事务办公室"], 3)

        for language, passed, ahead in (
            ("zh-hans", "12月5日截止的已过", "其余截止日未到"),
            ("en", "The due day December 5 has passed", "the others have not reached"),
        ):
            html = page(supervisor, QUEUE, "2026-12-07 15:00", language)
            card = text_of(unreported_card(html))
            assert passed in card and ahead in card, card
            assert queue_rows(html) == {"自然资源所": 2, "社会事务办公室": 1}
            past_due = dict(
                re.findall(
                    r'<tr data-department="([^"]+)">.*?data-field="past-due">(\d+)</td>',
                    unreported_card(html),
                    re.S,
                )
            )
            assert past_due == {"自然资源所": "1", "社会事务办公室": "0"}


class TestQueueRemindersAndScorecardAgree:
    """One ledger, one scope (every unit, leads only: the queue lists leads): the queue's
    未报送 on the 28th = the reminders' missing-report recipients on the due day (the
    25th, 09:30) = the scorecard's 应报未报 on the 28th."""

    def test_the_three_count_the_same_missing_reports(self, units, supervisor):
        with frozen(at("2026-11-20 10:00")):  # December is the plan's first month
            plan = factories.plan(2026, starts_on=datetime.date(2026, 12, 1))
        section = factories.section(plan)
        names = ("社会事务办公室", "社会事务办公室", "自然资源所", "自然资源所", "经济发展办公室")
        items = [lead(section, units[name], n) for n, name in enumerate(names, start=1)]
        file(items[0], "2026-12-10 10:00")  # 社会事务办公室: 1 of 2 filed
        file(items[4], "2026-12-24 17:00")  # 经济发展办公室: filed
        next_years_plan(units)  # owes nothing in December

        decided = decide_for_departments(
            sweep.parse_moment("2026-12-25T09:30"), [u.pk for u in units.values()]
        )
        reminded = {
            name: n
            for name, unit in units.items()
            if (
                n := sum(
                    1
                    for hit in decided.departments.get(unit.pk, [])
                    if hit.kind == NotificationKind.MISSING_REPORT and not hit.co_owned
                )
            )
        }
        lead(section, units["经济发展办公室"], 9, "2026-12-26 10:00")  # after the 25th
        queued = queue_rows(page(supervisor, QUEUE, "2026-12-28 10:00"))
        scorecard = {
            line.department: line.reports_missing
            for line in department_rollups(ReportScope(datetime.date(2026, 12, 28)))
            if line.reports_missing
        }

        assert reminded == queued == scorecard == {"社会事务办公室": 1, "自然资源所": 2}
