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
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from django.db import connection, models, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Value
from django.db.models.expressions import Expression
from django.db.models.functions import Cast, Concat, TruncDate

from commitments import rules
from commitments.models import DueDayReportTally, FirstReportTally, Plan, ProgressReport
from commitments.sql import without_jit

_PLAN = FirstReportTally._meta.db_table
_DUE_DAY = DueDayReportTally._meta.db_table
_PLANS = Plan._meta.db_table


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
    firsts = list(
        ProgressReport.objects.filter(
            commitment_id=report.commitment_id,
            department_id=report.department_id,
            period=report.period,
        )
        .order_by("created_at", "pk")
        .values_list("pk", "created_at")[:2]
    )
    if not firsts or firsts[0][0] != report.pk:
        return  # a later report of a period already counted
    month = datetime.date(int(report.period[:4]), int(report.period[5:7]), 1)
    if len(firsts) == 2:
        _add(plan_id, report.department_id, month, rules.local_day(firsts[1][1]), -1)
    _add(plan_id, report.department_id, month, rules.local_day(report.created_at), 1)


def _add(
    plan_id: int, department_id: int, month: datetime.date, filed_on: datetime.date, n: int
) -> None:
    """Add ``n`` to both tallies' rows: an upsert each (PostgreSQL and SQLite),
    so concurrent filings by one department on one day add up, never collide.
    A count taken back (``n`` < 0) updates the rows that counted it."""
    with connection.cursor() as cursor:
        if n < 0:
            cursor.execute(
                f"UPDATE {_PLAN} SET reports = reports + %s WHERE plan_id = %s "
                "AND department_id = %s AND month = %s AND filed_on = %s",
                [n, plan_id, department_id, month, filed_on],
            )
            cursor.execute(
                f"UPDATE {_DUE_DAY} SET reports = reports + %s WHERE department_id = %s "
                "AND month = %s AND filed_on = %s AND due_day = "
                f"(SELECT COALESCE(report_due_day, 0) FROM {_PLANS} WHERE id = %s)",
                [n, department_id, month, filed_on, plan_id],
            )
            return
        cursor.execute(
            f"INSERT INTO {_PLAN} (plan_id, department_id, month, filed_on, reports) "
            "VALUES (%s, %s, %s, %s, %s) "
            "ON CONFLICT (plan_id, department_id, month, filed_on) "
            f"DO UPDATE SET reports = {_PLAN}.reports + excluded.reports",
            [plan_id, department_id, month, filed_on, n],
        )
        cursor.execute(
            f"INSERT INTO {_DUE_DAY} (department_id, due_day, month, filed_on, reports) "
            f"SELECT %s, COALESCE(report_due_day, 0), %s, %s, %s FROM {_PLANS} WHERE id = %s "
            "ON CONFLICT (department_id, due_day, month, filed_on) "
            f"DO UPDATE SET reports = {_DUE_DAY}.reports + excluded.reports",
            [department_id, month, filed_on, n, plan_id],
        )


def due_day_changed(plan_id: int, old: int | None, new: int | None) -> None:
    """A plan's ``report_due_day`` changed: move its first reports from the
    old due day's rows of ``DueDayReportTally`` to the new one's."""
    if (old or 0) == (new or 0):
        return
    per_day = (
        f"SELECT department_id, month, filed_on, sum(reports) AS n FROM {_PLAN} "
        "WHERE plan_id = %s GROUP BY department_id, month, filed_on"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {_DUE_DAY} SET reports = {_DUE_DAY}.reports - moved.n "
            f"FROM ({per_day}) AS moved WHERE {_DUE_DAY}.department_id = moved.department_id "
            f"AND {_DUE_DAY}.month = moved.month AND {_DUE_DAY}.filed_on = moved.filed_on "
            f"AND {_DUE_DAY}.due_day = %s",
            [plan_id, old or 0],
        )
        cursor.execute(
            f"INSERT INTO {_DUE_DAY} (department_id, due_day, month, filed_on, reports) "
            f"SELECT department_id, %s, month, filed_on, n FROM ({per_day}) AS moved WHERE true "
            "ON CONFLICT (department_id, due_day, month, filed_on) "
            f"DO UPDATE SET reports = {_DUE_DAY}.reports + excluded.reports",
            [new or 0, plan_id],
        )


def rebuild_first_report_tallies(department_ids: Sequence[int] | None = None) -> int:
    """Count every first report of a period again from the reports (one
    ``INSERT … SELECT`` per tally): the data migration's backfill and the bench seed,
    or, given ``department_ids``, those departments' rows alone (a department merge,
    whose re-pointed reports were counted under the department that filed them).
    The filing service keeps the counts up to date one report at a time
    (``commitments.services.first_reports``). Returns the rows written."""
    reports = ProgressReport.objects.filter(first_of_period())
    only, ids = "", []
    if department_ids is not None:
        ids = sorted(set(department_ids))
        if not ids:
            return 0
        reports = reports.filter(department_id__in=ids)
        only = f" WHERE {{}}department_id IN ({', '.join(['%s'] * len(ids))})"
    firsts = (
        reports.annotate(
            tally_plan=F("commitment__plan_id"),
            tally_department=F("department_id"),
            tally_month=Cast(Concat(F("period"), Value("-01")), models.DateField()),
            filed=TruncDate("created_at"),
        )
        .order_by()
        .values("tally_plan", "tally_department", "tally_month", "filed")
        .annotate(n=Count("pk"))
    )
    sql, params = firsts.query.sql_with_params()
    table = FirstReportTally._meta.db_table
    with without_jit(), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}{only.format('')}", ids)
        cursor.execute(
            f"INSERT INTO {table} (plan_id, department_id, month, filed_on, reports) "
            f"SELECT tally_plan, tally_department, tally_month, filed, n FROM ({sql}) AS firsts",
            params,
        )
        written: int = cursor.rowcount
        due_days = DueDayReportTally._meta.db_table
        cursor.execute(f"DELETE FROM {due_days}{only.format('')}", ids)
        cursor.execute(
            f"INSERT INTO {due_days} (department_id, due_day, month, filed_on, reports) "
            "SELECT t.department_id, COALESCE(p.report_due_day, 0), t.month, t.filed_on, "
            f"sum(t.reports) FROM {table} t JOIN {Plan._meta.db_table} p ON p.id = t.plan_id"
            f"{only.format('t.')} "
            "GROUP BY t.department_id, COALESCE(p.report_due_day, 0), t.month, t.filed_on",
            ids,
        )
        return written
