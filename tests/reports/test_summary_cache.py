"""The whole ledger's summary body, sent again while nothing it shows changed
(reports.summary_cache): after any write — to a count, a name or an order — the
body is what a full pass writes, at once.

Transactional tests: the body is kept only when the reading transaction has
written nothing, which a test wrapped in one transaction never is."""

from __future__ import annotations

import dataclasses

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from commitments.models import Department, Plan, Section
from reports import kept_rollups, summary_cache
from reports.models import RollupSnapshot
from tests.reports.seed import TODAY, at
from tests.reports.test_kept_rollups import PREPARED, WRITES

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the body is kept only over kept roll-ups (PostgreSQL); elsewhere it is counted",
    ),
]


@pytest.fixture(autouse=True)
def _nothing_kept():
    summary_cache.forget()
    yield
    summary_cache.forget()


def summary(user) -> bytes:
    client = APIClient()
    client.force_authenticate(user)
    response = client.get("/api/v1/reports/summary/", {"date": TODAY.isoformat()})
    assert response.status_code == 200
    return response.content


def counted(user) -> bytes:
    """The body of a full pass: nothing kept, neither the body nor the roll-ups."""
    summary_cache.forget()
    RollupSnapshot.objects.all().delete()
    body = summary(user)
    assert summary_cache._kept is None
    return body


def _department_renamed(seed) -> None:
    Department.objects.filter(pk=seed.economy.pk).update(name="经济发展办公室")


def _section_renamed(seed) -> None:
    Section.objects.filter(pk=seed.items["c1"].section_id).update(title="新的板块名称")


def _plan_renamed(seed) -> None:
    Plan.objects.filter(pk=seed.plan.pk).update(title="新的计划名称")


def _plan_year_changed(seed) -> None:
    Plan.objects.filter(pk=seed.other_plan.pk).update(year=TODAY.year + 1)


NAMES = [
    _department_renamed,
    _section_renamed,
    _plan_renamed,
    _plan_year_changed,
]


def test_it_sends_the_kept_body_while_nothing_changed(seed):
    kept_rollups.refresh(at(TODAY))
    first = summary(seed.supervisor)
    assert summary_cache._kept is not None and summary_cache._kept[1] == first
    with CaptureQueriesContext(connection) as captured:
        again = summary(seed.supervisor)
    assert again == first
    # The supervised departments (the role came with the user) and the key: no
    # counting, no names.
    assert len(captured.captured_queries) == 2
    assert counted(seed.supervisor) == first


@pytest.mark.parametrize("write", WRITES + NAMES, ids=lambda w: w.__name__.strip("_"))
def test_a_write_is_in_the_next_body(seed, write):
    if write in PREPARED:
        PREPARED[write](seed)
    kept_rollups.refresh(at(TODAY))
    before = summary(seed.supervisor)
    assert summary_cache._kept is not None
    write(seed)
    served = summary(seed.supervisor)
    assert served != before, "the write should change the summary"
    assert served == counted(seed.supervisor)


def test_a_fold_keeps_the_body_exact(seed):
    kept_rollups.refresh(at(TODAY))
    summary(seed.supervisor)
    WRITES[0](seed)
    summary(seed.supervisor)
    assert kept_rollups.refresh(at(TODAY)).action == "folded"
    served = summary(seed.supervisor)
    assert served == counted(seed.supervisor)


def test_a_transaction_that_wrote_keeps_no_body(seed):
    kept_rollups.refresh(at(TODAY))
    before = summary(seed.supervisor)
    summary_cache.forget()

    class RolledBack(Exception):
        pass

    with pytest.raises(RolledBack), transaction.atomic():
        _department_renamed(seed)
        assert summary(seed.supervisor) != before
        assert summary_cache._kept is None  # it may yet roll back
        raise RolledBack
    assert summary(seed.supervisor) == before


class TestNamesHeld:
    """The names, titles and order are read with their digest in the key's statement
    and held under it: sent again only when the digest changed, and never short of a
    group the body counts."""

    def _held_renamed(self, seed, name: str) -> None:
        digest, names = summary_cache._held_names
        departments = [
            (pk, name if pk == seed.economy.pk else title) for pk, title in names.departments
        ]
        poisoned = dataclasses.replace(names, departments=departments)
        summary_cache._held_names = (digest, poisoned)

    def test_held_names_are_served_until_a_name_changes(self, seed):
        kept_rollups.refresh(at(TODAY))
        summary(seed.supervisor)
        self._held_renamed(seed, "进程里的名字")
        WRITES[0](seed)  # a miss: counted again, the names held
        assert "进程里的名字".encode() in summary(seed.supervisor)
        _department_renamed(seed)  # the digest changes: the names are read again
        served = summary(seed.supervisor)
        assert "进程里的名字".encode() not in served
        assert served == counted(seed.supervisor)

    def test_a_group_counted_without_a_held_name_reads_the_names(self, seed):
        """A department created after the key read the names, whose commitment is
        counted: its line is not left out."""
        kept_rollups.refresh(at(TODAY))
        summary(seed.supervisor)
        digest, names = summary_cache._held_names
        departments = [line for line in names.departments if line[0] != seed.economy.pk]
        summary_cache._held_names = (digest, dataclasses.replace(names, departments=departments))
        WRITES[0](seed)
        served = summary(seed.supervisor)
        assert served == counted(seed.supervisor)
