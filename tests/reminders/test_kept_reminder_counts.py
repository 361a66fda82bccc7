"""The reminder sweep's per-department counts kept by PostgreSQL triggers
(``commitments.0019``, ``0021``) equal a recount from the ledger after every kind of
write, sequentially. Two sessions writing at once: ``test_kept_counts_concurrent``."""

from __future__ import annotations

import datetime
import importlib

import pytest
from django.db import connection
from django.utils import timezone

from commitments.choices import Status
from commitments.models import Commitment, CoOwnership, ProgressReport
from commitments.reminders import kept_counts
from tests import factories
from tests.reminders import test_kept_co_owner_facts as facts
from tests.reminders.scenario import MONDAY

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        "connection.vendor != 'postgresql'", reason="the kept counts are PostgreSQL's (triggers)"
    ),
]
migration = importlib.import_module("commitments.migrations.0019_kept_reminder_counts")


def kept_and_recounted() -> tuple[set, set]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT kind, department_id, plan_id, period, deadline, co, unack, sum(n)"
            f" FROM {migration.TABLE} GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(n) <> 0"
        )
        kept = {tuple(row) for row in cursor.fetchall()}
        cursor.execute(migration.RECOUNT)
        recounted = {tuple(row) for row in cursor.fetchall()}
    return kept, recounted


@pytest.fixture
def ledger():
    """The co-owner facts' ledger (``test_kept_co_owner_facts``), with reports: the lead
    and the co-owner each filed ``due`` for this month, the co-owner twice; the lead
    filed ``far`` last month, the co-owner this month."""
    lead, co, other = (factories.department() for _ in range(3))
    section = factories.section(factories.plan(), 1)
    later = factories.section(factories.plan(2025), 1)
    s = {
        "lead": lead,
        "co": co,
        "other": other,
        "later": later,
        "clerk": factories.user(dept=lead),
        "due": factories.commitment(lead, section, facts.IN_7, co_owners=[co]),
        "far": factories.commitment(lead, section, co_owners=[co, other]),
        "done": factories.commitment(other, section, facts.IN_7, co_owners=[co]),
        "solo": factories.commitment(lead, section, facts.IN_7),
    }
    this, last = MONDAY.strftime("%Y-%m"), (MONDAY.replace(day=1) - datetime.timedelta(1))
    file(s, "due", "lead", this)
    file(s, "due", "co", this)
    file(s, "due", "co", this)
    file(s, "far", "lead", last.strftime("%Y-%m"))
    file(s, "far", "co", this)
    return s


def file(s, item: str, department: str, period: str) -> ProgressReport:
    return ProgressReport.objects.create(
        commitment=s[item],
        department=s[department],
        filed_by=s["clerk"],
        status=Status.ON_TRACK,
        percent=40,
        as_of=MONDAY,
        period=period,
    )


def _filed_by_the_lead(s) -> None:
    file(s, "solo", "lead", MONDAY.strftime("%Y-%m"))


def _filed_again_in_the_same_period(s) -> None:
    file(s, "due", "lead", MONDAY.strftime("%Y-%m"))


def _filed_by_a_co_owner(s) -> None:
    file(s, "far", "other", MONDAY.strftime("%Y-%m"))


def _filed_by_an_excused_co_owner(s) -> None:
    CoOwnership.objects.filter(commitment=s["far"], department=s["other"]).update(
        excused_at=timezone.now()
    )
    file(s, "far", "other", MONDAY.strftime("%Y-%m"))


def _filed_by_an_outsider(s) -> None:
    file(s, "solo", "co", MONDAY.strftime("%Y-%m"))


def _filed_on_a_closed_commitment(s) -> None:
    facts._completed(s)
    file(s, "done", "other", MONDAY.strftime("%Y-%m"))


def _acknowledged(s) -> None:
    Commitment.objects.filter(pk=s["due"].pk).update(acknowledged_at=timezone.now())


def _acknowledged_then_not(s) -> None:
    _acknowledged(s)
    Commitment.objects.filter(pk=s["due"].pk).update(acknowledged_at=None)


def _co_owner_excused(s) -> None:
    item = CoOwnership.objects.get(commitment=s["due"])
    item.excused_at = timezone.now()
    item.save()


