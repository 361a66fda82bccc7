"""Punctuality as SQL expressions: were reports and completions on time?

A monthly report is on time when it was filed (local date) on or before the
due date of the month it reports on (``period`` ``YYYY-MM`` and the plan's
``report_due_day``, else ``settings.REPORT_DUE_DAY``; the month's last day in a
month without that day: ``commitments.due_dates``). Only the first report a
department files for a commitment and month counts: a later correction is
not a second, late report. Only a month the pledge owed (``pledge_owed``, the
rule of ``commitments.owed`` kept with each count) can be on time or late: a
report for another month (assigned after its due day, before the plan starts,
a cancelled pledge) is early — filed, neither.

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
from django.db.models import F, Q, QuerySet, Value
from django.db.models.functions import (
    Coalesce,
    ExtractDay,
    Greatest,
    Least,
    NullIf,
)
from django.db.models.lookups import LessThan

from commitments import due_dates, rules
from commitments.choices import Status
from commitments.lights import DaysBetween
from commitments.models import DueDayReportTally, FirstReportTally
from commitments.owed import assigned as assigned_to
from commitments.owed import month_index
from reports.scope import ReportScope


def first_reports(scope: ReportScope) -> QuerySet:
    """The first reports of each period (``first_of_period``, in
    ``commitments.services.first_reports``) filed up to
    ``scope.today`` by the departments in scope, as kept counts (``reports``
    per department, month and day filed), with ``due_on`` (the month's due
    date, ``commitments.due_dates``: the plan's ``report_due_day``, else
    ``settings.REPORT_DUE_DAY``, or the month's last day in a shorter month) and
    ``days_late`` (0 when filed by then, or when the pledge did not owe the month:
    ``pledge_owed``): what the scorecard and the chart add up, without reading the
    reports. A plan's come from ``FirstReportTally``; every plan's from
    ``DueDayReportTally``, whose size does not grow with the number of plans."""
    rows: QuerySet
    if scope.plan is not None:
        rows = FirstReportTally.objects.filter(plan=scope.plan)
        due_day = due_dates.plan_due_day()
    else:
        rows = DueDayReportTally.objects.all()
        due_day = Coalesce(NullIf(F("due_day"), Value(0)), Value(settings.REPORT_DUE_DAY))
    rows = rows.filter(filed_on__lte=scope.today, reports__gt=0)
    if scope.department_ids is not None:
        rows = rows.filter(department_id__in=scope.department_ids)
    return (
        rows.order_by()
        .annotate(_due_day=due_day)
        .annotate(due_on=due_dates.DueDate(F("month"), F("_due_day")))
        .annotate(_late_by=DaysBetween(F("filed_on"), F("due_on")))
        .annotate(
            days_late=models.Case(
                models.When(Q(_late_by__gt=0) & pledge_owed(), then=F("_late_by")),
                default=Value(0),
                output_field=models.IntegerField(),
            ),
        )
    )


def pledge_owed() -> Q:
    """Rows of ``first_reports`` for a month the pledge owed a report at all, under
    its plan's due day (``commitments.owed.owed_from_day``): not one it was assigned
    after that month's due day, nor one before its plan starts, nor any of a cancelled
    pledge. A report for a month not owed is early or voluntary: filed, never on time
    nor late, as ``due_periods`` does not count that month."""
    return Q(owed_from_day__lte=F("_due_day"))


def owed(today: datetime.date) -> Q:
    """Rows of ``first_reports`` that answer a period already owed on ``today``: the
    pledge owed it (``pledge_owed``) and its due day has passed, as ``due_periods``
    counts the months owed. A report filed for a month whose due day is still ahead
    is early, not yet a record of punctuality: the scorecard counts it as filed, not
    as on time (应报次数 0 · 按时报送 0, walk 11)."""
    return Q(due_on__lt=today) & pledge_owed()


def on_time_and_owed(today: datetime.date) -> Q:
    """Rows of ``first_reports`` filed by their due day for a period already owed
    (``owed``): the scorecard's 按时报送."""
    return Q(days_late=0) & owed(today)


def late() -> Q:
    """Rows of ``first_reports`` filed after the due day of a month owed: 迟报."""
    return Q(days_late__gt=0)


def completed_by(deadline_field: str) -> Q:
    """Completed on or before the given date field of the commitment."""
    return Q(status=Status.COMPLETED, completed_at__date__lte=F(deadline_field))


def was_due(deadline_field: str, today: datetime.date) -> Q:
    """Completed, or still open with that deadline already passed."""
    open_and_past = ~rules.closed() & Q(**{f"{deadline_field}__lt": today})
    return Q(status=Status.COMPLETED) | open_and_past


def deadline_reached(deadline_field: str, today: datetime.date) -> Q:
    """Not cancelled, and that deadline already passed (已到批准时限): done or not, its
    completion was due. A pledge completed before a deadline still ahead counts in the
    completion rates (``was_due``), yet nothing of it was due in the period: a department
    with no report owed and no deadline reached takes no place in the scorecard (SPEC §4,
    walk 11: four departments ranked 1 together on early completions alone)."""
    return ~Q(status=Status.CANCELLED) & Q(**{f"{deadline_field}__lt": today})


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def due_periods(
    today: datetime.date, prefix: str = "", *, as_lead: bool = True
) -> models.Expression:
    """How many monthly reports a commitment owed by ``today`` (``prefix``:
    the path to the commitment, e.g. ``"commitment__"`` from a co-ownership).

    One report per month from the month its plan starts, or from the month
    the commitment entered the ledger (``created_at``: a plan imported in
    March, a pledge added by a re-import or carried over) if that is later —
    nobody owes a report on a pledge that was not yet assigned, nor one whose
    due day had passed when it was (then from the next month); a month is owed
    once its due day has passed (the 25th's report is late on the 26th);
    a completed commitment owes nothing after the month it was completed,
    a cancelled one nothing at all. A report that never came is a late
    report in the scorecard (issue 19), so this is the denominator of the
    on-time rate together with the reports filed. Counted for the lead
    (``as_lead``), the months run from when the current lead was given the pledge
    (``lead_since``: a supervisor's or a re-import's change of lead), not from
    January; for a co-owner (``as_lead=False``: counted from its ``CoOwnership``
    rows, whose ``since`` is theirs) from when it was made one, else from when the
    pledge entered the ledger.
    The same months, of one report, are ``commitments.owed.owed_from_day`` (kept
    with the first-report tallies), so that a report for a month not counted here
    is never late (``pledge_owed``).
    """
    p = prefix
    due_day = due_dates.plan_due_day(p)
    this_month = _month_index(today.year, today.month)
    last_due = models.Case(
        models.When(due_dates.passed(due_day, today), then=Value(this_month)),
        default=Value(this_month - 1),
        output_field=models.IntegerField(),
    )
    since = assigned_to(p, as_lead=as_lead, co_owner_since=None if as_lead else F("since"))
    assigned = month_index(since)
    starts = Greatest(
        month_index(f"{p}plan__starts_on"),
        models.Case(  # assigned after the month's due day: owed from the next month
            models.When(LessThan(due_day, ExtractDay(since)), then=assigned + 1),
            default=assigned,
            output_field=models.IntegerField(),
        ),
    )
    closed = models.Case(
        models.When(
            Q(**{f"{p}status": Status.COMPLETED}),
            then=month_index(f"{p}completed_at"),
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
