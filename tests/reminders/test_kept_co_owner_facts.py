"""The co-ownerships' kept facts (``CoOwnership.kept_*``: the commitment's status,
retirement, deadline and plan, kept by PostgreSQL triggers) stay equal to their
commitment's after every kind of write, whoever wrote it, and the sweep's department
rules decide the same from them as from the commitments. Elsewhere (SQLite) the
sweep reads the commitments."""

from __future__ import annotations

import datetime
from functools import partial

import pytest
from django.db import connection

from commitments.choices import Status
from commitments.models import Commitment, CoOwnership
from commitments.reminders import decisions, sweep
from commitments.reminders.decisions import day_of, decide_for_departments, owners_ctes
from commitments.services.plan_import.bulk import update_rows
from tests import factories
from tests.reminders.scenario import MONDAY, MONDAY_9_30

pytestmark = pytest.mark.django_db
on_postgresql = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="the kept facts are PostgreSQL's (triggers)"
)
IN_7 = MONDAY + datetime.timedelta(days=7)


def kept_and_recounted() -> tuple[list[tuple], list[tuple]]:
    """Every co-ownership's kept facts, and its commitment's facts read now."""
    rows = CoOwnership.objects.order_by("pk")
    kept = list(
        rows.values_list(
            "pk", "kept_status", "kept_removed_from_source", "kept_deadline", "kept_plan_id"
        )
    )
    recounted = list(
        rows.values_list(
            "pk",
            "commitment__status",
            "commitment__removed_from_source",
            "commitment__deadline",
            "commitment__plan_id",
        )
    )
    return kept, recounted


def hits_both_ways(departments) -> tuple[set, set]:
    """Every department hit decided from the kept facts, and from the commitments."""
    moment = sweep.parse_moment(MONDAY_9_30)
    ids = [d.pk for d in departments]

    def every(kept: bool) -> set:
        original = decisions.owners_ctes
        decisions.owners_ctes = partial(original, kept=kept)
        try:
            decided = decide_for_departments(moment, ids)
        finally:
            decisions.owners_ctes = original
        return {
            (pk, h.kind, h.key, h.rank, h.co_owned, repr(h.extra))
            for pk, hits in decided.departments.items()
            for h in hits
        }

    return every(True), every(False)


@pytest.fixture
def ledger():
    lead, co, other = (factories.department() for _ in range(3))
    section = factories.section(factories.plan(), 1)
    later = factories.section(factories.plan(2025), 1)
    items = {
        "due": factories.commitment(lead, section, IN_7, co_owners=[co]),
        "far": factories.commitment(lead, section, co_owners=[co, other]),
        "done": factories.commitment(other, section, IN_7, co_owners=[co]),
        "solo": factories.commitment(lead, section, IN_7),
    }
    return {"lead": lead, "co": co, "other": other, "later": later, **items}


def _completed(s) -> None:
    Commitment.objects.filter(pk=s["done"].pk).update(
        status=Status.COMPLETED, percent=100, completed_at=sweep.parse_moment(MONDAY_9_30)
    )


def _cancelled_by_save(s) -> None:
    item = Commitment.objects.get(pk=s["far"].pk)
    item.status = Status.CANCELLED
    item.save()


def _deadline_extended(s) -> None:
    item = Commitment.objects.get(pk=s["due"].pk)
    item.deadline = item.deadline + datetime.timedelta(days=30)
    item.save(update_fields=["deadline"])


def _retired_by_reimport(s) -> None:
    update_rows(Commitment, ["removed_from_source"], [[s["due"].pk, True]])


def _reactivated_by_reimport(s) -> None:
    Commitment.objects.filter(pk=s["due"].pk).update(removed_from_source=True)
    update_rows(
        Commitment,
        ["removed_from_source", "deadline"],
        [[s["due"].pk, False, IN_7 + datetime.timedelta(days=1)]],
    )


