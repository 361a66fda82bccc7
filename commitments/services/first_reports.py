"""Keeping the first-report tallies as reports are filed.

Only the first report a department files for a commitment and month counts in
the scorecard; "first" is the earliest by filing time, then by id
(``reports.punctuality.first_of_period``, the same rule over all reports at
once). ``count`` runs in the transaction that files the report, under the
commitment's row lock (``workflow.lock_commitment``), so two reports on the
same commitment cannot both believe they are the first. It keeps two tallies:
``FirstReportTally`` per plan (a plan's scorecard) and ``DueDayReportTally``
over all plans by their due day (the scorecard of every plan, whose size does
not grow with the ledger).
"""

from __future__ import annotations

import datetime

from django.db import connection

from commitments import rules
from commitments.models import DueDayReportTally, FirstReportTally, Plan, ProgressReport

_PLAN = FirstReportTally._meta.db_table
_DUE_DAY = DueDayReportTally._meta.db_table
_PLANS = Plan._meta.db_table


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
