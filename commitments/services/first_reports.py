"""Keeping the first-report tallies as reports are filed.

Only the first report a department files for a commitment and month counts in
the scorecard; "first" is the earliest by filing time, then by id
(``first_of_period``, the same rule over all reports at once). ``count`` runs
in the transaction that files the report, under the commitment's row lock
(``workflow.lock_commitment``), so two reports on the same commitment cannot
both believe they are the first. It keeps two tallies:
``FirstReportTally`` per plan (a plan's scorecard) and ``DueDayReportTally``
over all plans by their due day (the scorecard of every plan, whose size does
not grow with the ledger).

Each count is kept with whether the pledge owed the month (``owed_from_day``,
``commitments.owed``). That can change after the filing: a cancelled or reopened
pledge (``pledge_changing`` / ``pledge_changed``, in the workflow's transaction), one
handed to another lead (``pledges_changing`` / ``pledges_changed``, ``services.leads``)
and a plan whose start or due day an administrator changes (``plan_changed``, from
``services.plans.change_schedule``) move their counts. Each holds the plan's counts
(``_hold_plans``): a plan's recount waits for, and holds up, that plan's filings only.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Any

from django.db import connection, models, transaction
from django.db.backends.utils import CursorWrapper
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Value
from django.db.models.expressions import Expression
from django.db.models.functions import Cast, Concat, TruncDate

from commitments import owed, rules
from commitments.models import (
    Commitment,
    DueDayReportTally,
    FirstReportTally,
    Plan,
    ProgressReport,
)
from commitments.sql import without_jit

_PLAN = FirstReportTally._meta.db_table
_DUE_DAY = DueDayReportTally._meta.db_table
_PLANS = Plan._meta.db_table
_DUE_DAY_KEY = "(department_id, due_day, month, filed_on, owed_from_day)"


def first_of_period() -> Expression:
    """True for a report that no earlier report of the same commitment,
    department and period precedes.

    PostgreSQL runs this as a hashed anti-join; with the report reads'
    ``work_mem`` (``commitments.sql.without_jit``) it stays in memory: at 4 MB it
    spilled to disk, and an ``id IN (min id per group)`` form measured twice
    as slow (bench/, docs/benchmarks.md).
    """
    earlier = ProgressReport.objects.filter(
        commitment=OuterRef("commitment"),
        department=OuterRef("department"),
        period=OuterRef("period"),
    ).filter(
        Q(created_at__lt=OuterRef("created_at"))
        | Q(created_at=OuterRef("created_at"), id__lt=OuterRef("id"))
    )
    return ~Exists(earlier)


def count(report: ProgressReport, plan_id: int) -> None:
    """Count ``report`` (just saved) if it is the first of its period; if it
    displaces an earlier-counted one (filed with an earlier time, which only
    a back-dated clock does), move that one's count to it."""
    _hold_plans([plan_id])
    firsts = list(
        ProgressReport.objects.filter(
            commitment_id=report.commitment_id,
            department_id=report.department_id,
            period=report.period,
        )
        .annotate(owed_from=owed.owed_from_day(owed.period_index()))
        .order_by("created_at", "pk")
        .values_list("pk", "created_at", "owed_from")[:2]
    )
    if not firsts or firsts[0][0] != report.pk:
        return  # a later report of a period already counted
    month = datetime.date(int(report.period[:4]), int(report.period[5:7]), 1)
    owed_from = firsts[0][2]  # one commitment and month: the same for both
    if len(firsts) == 2:
        _add(plan_id, report.department_id, month, rules.local_day(firsts[1][1]), owed_from, -1)
    _add(plan_id, report.department_id, month, rules.local_day(report.created_at), owed_from, 1)


#: The advisory lock of one plan's counts (PostgreSQL; its id appended): a filing, a
#: cancellation or reopening takes it shared, ``plan_changed`` alone.
_PLAN_LOCK = "SELECT {}(hashtextextended('commitments.first_reports.plan:' || %s, 0))"


