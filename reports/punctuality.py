"""Punctuality as SQL expressions: were reports and completions on time?

A monthly report is on time when it was filed (local date) on or before the
due day of the month it reports on (``period`` ``YYYY-MM`` + the plan's
``report_due_day``, else ``settings.REPORT_DUE_DAY``). Only the first report a
department files for a commitment and month counts: a later correction is
not a second, late report.

A completion is on time against a deadline when ``completed_at`` (local date)
is not after it. The rate is taken over the commitments that were due: the
completed ones, plus the open ones whose deadline has already passed — an
overdue commitment has missed its deadline even though nobody closed it.
Both the original and the approved deadline are measured, so that repeated
extensions cannot hide slippage (SPEC §2). These are the rules of
``commitments.punctuality`` (the workflow's per-commitment helpers) written
as SQL so that roll-ups aggregate in the database; a test checks they agree.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, Q, Value
from django.db.models.functions import (
    Cast,
    Coalesce,
    Concat,
    ExtractMonth,
    ExtractYear,
    Greatest,
    Least,
    LPad,
    TruncDate,
)
from django.db.models.lookups import LessThan

from commitments import rules
from commitments.choices import Status
from commitments.lights import DaysBetween
from commitments.models import ProgressReport


def first_of_period() -> Exists:
    """True for a report that no earlier report of the same commitment,
    department and period precedes.

    PostgreSQL runs this as a hashed anti-join; with the report reads'
    ``work_mem`` (``reports.sql.without_jit``) it stays in memory: at 4 MB it
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


def annotate_report_punctuality(reports):
    """Add ``filed_on``, ``due_on`` and ``days_late`` (0 when on time)."""
    due_day = Coalesce(F("commitment__plan__report_due_day"), Value(settings.REPORT_DUE_DAY))
    due_on = Cast(
        Concat(
            F("period"),
            Value("-"),
            LPad(Cast(due_day, models.CharField()), 2, Value("0")),
            output_field=models.CharField(),
        ),
        models.DateField(),
    )
    return (
        reports.annotate(
            filed_on=TruncDate("created_at"),
            due_on=due_on,
        )
        .annotate(
            _late_by=DaysBetween(F("filed_on"), F("due_on")),
        )
        .annotate(
            days_late=models.Case(
                models.When(_late_by__gt=0, then=F("_late_by")),
                default=Value(0),
                output_field=models.IntegerField(),
            ),
        )
    )


def completed_by(deadline_field: str) -> Q:
    """Completed on or before the given date field of the commitment."""
    return Q(status=Status.COMPLETED, completed_at__date__lte=F(deadline_field))


def was_due(deadline_field: str, today: datetime.date) -> Q:
    """Completed, or still open with that deadline already passed."""
    open_and_past = ~rules.closed() & Q(**{f"{deadline_field}__lt": today})
    return Q(status=Status.COMPLETED) | open_and_past


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def due_periods(today: datetime.date, prefix: str = "") -> models.Expression:
    """How many monthly reports a commitment owed by ``today`` (``prefix``:
    the path to the commitment, e.g. ``"commitment__"`` from a co-ownership).

    One report per month from the month its plan starts; a month is owed
    once its due day has passed (the 25th's report is late on the 26th);
    a completed commitment owes nothing after the month it was completed,
    a cancelled one nothing at all. A report that never came is a late
    report in the scorecard (issue 19), so this is the denominator of the
    on-time rate together with the reports filed.
    """
    p = prefix
    due_day = Coalesce(F(f"{p}plan__report_due_day"), Value(settings.REPORT_DUE_DAY))
    this_month = _month_index(today.year, today.month)
    last_due = models.Case(
        models.When(LessThan(due_day, Value(today.day)), then=Value(this_month)),
        default=Value(this_month - 1),
        output_field=models.IntegerField(),
    )
    starts = ExtractYear(f"{p}plan__starts_on") * 12 + ExtractMonth(f"{p}plan__starts_on") - 1
    closed = models.Case(
        models.When(
            Q(**{f"{p}status": Status.COMPLETED}),
            then=ExtractYear(f"{p}completed_at") * 12 + ExtractMonth(f"{p}completed_at") - 1,
        ),
        default=Value(this_month),
        output_field=models.IntegerField(),
    )
    owed = Least(last_due, closed) - starts + 1
    return models.Case(
        models.When(Q(**{f"{p}status": Status.CANCELLED}), then=Value(0)),
        models.When(Q(**{f"{p}plan__starts_on__gt": today}), then=Value(0)),
        default=Greatest(owed, Value(0)),
        output_field=models.IntegerField(),
    )
