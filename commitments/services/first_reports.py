"""Keeping the first-report tallies (``FirstReportTally``) as reports are filed.

Only the first report a department files for a commitment and month counts in
the scorecard; "first" is the earliest by filing time, then by id
(``reports.punctuality.first_of_period``, the same rule over all reports at
once). ``count`` runs in the transaction that files the report, under the
commitment's row lock (``workflow.lock_commitment``), so two reports on the
same commitment cannot both believe they are the first.
"""

from __future__ import annotations

import datetime

from django.db import connection
from django.db.models import F

from commitments import rules
from commitments.models import FirstReportTally, ProgressReport


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
    """One upsert (PostgreSQL and SQLite): concurrent filings by the same
    department on the same day add up instead of colliding on the key."""
    table = connection.ops.quote_name(FirstReportTally._meta.db_table)
    if n < 0:  # the row exists: it counted the report now displaced
        FirstReportTally.objects.filter(
            plan_id=plan_id, department_id=department_id, month=month, filed_on=filed_on
        ).update(reports=F("reports") + n)
        return
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (plan_id, department_id, month, filed_on, reports) "
            "VALUES (%s, %s, %s, %s, %s) "
            "ON CONFLICT (plan_id, department_id, month, filed_on) "
            f"DO UPDATE SET reports = {table}.reports + EXCLUDED.reports",
            [plan_id, department_id, month, filed_on, n],
        )
