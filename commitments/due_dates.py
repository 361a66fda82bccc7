"""The monthly report's due date: the one home of the rule, in Python and as SQL.

A plan's reports for month M are due on its ``report_due_day`` D (else
``settings.REPORT_DUE_DAY``); in a month without that day (30 or 31 in February,
31 in April) on the month's last day: the due date is ``min(D, last day of M)``,
as the help text of ``Plan.report_due_day`` promises. ``due_date`` is the rule in
Python (the reminders' due dates, the queue's heading), ``DueDate`` the same as
SQL (the scorecard's and the chart's on time or late, ``reports.punctuality``).

Comparing a due day with a day *of the same month* needs no cap, because such a day
is never past the month's end: the due date of ``day``'s month has passed on ``day``
exactly when D < ``day.day`` (``passed``: the queue's 已过截止日, the months
``reports.punctuality.due_periods`` counts as owed), and a pledge assigned on day X
of a month was assigned after that month's due date exactly when D < X (the months
``commitments.owed.owed_from_day`` says a pledge owes: X there is at most the
month's length, so ``X <= D`` and ``X <= min(D, last day)`` agree, and the kept
first-report tallies, which store X and the plan's D, never held a wrong day).
"""

from __future__ import annotations

import calendar
import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.expressions import Combinable, Expression
from django.db.models.functions import Coalesce
from django.db.models.lookups import LessThan


def effective_day(report_due_day: int | None) -> int:
    """A plan's due day: its own, else the setting's default."""
    return report_due_day or settings.REPORT_DUE_DAY


def due_date(year: int, month: int, report_due_day: int | None) -> datetime.date:
    """The report due date of a month under a plan's ``report_due_day`` (``None``: the
    default): that day of the month, or the month's last day when it has no such day."""
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, min(effective_day(report_due_day), last))


def plan_due_day(prefix: str = "") -> Expression:
    """The due day of the pledge's plan (``prefix``: the path to the pledge), as SQL:
    its ``report_due_day``, else the default (``effective_day``)."""
    return Coalesce(F(f"{prefix}plan__report_due_day"), Value(settings.REPORT_DUE_DAY))


class DueDate(models.Func):
    """``due_date`` as SQL: the due date of ``month`` (the first day of a month, a date)
    under ``due_day`` (an integer: ``plan_due_day``, or a tally's due day with its
    default), capped at the month's last day."""

    arity = 2
    output_field = models.DateField()

    def _parts(self, compiler, connection) -> tuple[str, list, str, list]:
        month, day = self.get_source_expressions()
        month_sql, month_params = compiler.compile(month)
        day_sql, day_params = compiler.compile(day)
        return month_sql, list(month_params), day_sql, list(day_params)

    def as_sql(self, compiler, connection, **extra):  # PostgreSQL (and other backends)
        m, m_params, d, d_params = self._parts(compiler, connection)
        sql = (
            f"LEAST(CAST({m} AS date) + (({d}) - 1), "
            f"CAST(CAST({m} AS date) + INTERVAL '1 month' AS date) - 1)"
        )
        return sql, (*m_params, *d_params, *m_params)

    def as_sqlite(self, compiler, connection, **extra):
        m, m_params, d, d_params = self._parts(compiler, connection)
        sql = f"min(date({m}, '+' || (({d}) - 1) || ' days'), date({m}, '+1 month', '-1 day'))"
        return sql, (*m_params, *d_params, *m_params)


def passed(due_day: Combinable, day: datetime.date) -> Q:
    """The due date of ``day``'s month under ``due_day`` (``plan_due_day``) is before
    ``day``: ``DueDate`` of that month ``< day``, which for a day of the month itself is
    ``due_day < day.day`` (no date is computed per row)."""
    return Q(LessThan(due_day, Value(day.day)))
