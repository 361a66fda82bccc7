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

from commitments.api.renderers import JSONRenderer
from commitments.models import Department, Plan, Section
from reports import kept_rollups, rollups, summary_cache
from reports.models import RollupSnapshot
from reports.scope import ReportScope
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


#: Put in a line's bytes written before: a line served from them shows it.
POISON = b'"~'


class TestLinesWritten:
    """Each line of the body is written as JSON again only when what it is written
    from (its counts, co-owned reports, filings and names) changed: a department's
    line then gets its place put in. The bytes are those the renderer writes from the
    roll-up rows."""

    def _poison(self, part: str, pk: int) -> None:
        inputs, *written = rollups._written[part][pk]
        if part == "departments":
            key, before, after = written
            rollups._written[part][pk] = (inputs, key, before.replace(b'"', POISON, 1), after)
        else:
            rollups._written[part][pk] = (inputs, written[0].replace(b'"', POISON, 1))

    def test_a_line_is_served_while_what_it_is_written_from_is_the_same(self, seed):
        kept_rollups.refresh(at(TODAY))
        summary(seed.supervisor)
        self._poison("departments", seed.farming.pk)
        self._poison("sections", seed.items["c1"].section_id)
        summary_cache._kept = None  # a miss: counted again, the lines written reused
        served = summary(seed.supervisor)
        assert served.count(POISON) == 2
        _department_renamed(seed)  # another department's line: the poisoned stay
        assert summary(seed.supervisor).count(POISON) == 2
        Department.objects.filter(pk=seed.farming.pk).update(name="农业农村局（新）")
        _section_renamed(seed)
        served = summary(seed.supervisor)
        assert POISON not in served
        assert served == counted(seed.supervisor)

    @pytest.mark.parametrize("write", WRITES, ids=lambda w: w.__name__.strip("_"))
    def test_a_line_whose_numbers_moved_is_written_again(self, seed, write):
        if write in PREPARED:
            PREPARED[write](seed)
        kept_rollups.refresh(at(TODAY))
        summary(seed.supervisor)
        for part in ("departments", "sections", "plans"):
            for pk in rollups._written[part]:
                self._poison(part, pk)
        write(seed)
        served = summary(seed.supervisor)
        full = counted(seed.supervisor)
        # The lines the write moved are written again (their places put in), the
        # others are the (poisoned) bytes written before.
        assert POISON in served, "a line the write did not move stays as written"
        assert served.replace(POISON, b'"') == full

    def test_the_lines_are_the_rows_as_the_renderer_writes_them(self, seed):
        """Names that JSON escapes, or that look like the place's key, and equal
        ranking keys: the same bytes as the roll-up rows rendered whole."""
        Department.objects.filter(pk=seed.economy.pk).update(name='经济"办",\\"rank":0,\u2028')
        Section.objects.filter(pk=seed.items["c1"].section_id).update(title='板块"\u2029\\')
        kept_rollups.refresh(at(TODAY))
        summary(seed.supervisor)
        WRITES[0](seed)
        served = summary(seed.supervisor)
        scope = ReportScope(TODAY)
        rows = {
            "as_of": TODAY,
            "plan": None,
            "plans": rollups.plan_rollups(scope),
            "departments": rollups.department_rollups(scope),
            "sections": rollups.section_rollups(scope),
        }
        assert served == JSONRenderer().render(rows)
        assert b"\\u2028" in served and b"\\u2029" in served
