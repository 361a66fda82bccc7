"""The kept rows held in the process (reports.kept_rollups._Held): read once per
committed version of the snapshot row, never served after the kept rows changed.

Each test poisons the held rows (the process's copy only: the database keeps
the true counts), so a read that serves them shows the poison and a read that
reads the kept rows again does not. Transactional tests: rows are held only when
read by a transaction that has written nothing."""

from __future__ import annotations

import dataclasses

import pytest
from django.db import connection, transaction

from commitments.models import Commitment
from reports import kept_rollups
from reports.models import RollupSnapshot
from tests.reports.seed import TODAY, at
from tests.reports.test_kept_rollups import _lead_moves, kept, live, refreshed

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="kept roll-ups are PostgreSQL's; elsewhere every roll-up is live",
    ),
]

POISON = 1000


@pytest.fixture(autouse=True)
def _nothing_held():
    kept_rollups.forget_held()
    yield
    kept_rollups.forget_held()


def poisoned(seed) -> tuple:
    """Read (and hold) the kept rows, then poison the held economy office's lead
    counts; the version they are held under."""
    assert kept() == live()
    held = kept_rollups._held
    assert held is not None, "a clean read holds the kept rows"
    groups = {code: dict(found) for code, found in held.groups.items()}
    width = len(groups["lead"][seed.economy.pk])
    groups["lead"][seed.economy.pk] = (POISON,) * width
    kept_rollups._keep(dataclasses.replace(held, groups=groups))
    return held.version


def served_poison(seed) -> bool:
    return kept()[0]["lead"].get(seed.economy.pk) == (POISON,) * len(
        live()[0]["lead"][seed.economy.pk]
    )


class TestServedAgain:
    def test_the_held_rows_are_served_while_the_snapshot_row_is_the_same(self, seed):
        refreshed()
        version = poisoned(seed)
        assert served_poison(seed)  # not read again: the process's copy
        assert kept_rollups._held.version == version
        # A write logs its commitment; the kept rows do not change until a fold.
        _lead_moves(seed)
        assert kept()[0]["lead"][seed.farming.pk] == live()[0]["lead"][seed.farming.pk]
        assert refreshed().action == "folded"
        assert kept() == live()

    def test_a_refresh_with_nothing_to_fold_writes_nothing(self, seed):
        refreshed()
        poisoned(seed)
        assert refreshed().action == "unchanged"
        assert served_poison(seed)  # the kept rows are those held: served again

    def test_a_read_does_not_change_what_is_held(self, seed):
        refreshed()
        poisoned(seed)
        _lead_moves(seed)
        kept()
        kept()
        assert served_poison(seed) is False  # c1 moved out of the economy office…
        assert kept_rollups._held.groups["lead"][seed.economy.pk][0] == POISON  # …held as is


class TestNeverStale:
    def test_after_a_fold(self, seed):
        refreshed()
        poisoned(seed)
        _lead_moves(seed)
        assert refreshed().action == "folded"
        assert kept() == live()
        assert kept_rollups._held.version[0] == RollupSnapshot.objects.get().pk

    def test_after_a_rebuild(self, seed):
        refreshed()
        poisoned(seed)
        assert kept_rollups.refresh(at(TODAY), rebuild=True).action == "rebuilt"
        assert kept() == live()

    def test_after_a_rebuild_under_the_same_id(self, seed):
        """An identity restarted (a restore, a flush): the new row's ``xmin`` differs."""
        refreshed()
        version = poisoned(seed)
        RollupSnapshot.objects.all().delete()
        with connection.cursor() as cursor:
            table = RollupSnapshot._meta.db_table
            cursor.execute(f"ALTER TABLE {table} ALTER COLUMN id RESTART WITH {version[0]}")
        refreshed()
        assert RollupSnapshot.objects.get().pk == version[0]
        assert kept() == live()

    def test_after_two_folds_in_one_transaction(self, seed):
        refreshed()
        poisoned(seed)
        with transaction.atomic():
            _lead_moves(seed)
            assert refreshed().action == "folded"
            Commitment.objects.filter(pk=seed.items["c2"].pk).update(percent=7)
            assert refreshed().action == "folded"
        assert kept() == live()

    def test_a_transaction_that_wrote_reads_the_rows_and_holds_nothing(self, seed):
        refreshed()
        version = poisoned(seed)

        class RolledBack(Exception):
            pass

        with pytest.raises(RolledBack), transaction.atomic():
            _lead_moves(seed)
            assert refreshed().action == "folded"  # its own fold, not committed
            assert kept() == live()
            assert kept_rollups._held.version == version  # not held: it may roll back
            raise RolledBack
        # The fold rolled back: the committed rows are still those of the version held.
        assert served_poison(seed)
        assert kept_rollups._held.version == version

    def test_after_a_setting_changes(self, seed, settings):
        refreshed()
        poisoned(seed)
        settings.REPORT_DUE_DAY = settings.REPORT_DUE_DAY
        assert kept_rollups._held is None
