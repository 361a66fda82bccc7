"""A plan's recount holds up that plan's filings only (review15 #18).

When an administrator changes a plan's due day or start, its first reports move in the
scorecard's tallies (``services.plans.change_schedule``). That took ``LOCK TABLE`` on the
tally for the whole recount, so every filing in the town, on any plan, waited for the
admin's form. Now the recount holds the plan's own counts (an advisory lock per plan,
which filings, cancellations and reopenings take shared): a filing on another plan goes
on; one on the same plan waits, and is counted under the new schedule, so the counts
equal a recount whichever commits first.

Two sessions (threads with their own connections, ``tests/reminders/
test_kept_counts_concurrent.py``): the first writes and stays open, the second writes
and we ask PostgreSQL whether it waits. Needs PostgreSQL (``CI=true``).
"""

from __future__ import annotations

import datetime

import pytest
from django.db import connection

from commitments.choices import Role
from commitments.services import plans
from tests import factories
from tests.reminders.test_kept_counts_concurrent import (
    TIMEOUT,
    Session,
    _no_kept_counts_left,
    waits,
)
from tests.reports.test_owed_months import assert_kept_as_counted_again, assign, file

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        "connection.vendor != 'postgresql'", reason="locks between sessions: PostgreSQL's"
    ),
]
__all__ = ["_no_kept_counts_left", "connection"]  # the fixture (autouse)
START = datetime.date(2026, 1, 1)


@pytest.fixture
def town():
    """Two plans of the town, a pledge each assigned in November, and reports already
    filed on the first (so its recount has counts to move)."""
    first = factories.plan(2026, report_due_day=5, title="2026年工作要点")
    other = factories.plan(2026, report_due_day=5, title="2026年民生实事")
    mine = assign(factories.section(first), "住建局", 1, "2026-11-02 09:00")
    theirs = assign(factories.section(other), "财政所", 1, "2026-11-02 09:00")
    file(mine, "2026-11-09 10:00")
    file(mine, "2026-12-03 10:00")
    return {
        "plan": first,
        "mine": mine,
        "theirs": theirs,
        "admin": factories.user("root", role=Role.ADMIN),
    }


def recount(town) -> None:
    plans.change_schedule(town["admin"], town["plan"].pk, report_due_day=10, starts_on=START)


def run_two(first, second) -> bool:
    """``first`` in one session, left open; ``second`` in another. Returns whether the
    second waited for the first; then the first commits, then the second."""
    one, two = Session(), Session()
    try:
        one.run(first)
        step = two.start(second)
        waited = waits(two, step)
        if not waited:
            step.result(timeout=TIMEOUT)
            two.commit()
            one.commit()
        else:
            one.commit()
            step.result(timeout=TIMEOUT)
            two.commit()
        return waited
    finally:
        one.close()
        two.close()


def test_a_filing_on_another_plan_does_not_wait_for_a_plans_recount(town):
    waited = run_two(lambda: recount(town), lambda: file(town["theirs"], "2026-12-09 10:00"))

    assert not waited
    assert_kept_as_counted_again()


def test_a_filing_on_the_same_plan_waits_and_is_counted_under_the_new_due_day(town):
    waited = run_two(lambda: recount(town), lambda: file(town["mine"], "2026-12-09 10:00"))

    assert waited
    assert_kept_as_counted_again()


def test_a_recount_waits_for_a_filing_on_its_plan_and_moves_it_too(town):
    # A second section's pledge: its first report of December, filed on the 9th.
    other_item = assign(factories.section(town["plan"], number=2), "水利站", 1, "2026-11-02 09:00")
    waited = run_two(lambda: file(other_item, "2026-12-09 10:00"), lambda: recount(town))

    assert waited
    assert_kept_as_counted_again()


def test_a_recount_does_not_wait_for_a_filing_on_another_plan(town):
    waited = run_two(lambda: file(town["theirs"], "2026-12-09 10:00"), lambda: recount(town))

    assert not waited
    assert_kept_as_counted_again()
