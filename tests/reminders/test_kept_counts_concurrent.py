"""The reminder sweep's kept per-department counts (``commitments.0019``) stay equal to a
recount when two sessions write at once: two first reports of one period, a report
racing a co-owner's change, a deadline change racing a report, a fold racing a write.

Each case runs two transactions in two sessions (threads with their own connections),
in both orders and with both commit orders: the first writes and stays open, the second
writes (and may wait for the first's locks: we wait until PostgreSQL says it waits, or
until it is done, never a fixed time), then they commit. A deadlock fails the test.
Needs PostgreSQL (``CI=true``)."""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import pytest
from django.db import connection, transaction
from django.utils import timezone

from commitments.models import Commitment, CoOwnership
from commitments.reminders import kept_counts
from commitments.services.catalog import merge_department
from tests.reminders import test_kept_co_owner_facts as facts
from tests.reminders.scenario import MONDAY
from tests.reminders.test_kept_reminder_counts import file, kept_and_recounted, ledger

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        "connection.vendor != 'postgresql'", reason="the kept counts are PostgreSQL's (triggers)"
    ),
]
__all__ = ["ledger"]  # the fixture
THIS = MONDAY.strftime("%Y-%m")
LATER = MONDAY + datetime.timedelta(days=40)
TIMEOUT = 60


@pytest.fixture(autouse=True)
def _no_kept_counts_left():
    """A flush between transactional tests empties the models' tables, not the kept
    counts' (no model): empty it before and after."""

    def empty() -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {kept_counts.TABLE}")

    empty()
    yield
    empty()


class Session:
    """A database session of its own (one thread, so one Django connection) that runs
    steps in one transaction until ``commit``."""

    def __init__(self) -> None:
        self.thread = ThreadPoolExecutor(1)
        self.pid = self.run(self._begin)

    @staticmethod
    def _begin() -> int:
        transaction.set_autocommit(False)
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            return int(cursor.fetchone()[0])

    def start(self, step: Callable[[], object]) -> Future:
        return self.thread.submit(step)

    def run(self, step: Callable[[], object]) -> object:
        return self.start(step).result(timeout=TIMEOUT)

    def commit(self) -> None:
        self.run(transaction.commit)

    def close(self) -> None:
        def end() -> None:
            try:
                transaction.rollback()
                transaction.set_autocommit(True)
            finally:
                connection.close()

        self.thread.submit(end).result(timeout=TIMEOUT)
        self.thread.shutdown()


def waits(session: Session, step: Future) -> bool:
    """Whether the step waits for another session's lock (True) or is done (False): asks
    PostgreSQL until one of the two is so."""
    limit = time.monotonic() + TIMEOUT
    while time.monotonic() < limit:
        if step.done():
            return False
        with connection.cursor() as cursor:
            cursor.execute("SELECT cardinality(pg_blocking_pids(%s)) > 0", [session.pid])
            if cursor.fetchone()[0]:
                return True
        time.sleep(0.002)  # a poll of PostgreSQL's own state, not a guess at timing
    raise AssertionError("the step neither finished nor waited")


def interleave(first: Callable[[], object], second: Callable[[], object], *, last_first: bool):
    """``first`` writes in one session and stays open; ``second`` writes in another;
    then the first commits, or (``last_first``, when the second did not wait) the
    second. Returns whether the second waited for the first."""
    one, two = Session(), Session()
    try:
        one.run(first)
        step = two.start(second)
        waited = waits(two, step)
        if last_first and not waited:
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


def co(s, item: str, department: str):
    return CoOwnership.objects.filter(commitment=s[item], department=s[department])


def change(s, item: str, **fields) -> Callable[[], object]:
    return lambda: Commitment.objects.filter(pk=s[item].pk).update(**fields)


def _removed_and_added_again(s) -> None:
    co(s, "far", "other").delete()
    CoOwnership.objects.create(commitment=s["far"], department=s["other"])