def _hold_plans(plan_ids: Sequence[int], *, alone: bool = False) -> None:
    """Hold the counts of these plans until the transaction ends: shared by the
    writers that count reports one pledge at a time (they go on side by side), or
    ``alone`` for a plan's recount (``plan_changed``), which waits for them and which
    they wait for — on that plan only: the town's other plans file on meanwhile.
    Taken before reading the plan or the reports it counts; the plans in order."""
    if connection.vendor != "postgresql":
        return  # SQLite: one writer at a time anyway
    function = "pg_advisory_xact_lock" if alone else "pg_advisory_xact_lock_shared"
    with connection.cursor() as cursor:
        for plan_id in sorted(set(plan_ids)):
            cursor.execute(_PLAN_LOCK.format(function), [str(plan_id)])


def _add(
    plan_id: int,
    department_id: int,
    month: datetime.date,
    filed_on: datetime.date,
    owed_from: int,
    n: int,
) -> None:
    """Add ``n`` to both tallies' rows: an upsert each (PostgreSQL and SQLite),
    so concurrent filings by one department on one day add up, never collide.
    A count taken back (``n`` < 0) updates the rows that counted it."""
    with connection.cursor() as cursor:
        if n < 0:
            cursor.execute(
                f"UPDATE {_PLAN} SET reports = reports + %s WHERE plan_id = %s "
                "AND department_id = %s AND month = %s AND filed_on = %s AND owed_from_day = %s",
                [n, plan_id, department_id, month, filed_on, owed_from],
            )
            cursor.execute(
                f"UPDATE {_DUE_DAY} SET reports = reports + %s WHERE department_id = %s "
                "AND month = %s AND filed_on = %s AND owed_from_day = %s AND due_day = "
                f"(SELECT COALESCE(report_due_day, 0) FROM {_PLANS} WHERE id = %s)",
                [n, department_id, month, filed_on, owed_from, plan_id],
            )
            return
        cursor.execute(
            f"INSERT INTO {_PLAN} (plan_id, department_id, month, filed_on, owed_from_day, "
            "reports) VALUES (%s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (plan_id, department_id, month, filed_on, owed_from_day) "
            f"DO UPDATE SET reports = {_PLAN}.reports + excluded.reports",
            [plan_id, department_id, month, filed_on, owed_from, n],
        )
        cursor.execute(
            f"INSERT INTO {_DUE_DAY} {_DUE_DAY_KEY[:-1]}, reports) "
            f"SELECT %s, COALESCE(report_due_day, 0), %s, %s, %s, %s FROM {_PLANS} WHERE id = %s "
            f"ON CONFLICT {_DUE_DAY_KEY} "
            f"DO UPDATE SET reports = {_DUE_DAY}.reports + excluded.reports",
            [department_id, month, filed_on, owed_from, n, plan_id],
        )


def _firsts(reports: QuerySet[ProgressReport]) -> QuerySet[Any, Any]:
    """The first reports of each period among ``reports``, counted per plan, department,
    month, local day filed and ``owed_from_day`` (``n``)."""
    firsts: QuerySet[Any, Any] = (
        reports.filter(first_of_period())
        .annotate(
            tally_plan=F("commitment__plan_id"),
            tally_department=F("department_id"),
            tally_month=Cast(Concat(F("period"), Value("-01")), models.DateField()),
            filed=TruncDate("created_at"),
            owed_from=owed.owed_from_day(owed.period_index()),
        )
        .order_by()
        .values("tally_plan", "tally_department", "tally_month", "filed", "owed_from")
        .annotate(n=Count("pk"))
    )
    return firsts


def _insert_firsts(cursor: CursorWrapper, reports: QuerySet[ProgressReport]) -> int:
    """Write ``_firsts(reports)`` into ``FirstReportTally`` (rows not there yet)."""
    sql, params = _firsts(reports).query.sql_with_params()
    cursor.execute(
        f"INSERT INTO {_PLAN} (plan_id, department_id, month, filed_on, owed_from_day, reports) "
        f"SELECT tally_plan, tally_department, tally_month, filed, owed_from, n FROM ({sql}) "
        "AS firsts",
        params,
    )
    written: int = cursor.rowcount
    return written


#: A plan's counts in ``FirstReportTally`` as ``DueDayReportTally`` adds them up.
_PLAN_PER_DAY = (
    "SELECT department_id, month, filed_on, owed_from_day, sum(reports) AS n "
    f"FROM {_PLAN} WHERE plan_id = %s GROUP BY department_id, month, filed_on, owed_from_day"
)


