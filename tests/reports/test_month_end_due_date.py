"""A due day the month does not have is the month's last day, everywhere (review15 #3).

The review: a plan's 每月报送截止日 30, reports filed on 01-10 and 02-10. On 03-01 and
03-02 the scorecard said 应报2 · 按时1 · 应报未报1 and the chart called February's
report 提前报送: its due date ran past the month's end (02-01 + 29 days = 03-02), while
the reminders chased it on 02-28 and the field's help text promises the month's last
day. Now the rule has one home (``commitments.due_dates``): the scorecard, the chart,
the queue and the reminders all take the last day of February (and of April, for
the 31st) as the due date.
"""

from __future__ import annotations

import datetime

import pytest
from django.db.models import Value

from commitments import due_dates
from commitments.choices import NotificationKind, Role
from commitments.models import Plan
from commitments.reminders import calendar, policy, sweep
from commitments.reminders.decisions import decide_for_departments
from reports import summary_cache
from tests import factories
from tests.reports.test_owed_months import assign, card, chart, file
from tests.workspace.test_queue_owed import page, queue_rows, text_of, unreported_card

pytestmark = pytest.mark.django_db

d = datetime.date
ONE_DAY = datetime.timedelta(days=1)
UNIT = "财政所"

MONTH_ENDS = [
    pytest.param(29, d(2026, 2, 28), id="29-in-February"),
    pytest.param(30, d(2026, 2, 28), id="30-in-February"),
    pytest.param(31, d(2026, 2, 28), id="31-in-February"),
    pytest.param(31, d(2026, 4, 30), id="31-in-April"),
]
PLANS = pytest.mark.parametrize("over_all_plans", [False, True], ids=["the-plan", "all-plans"])


def pledge_due_on(due_day: int, last: datetime.date):
    """A 2026 plan due on ``due_day`` and 财政所's pledge, assigned on the first day of
    ``last``'s month (so that month is the first it owes)."""
    plan = factories.plan(2026, report_due_day=due_day, title="2026年工作要点")
    item = assign(factories.section(plan), UNIT, 1, f"{last:%Y-%m}-01 08:00")
    return plan, item


def scorecard(day: datetime.date, plan: Plan | None) -> tuple:
    summary_cache.forget()
    return card(day, plan)[UNIT]


@PLANS
@pytest.mark.parametrize(("due_day", "last"), MONTH_ENDS)
def test_it_counts_a_report_filed_on_the_months_last_day_as_on_time(due_day, last, over_all_plans):
    plan, item = pledge_due_on(due_day, last)
    file(item, f"{last} 16:00")
    scope_plan = None if over_all_plans else plan
    month = f"{last:%Y-%m}"

    for day in (last + ONE_DAY, last + 2 * ONE_DAY, last + 3 * ONE_DAY):
        # 应报1 · 报送1 · 按时1 · 应报未报0, and the chart's month is on time, not early.
        assert scorecard(day, scope_plan) == (1, 1, 1, 0, None, 1), day
        assert chart(day, scope_plan)[month] == (1, 0, 0), day


@pytest.mark.parametrize(("due_day", "last"), MONTH_ENDS)
def test_the_card_the_queue_and_the_reminders_agree_on_the_due_date(due_day, last):
    plan, item = pledge_due_on(due_day, last)
    supervisor = factories.user("duban", role=Role.SUPERVISOR)
    m = last.month

    # The reminders: every working day of the month's last week that sends the
    # missing-report reminder names the month's last day as its due date.
    reminded = set()
    day = last - 7 * ONE_DAY
    while day <= last:
        if calendar.is_working_day(day):
            decided = decide_for_departments(
                sweep.parse_moment(f"{day}T09:30"), [item.lead_owner_id]
            )
            reminded |= {
                hit.extra["report"]["due"]
                for hit in decided.departments.get(item.lead_owner_id, [])
                if hit.kind == NotificationKind.MISSING_REPORT
            }
        day += ONE_DAY
    assert reminded == {last.isoformat()}

    # The queue: due on the last day; on that day not yet past, so not yet 应报未报.
    html = text_of(unreported_card(page(supervisor, "/workspace/queue/", f"{last} 15:00")))
    assert f"{m}月进度（{m}月{last.day}日前报送）尚未报送的单位" in html
    assert "截止日未到" in html
    assert queue_rows(page(supervisor, "/workspace/queue/", f"{last} 15:00")) == {UNIT: 1}

    # The card: nothing owed yet on the last day; the next day the month is 应报未报.
    assert scorecard(last, plan)[0] == 0
    assert scorecard(last + ONE_DAY, plan)[:4] == (1, 0, 0, 1)


def test_plans_due_on_the_30th_and_31st_share_aprils_due_date_in_the_queue():
    """Two plans whose due days both fall past April's end: one due date, 04-30, not two."""
    supervisor = factories.user("duban", role=Role.SUPERVISOR)
    for due_day, title, unit in ((30, "计划甲", UNIT), (31, "计划乙", "农业农村办")):
        plan = factories.plan(2026, report_due_day=due_day, title=title)
        assign(factories.section(plan), unit, 1, "2026-04-01 08:00")

    html = text_of(unreported_card(page(supervisor, "/workspace/queue/", "2026-04-20 15:00")))

    assert "4月进度（4月30日前报送）尚未报送的单位" in html
    assert "各计划的报送截止日不同" not in html


@pytest.mark.parametrize("year", [2024, 2026])
def test_the_sql_due_date_is_the_python_one(year):
    """``DueDate`` (the scorecard's, in SQL) and ``due_date`` (the reminders' and the
    queue's) give the same day for every due day of every month, a leap February too."""
    row = factories.plan(year)
    for month in range(1, 13):
        first = d(year, month, 1)
        days = range(1, 32)
        sql = (
            Plan.objects.filter(pk=row.pk)
            .annotate(**{f"day{n}": due_dates.DueDate(Value(first), Value(n)) for n in days})
            .values_list(*[f"day{n}" for n in days])
        )
        assert list(sql.get()) == [due_dates.due_date(year, month, n) for n in days]
        assert [policy.plan_due_on(n, due_dates.due_date(year, month, n)) for n in days] == [
            True
        ] * 31