#: name → (setup, one write, the other write), on the ``ledger`` fixture
CASES: dict[str, tuple[Callable, Callable, Callable]] = {
    "two_first_reports_by_the_lead": (
        lambda s: None,
        lambda s: file(s, "solo", "lead", THIS),
        lambda s: file(s, "solo", "lead", THIS),
    ),
    "two_first_reports_by_a_co_owner": (
        lambda s: None,
        lambda s: file(s, "far", "other", THIS),
        lambda s: file(s, "far", "other", THIS),
    ),
    "a_co_owners_report_and_its_removal": (
        lambda s: None,
        lambda s: file(s, "far", "other", THIS),
        lambda s: co(s, "far", "other").delete(),
    ),
    "a_co_owners_report_and_its_excusal": (
        lambda s: None,
        lambda s: file(s, "far", "other", THIS),
        lambda s: co(s, "far", "other").update(excused_at=timezone.now()),
    ),
    "an_excused_co_owners_report_and_its_return": (
        lambda s: co(s, "far", "other").update(excused_at=timezone.now()),
        lambda s: file(s, "far", "other", THIS),
        lambda s: co(s, "far", "other").update(excused_at=None),
    ),
    "a_report_and_its_department_made_co_owner": (
        lambda s: None,
        lambda s: file(s, "solo", "co", THIS),
        lambda s: CoOwnership.objects.create(commitment=s["solo"], department=s["co"]),
    ),
    "a_report_and_a_co_ownership_moved_to_its_department": (
        lambda s: None,
        lambda s: file(s, "due", "other", THIS),
        lambda s: co(s, "due", "co").update(department=s["other"]),
    ),
    "a_report_and_a_co_owner_merged_into_its_department": (
        lambda s: None,
        lambda s: file(s, "due", "other", THIS),
        lambda s: merge_department(s["co"], s["other"]),
    ),
    "a_co_owners_report_and_its_co_ownership_written_again": (
        lambda s: None,
        lambda s: file(s, "far", "other", THIS),
        _removed_and_added_again,
    ),
    "the_leads_report_and_a_deadline_change": (
        lambda s: None,
        lambda s: file(s, "solo", "lead", THIS),
        lambda s: change(s, "solo", deadline=LATER)(),
    ),
    "a_co_owners_report_and_a_deadline_change": (
        lambda s: None,
        lambda s: file(s, "far", "other", THIS),
        lambda s: change(s, "far", deadline=LATER)(),
    ),
    "the_leads_report_and_the_lead_moved_onto_a_co_owner": (
        lambda s: None,
        lambda s: file(s, "far", "lead", THIS),
        lambda s: change(s, "far", lead_owner=s["other"])(),
    ),
    "a_co_owners_report_and_it_made_the_lead": (
        lambda s: None,
        lambda s: file(s, "far", "other", THIS),
        lambda s: change(s, "far", lead_owner=s["other"])(),
    ),
    "the_leads_report_and_an_acknowledgement": (
        lambda s: None,
        lambda s: file(s, "solo", "lead", THIS),
        lambda s: change(s, "solo", acknowledged_at=timezone.now())(),
    ),
    "a_co_owners_report_and_its_commitment_closed": (
        lambda s: None,
        lambda s: file(s, "far", "other", THIS),
        lambda s: facts._completed({"done": s["far"]}),
    ),
    "a_deadline_change_and_a_co_owners_removal": (
        lambda s: None,
        lambda s: change(s, "far", deadline=LATER)(),
        lambda s: co(s, "far", "co").delete(),
    ),
    "a_lead_moved_onto_a_co_owner_and_its_removal": (
        lambda s: None,
        lambda s: change(s, "far", lead_owner=s["co"])(),
        lambda s: co(s, "far", "co").delete(),
    ),
    "a_report_and_a_fold": (
        lambda s: file(s, "solo", "lead", THIS),
        lambda s: file(s, "far", "other", THIS),
        lambda s: kept_counts.fold(),
    ),
    "two_folds": (
        lambda s: file(s, "solo", "lead", THIS),
        lambda s: kept_counts.fold(),
        lambda s: kept_counts.fold(),
    ),
}
ORDERS = {
    "one_first": (False, False),
    "one_first_last_commits_first": (False, True),
    "other_first": (True, False),
    "other_first_last_commits_first": (True, True),
}


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("case", CASES)
def test_the_kept_counts_equal_a_recount_after_two_sessions_write_at_once(ledger, case, order):
    setup, one, other = CASES[case]
    swapped, last_first = ORDERS[order]
    setup(ledger)
    first, second = (other, one) if swapped else (one, other)
    interleave(lambda: first(ledger), lambda: second(ledger), last_first=last_first)
    kept, recounted = kept_and_recounted()
    assert kept == recounted
    kept_facts, commitments_facts = facts.kept_and_recounted()
    assert kept_facts == commitments_facts
    rows = CoOwnership.objects.order_by("pk")
    assert list(rows.values_list("pk", "kept_lead_owner_id")) == list(
        rows.values_list("pk", "commitment__lead_owner_id")
    )


def test_the_sessions_do_overlap(ledger):
    """The cases above do interleave: the second of two first reports of one period
    waits for the first's lock (else they would run one after the other)."""
    assert interleave(
        lambda: file(ledger, "solo", "lead", THIS),
        lambda: file(ledger, "solo", "lead", THIS),
        last_first=False,
    )