def _take_plan(cursor: CursorWrapper, plan_id: int, due_day: int) -> None:
    """Take a plan's counts out of ``DueDayReportTally``'s rows of ``due_day``."""
    cursor.execute(
        f"UPDATE {_DUE_DAY} SET reports = {_DUE_DAY}.reports - moved.n "
        f"FROM ({_PLAN_PER_DAY}) AS moved WHERE {_DUE_DAY}.department_id = moved.department_id "
        f"AND {_DUE_DAY}.month = moved.month AND {_DUE_DAY}.filed_on = moved.filed_on "
        f"AND {_DUE_DAY}.owed_from_day = moved.owed_from_day AND {_DUE_DAY}.due_day = %s",
        [plan_id, due_day],
    )


def _put_plan(cursor: CursorWrapper, plan_id: int, due_day: int) -> None:
    """Add a plan's counts to ``DueDayReportTally``'s rows of ``due_day``."""
    cursor.execute(
        f"INSERT INTO {_DUE_DAY} {_DUE_DAY_KEY[:-1]}, reports) "
        f"SELECT department_id, %s, month, filed_on, owed_from_day, n FROM ({_PLAN_PER_DAY}) "
        f"AS moved WHERE true ON CONFLICT {_DUE_DAY_KEY} "
        f"DO UPDATE SET reports = {_DUE_DAY}.reports + excluded.reports",
        [due_day, plan_id],
    )


def plan_changed(plan_id: int, old_due_day: int | None, *, starts_changed: bool) -> None:
    """A plan's ``report_due_day`` (was ``old_due_day``) or ``starts_on`` changed (the
    plan saved already, in the caller's transaction: ``services.plans.change_schedule``,
    their one writer): move its first reports from the old due day's rows of
    ``DueDayReportTally`` to the new one's, and, when its start moved, count again
    whether each month reported on was owed (a month before the start is not). A due
    day alone changes no ``owed_from_day``: the months owed follow from it when read
    (``reports.punctuality``)."""
    new = Plan.objects.values_list("report_due_day", flat=True).get(pk=plan_id) or 0
    old = old_due_day or 0
    if old == new and not starts_changed:
        return
    with transaction.atomic(), connection.cursor() as cursor:
        # This plan's filings wait until its counts are moved (theirs come after, or
        # were committed before and are counted here); other plans' go on.
        _hold_plans([plan_id], alone=True)
        _take_plan(cursor, plan_id, old)
        if starts_changed:
            cursor.execute(f"DELETE FROM {_PLAN} WHERE plan_id = %s", [plan_id])
            _insert_firsts(cursor, ProgressReport.objects.filter(commitment__plan_id=plan_id))
        _put_plan(cursor, plan_id, new)


def pledge_changing(commitment_id: int) -> None:
    """Take the pledge's first reports out of the tallies before its status changes
    (cancelled, reopened, completed: the months it owed may change). In the same
    transaction as the change, under its row lock; ``pledge_changed`` puts them back."""
    _move_pledge(commitment_id, -1)


def pledge_changed(commitment_id: int) -> None:
    """Put the pledge's first reports back after its status changed, each counted as
    owed or not by the pledge as it stands now (``commitments.owed``)."""
    _move_pledge(commitment_id, 1)


def pledges_changing(commitment_ids: Sequence[int]) -> None:
    """``pledge_changing`` for many pledges at once (a re-import giving them new leads)."""
    if commitment_ids:
        _move_pledge(commitment_ids, -1)


def pledges_changed(commitment_ids: Sequence[int]) -> None:
    """``pledge_changed`` for many pledges at once."""
    if commitment_ids:
        _move_pledge(commitment_ids, 1)


#: The keys of a moved first-report count in ``FirstReportTally`` and in ``_firsts``.
_PLAN_KEYS = (
    ("plan_id", "tally_plan"),
    ("department_id", "tally_department"),
    ("month", "tally_month"),
    ("filed_on", "filed"),
    ("owed_from_day", "owed_from"),
)
#: ``_firsts`` summed by ``DueDayReportTally``'s key (its plans' due days).
_PER_DUE_DAY = (
    "SELECT f.tally_department AS department_id, COALESCE(p.report_due_day, 0) AS due_day, "
    "f.tally_month AS month, f.filed AS filed_on, f.owed_from AS owed_from_day, "
    f"sum(f.n) AS n FROM ({{}}) AS f JOIN {_PLANS} p ON p.id = f.tally_plan WHERE true "
    "GROUP BY f.tally_department, COALESCE(p.report_due_day, 0), f.tally_month, f.filed, "
    "f.owed_from"
)