def _co_owner_excused_then_not(s) -> None:
    _co_owner_excused(s)
    CoOwnership.objects.filter(commitment=s["due"]).update(excused_at=None)


def _co_owner_removed(s) -> None:
    CoOwnership.objects.filter(commitment=s["far"], department=s["co"]).delete()


def _lead_moved_onto_its_co_owner(s) -> None:
    Commitment.objects.filter(pk=s["due"].pk).update(lead_owner=s["co"])


def _lead_moved_away(s) -> None:
    Commitment.objects.filter(pk=s["far"].pk).update(lead_owner=s["other"])


def _reopened(s) -> None:
    facts._completed(s)
    Commitment.objects.filter(pk=s["done"].pk).update(status=Status.ON_TRACK)


def _created(s) -> None:
    factories.commitment(s["other"], s["later"], MONDAY, co_owners=[s["lead"]])


def _commitment_deleted(s) -> None:
    """A commitment with a co-owner and no reports (reports protect theirs)."""
    s["done"].delete()


def _co_owner_merged(s) -> None:
    """A co-owner that filed reports merged into another co-owner (walk10 B1): its
    co-ownerships move or go, its reports become the other's (re-pointed, so the
    triggers that count a filing never saw them filed by it)."""
    from commitments.services.catalog import merge_department

    assert merge_department(s["co"], s["other"]).retired


def _lead_merged(s) -> None:
    """The lead, with its clerk and reports, merged into its co-owner: both filed for
    ``due`` this month, so the moved report is the co-owner's second of the period."""
    from commitments.services.catalog import merge_department

    assert merge_department(s["lead"], s["co"]).accounts == 1


def _co_owner_merged_into_the_lead(s) -> None:
    """The co-owner, which filed for ``due`` as co-owner, merged into the lead (walk12b
    M2): its report moves to the lead and counts as the lead's, the pledge follows it."""
    from commitments.services.catalog import merge_department

    merge_department(s["co"], s["lead"])


WRITES = [
    *(write for write in facts.WRITES if write is not facts._commitment_deleted),
    _commitment_deleted,
    _filed_by_the_lead,
    _filed_again_in_the_same_period,
    _filed_by_a_co_owner,
    _filed_by_an_excused_co_owner,
    _filed_by_an_outsider,
    _filed_on_a_closed_commitment,
    _acknowledged,
    _acknowledged_then_not,
    _co_owner_excused,
    _co_owner_excused_then_not,
    _co_owner_removed,
    _lead_moved_onto_its_co_owner,
    _lead_moved_away,
    _reopened,
    _created,
    _co_owner_merged,
    _lead_merged,
    _co_owner_merged_into_the_lead,
]


def test_the_ledger_is_counted(ledger):
    kept, recounted = kept_and_recounted()
    assert kept == recounted
    assert {row[0] for row in kept} == {0, 1, 2}


@pytest.mark.parametrize("write", WRITES, ids=lambda f: f.__name__.strip("_"))
def test_the_kept_counts_follow_every_write(ledger, write):
    write(ledger)
    kept, recounted = kept_and_recounted()
    assert kept == recounted


@pytest.mark.parametrize("write", WRITES, ids=lambda f: f.__name__.strip("_"))
def test_co_ownerships_keep_their_commitments_lead(ledger, write):
    write(ledger)
    rows = CoOwnership.objects.order_by("pk")
    assert list(rows.values_list("pk", "kept_lead_owner_id")) == list(
        rows.values_list("pk", "commitment__lead_owner_id")
    )


def test_the_backfill_is_the_recount(ledger):
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {migration.TABLE}")
        cursor.execute(migration.BACKFILL)
    kept, recounted = kept_and_recounted()
    assert kept == recounted


@pytest.mark.parametrize("write", WRITES, ids=lambda f: f.__name__.strip("_"))
def test_a_fold_keeps_the_counts_and_leaves_one_row_a_key(ledger, write):
    write(ledger)
    assert kept_counts.fold() > 0
    kept, recounted = kept_and_recounted()
    assert kept == recounted
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {migration.TABLE} WHERE NOT folded")
        assert cursor.fetchone() == (0,)
    assert kept_counts.fold() == 0