def _moved_to_another_plan(s) -> None:
    later = s["later"]
    Commitment.objects.filter(pk=s["far"].pk).update(plan=later.plan, section=later)


def _co_owner_added(s) -> None:
    CoOwnership.objects.create(commitment=s["solo"], department=s["other"])


def _co_owner_added_in_bulk(s) -> None:
    CoOwnership.objects.bulk_create([CoOwnership(commitment=s["solo"], department=s["co"])])


def _co_owner_moved_to_another_commitment(s) -> None:
    CoOwnership.objects.filter(commitment=s["done"]).update(commitment=s["solo"])


def _co_owner_replaced(s) -> None:
    CoOwnership.objects.filter(commitment=s["due"]).update(department=s["other"])


def _stale_co_owner_saved(s) -> None:
    """A co-ownership loaded before its commitment closed, then saved (an excusal):
    the stale facts the instance carries are not written back."""
    stale = CoOwnership.objects.get(commitment=s["due"])
    Commitment.objects.filter(pk=s["due"].pk).update(
        status=Status.COMPLETED, percent=100, completed_at=sweep.parse_moment(MONDAY_9_30)
    )
    stale.excused_at = sweep.parse_moment(MONDAY_9_30)
    stale.save()


def _commitment_deleted(s) -> None:
    s["far"].delete()


WRITES = [
    _completed,
    _cancelled_by_save,
    _deadline_extended,
    _retired_by_reimport,
    _reactivated_by_reimport,
    _moved_to_another_plan,
    _co_owner_added,
    _co_owner_added_in_bulk,
    _co_owner_moved_to_another_commitment,
    _co_owner_replaced,
    _stale_co_owner_saved,
    _commitment_deleted,
]


@on_postgresql
def test_new_co_ownerships_take_their_commitments_facts(ledger):
    kept, recounted = kept_and_recounted()
    assert len(kept) == 4
    assert kept == recounted


@on_postgresql
@pytest.mark.parametrize("write", WRITES, ids=lambda f: f.__name__.strip("_"))
def test_the_kept_facts_follow_every_write(ledger, write):
    write(ledger)
    kept, recounted = kept_and_recounted()
    assert kept == recounted


@on_postgresql
@pytest.mark.parametrize("write", WRITES, ids=lambda f: f.__name__.strip("_"))
def test_the_rules_decide_the_same_from_the_kept_facts(ledger, write):
    before_kept, before_read = hits_both_ways([ledger["lead"], ledger["co"], ledger["other"]])
    assert before_kept == before_read
    assert any(co_owned for *_, co_owned, _ in before_kept)
    write(ledger)
    after_kept, after_read = hits_both_ways([ledger["lead"], ledger["co"], ledger["other"]])
    assert after_kept == after_read


@on_postgresql
def test_a_refill_restores_facts_written_with_the_triggers_off(ledger):
    CoOwnership.objects.update(kept_status=None, kept_deadline=None)  # the trigger refills
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute("UPDATE commitments_coownership SET kept_status = NULL")
        cursor.execute("SET LOCAL session_replication_role = origin")
    assert CoOwnership.objects.filter(kept_status=None).count() == 4
    decisions.refill_co_owner_facts()
    kept, recounted = kept_and_recounted()
    assert kept == recounted


def test_elsewhere_the_sweep_reads_the_commitments(ledger):
    """Without the triggers (SQLite) the co-owned rows come from the commitments; on
    PostgreSQL from the co-ownerships alone."""
    day = day_of(sweep.parse_moment(MONDAY_9_30), [ledger["co"].pk])
    assert day is not None
    sql, _ = owners_ctes(day)
    kept_sql, _ = owners_ctes(day, kept=True)
    read_sql, _ = owners_ctes(day, kept=False)
    assert "kept_deadline" in kept_sql and "kept_deadline" not in read_sql
    assert sql == (kept_sql if connection.vendor == "postgresql" else read_sql)