def _move_pledge(commitment_id: int | Sequence[int], sign: int) -> None:
    """Add (``sign`` 1) or take out (-1) the pledges' first reports, counted as they
    stand now, in both tallies: two statements whatever the number of pledges (an upsert
    each to add, an ``UPDATE … FROM`` each to take out: the rows that counted them)."""
    ids = [commitment_id] if isinstance(commitment_id, int) else list(commitment_id)
    if connection.vendor == "postgresql":
        plans = Commitment.objects.filter(pk__in=ids).values_list("plan_id", flat=True)
        _hold_plans(list(plans.distinct().order_by()))
    sql, params = _firsts(
        ProgressReport.objects.filter(commitment_id__in=ids)
    ).query.sql_with_params()
    per_day = _PER_DUE_DAY.format(sql)
    due_keys = ("department_id", "due_day", "month", "filed_on", "owed_from_day")
    with connection.cursor() as cursor:
        if sign > 0:
            cursor.execute(
                f"INSERT INTO {_PLAN} (plan_id, department_id, month, filed_on, owed_from_day, "
                "reports) SELECT tally_plan, tally_department, tally_month, filed, owed_from, n "
                f"FROM ({sql}) AS firsts WHERE true ON CONFLICT "
                "(plan_id, department_id, month, filed_on, owed_from_day) "
                f"DO UPDATE SET reports = {_PLAN}.reports + excluded.reports",
                params,
            )
            cursor.execute(
                f"INSERT INTO {_DUE_DAY} {_DUE_DAY_KEY[:-1]}, reports) "
                f"SELECT {', '.join(due_keys)}, n FROM ({per_day}) AS moved WHERE true "
                f"ON CONFLICT {_DUE_DAY_KEY} "
                f"DO UPDATE SET reports = {_DUE_DAY}.reports + excluded.reports",
                params,
            )
            return
        matching = " AND ".join(f"{_PLAN}.{key} = firsts.{name}" for key, name in _PLAN_KEYS)
        cursor.execute(
            f"UPDATE {_PLAN} SET reports = {_PLAN}.reports - firsts.n "
            f"FROM ({sql}) AS firsts WHERE {matching}",
            params,
        )
        matching = " AND ".join(f"{_DUE_DAY}.{key} = moved.{key}" for key in due_keys)
        cursor.execute(
            f"UPDATE {_DUE_DAY} SET reports = {_DUE_DAY}.reports - moved.n "
            f"FROM ({per_day}) AS moved WHERE {matching}",
            params,
        )


def rebuild_first_report_tallies(department_ids: Sequence[int] | None = None) -> int:
    """Count every first report of a period again from the reports (one
    ``INSERT … SELECT`` per tally): the bench seed, or, given ``department_ids``,
    those departments' rows alone (a department merge, whose re-pointed reports were
    counted under the department that filed them). The filing service keeps the
    counts up to date one report at a time (``commitments.services.first_reports``).
    Returns the rows written."""
    reports = ProgressReport.objects.all()
    only, ids = "", []
    if department_ids is not None:
        ids = sorted(set(department_ids))
        if not ids:
            return 0
        reports = reports.filter(department_id__in=ids)
        only = f" WHERE {{}}department_id IN ({', '.join(['%s'] * len(ids))})"
    with without_jit(), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {_PLAN}{only.format('')}", ids)
        written = _insert_firsts(cursor, reports)
        cursor.execute(f"DELETE FROM {_DUE_DAY}{only.format('')}", ids)
        cursor.execute(
            f"INSERT INTO {_DUE_DAY} {_DUE_DAY_KEY[:-1]}, reports) "
            "SELECT t.department_id, COALESCE(p.report_due_day, 0), t.month, t.filed_on, "
            f"t.owed_from_day, sum(t.reports) FROM {_PLAN} t JOIN {_PLANS} p ON p.id = t.plan_id"
            f"{only.format('t.')} GROUP BY t.department_id, COALESCE(p.report_due_day, 0), "
            "t.month, t.filed_on, t.owed_from_day",
            ids,
        )
        return written
