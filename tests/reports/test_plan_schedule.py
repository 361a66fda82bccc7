"""A plan's due day and start have one writer, which moves the scorecard's counts (review15 #8).

The review: moving the first-report tallies when a plan's 每月报送截止日 or 起始日期 changed
lived in the admin's ``save_model``; any other writer left them wrong without a word.
Now ``services.plans.change_schedule`` saves both and moves the plan's counts in one
transaction, and the admin's plan form calls it. The scorecard and the chart afterwards
count as if the reports were counted again under the new schedule.
"""

from __future__ import annotations

import datetime

import pytest

from commitments.choices import Role
from commitments.errors import Forbidden, Invalid
from commitments.models import Plan
from commitments.services import plans
from reports import summary_cache
from tests import factories
from tests.reports.test_owed_months import (
    NOTHING_OWED,
    _admin_saves,
    assert_kept_as_counted_again,
    assign,
    card,
    chart,
    file,
)

pytestmark = pytest.mark.django_db

d = datetime.date
DAY = d(2026, 12, 13)


@pytest.fixture
def administrator():
    return factories.user("root", role=Role.ADMIN)


@pytest.fixture
def plan():
    """A 2026 plan due on the 5th, and 住建局's pledge assigned on 12-07 (after the
    5th: December not owed) with its report filed on 12-09 (early)."""
    plan = factories.plan(2026, report_due_day=5, title="2026年工作安排")
    item = assign(factories.section(plan), "住建局", 1, "2026-12-07 09:00")
    file(item, "2026-12-09 10:30")
    return plan


def counted(plan: Plan | None) -> tuple:
    summary_cache.forget()
    return card(DAY, plan)["住建局"], chart(DAY, plan)["2026-12"]


@pytest.mark.parametrize("over_all_plans", [False, True], ids=["the-plan", "all-plans"])
def test_it_moves_the_counts_whoever_calls_it(plan, administrator, over_all_plans):
    scope = None if over_all_plans else plan
    assert counted(scope) == (NOTHING_OWED, (0, 0, 1))

    assert plans.change_schedule(
        administrator, plan.pk, report_due_day=8, starts_on=d(2026, 1, 1)
    )  # due on the 8th: December owed, 12-09 a day late
    assert counted(scope) == ((1, 1, 0, 0, 1.0, 1), (0, 1, 0))
    assert_kept_as_counted_again()

    plans.change_schedule(administrator, plan.pk, report_due_day=12, starts_on=d(2026, 1, 1))
    assert counted(scope) == ((1, 1, 1, 0, None, 1), (1, 0, 0))  # the 12th: on time
    assert_kept_as_counted_again()

    plans.change_schedule(administrator, plan.pk, report_due_day=None, starts_on=d(2027, 1, 1))
    assert counted(scope) == (NOTHING_OWED, (0, 0, 1))  # starts next year: early again
    assert_kept_as_counted_again()

    plan.refresh_from_db()
    assert (plan.report_due_day, plan.starts_on) == (None, d(2027, 1, 1))


def test_the_same_schedule_again_writes_nothing(plan, administrator, django_assert_num_queries):
    with django_assert_num_queries(3):  # savepoint, the plan's row locked and read, release
        changed = plans.change_schedule(
            administrator, plan.pk, report_due_day=5, starts_on=d(2026, 1, 1)
        )
    assert changed is False


def test_only_an_administrator_changes_it_and_only_to_a_day_of_the_month(plan):
    supervisor = factories.user("duban", role=Role.SUPERVISOR)
    with pytest.raises(Forbidden):
        plans.change_schedule(supervisor, plan.pk, report_due_day=8, starts_on=d(2026, 1, 1))
    with pytest.raises(Invalid) as refused:
        plans.change_schedule(
            factories.user("root", role=Role.ADMIN),
            plan.pk,
            report_due_day=32,
            starts_on=d(2026, 1, 1),
        )
    assert refused.value.field == "report_due_day"
    plan.refresh_from_db()
    assert plan.report_due_day == 5
    assert counted(plan) == (NOTHING_OWED, (0, 0, 1))


def test_the_admin_form_goes_through_the_service_and_saves_the_rest_too(plan):
    _admin_saves(plan, report_due_day=8, title="2026年工作安排（修订）")

    plan.refresh_from_db()
    assert (plan.title, plan.report_due_day) == ("2026年工作安排（修订）", 8)
    assert counted(plan) == ((1, 1, 0, 0, 1.0, 1), (0, 1, 0))
    assert_kept_as_counted_again()
