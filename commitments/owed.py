"""Which months a pledge owes a monthly report: the one home of the rule, as SQL.

A pledge owes one report a month from the month its plan starts, or from the
month it entered the ledger (``created_at``: imported, added by a re-import,
carried over) if that is later — from the next month if it entered after that
month's due day; its current lead owes from the month it was given the pledge
(``lead_since``, set when a supervisor or a re-import changes the lead, not by a
department merge: the merged unit carries on the source's months) by the same
rule; a completed pledge owes nothing after the month it was completed, a
cancelled one nothing at all. ``reports.punctuality.due_periods`` counts
the months owed by a day from these parts; ``owed_from_day`` says of a month
reported on whether it was owed, as a number kept with the first-report
tallies (``commitments.models.FirstReportTally``) so that the scorecard and the
chart tell a report that answered an owed month (on time or late) from one
that answered a month the pledge did not owe (early, voluntary: never late).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, Q, Value
from django.db.models.expressions import Expression
from django.db.models.functions import Cast, Coalesce, ExtractDay, ExtractMonth, ExtractYear, Substr
from django.db.models.lookups import Exact, GreaterThan, LessThan, LessThanOrEqual

from commitments.choices import Status
from commitments.models.tallies import NEVER_OWED


def month_index(field: str | Expression) -> Expression:
    """A date or moment's month as ``year * 12 + month - 1`` (local time)."""
    return ExtractYear(field) * 12 + ExtractMonth(field) - 1


def period_index(field: str = "period") -> Expression:
    """A report's ``period`` (``YYYY-MM``) as ``month_index`` counts months."""
    year = Cast(Substr(field, 1, 4), models.IntegerField())
    return year * 12 + Cast(Substr(field, 6, 2), models.IntegerField()) - 1


def assigned(prefix: str = "", *, as_lead: bool) -> Expression:
    """When the pledge (``prefix``: the path to it) was assigned to the unit counted:
    to its current lead when the lead took it (``lead_since``, empty: from the start),
    to anyone else (a co-owner) when it entered the ledger (``created_at``)."""
    if not as_lead:
        return F(f"{prefix}created_at")
    return Coalesce(F(f"{prefix}lead_since"), F(f"{prefix}created_at"))


def owed_from_day(
    month: Expression, prefix: str = "commitment__", reporter: str | bool = "department"
) -> Expression:
    """The least due day under which the pledge (``prefix``: the path to it) owed a
    report for ``month`` (a ``month_index``): the month was owed when the plan's due
    day is on or after it (``reports.punctuality.pledge_owed``).

    * 1: owed whatever the due day — assigned before that month (to the report's
      unit, ``reporter``: the current lead from ``lead_since``, see ``assigned``);
    * the day of the month it was assigned on, for the month it was assigned in:
      assigned after that month's due day, it owes from the next month;
    * ``NEVER_OWED`` (32, after every due day): not owed at all — a month before it
      was assigned or before its plan starts, after the month it was completed, or
      any month of a cancelled pledge.

    The status and the plan's start can change after a report is filed: the filing
    service moves the kept counts then (``commitments.services.first_reports``)."""
    p = prefix
    # The report's unit (``reporter``, the path to it) is the lead: owed from when it
    # took the pledge; ``True``/``False``: counted for the lead / for a co-owner.
    since: Expression
    if isinstance(reporter, bool):
        since = assigned(p, as_lead=reporter)
    else:
        since = models.Case(
            models.When(Q(**{reporter: F(f"{p}lead_owner")}), then=assigned(p, as_lead=True)),
            default=assigned(p, as_lead=False),
            output_field=models.DateTimeField(),
        )
    first = month_index(since)
    never = Value(NEVER_OWED)
    return models.Case(
        models.When(Q(**{f"{p}status": Status.CANCELLED}), then=never),
        models.When(LessThan(month, month_index(f"{p}plan__starts_on")), then=never),
        models.When(
            Q(**{f"{p}status": Status.COMPLETED})
            & Q(GreaterThan(month, month_index(f"{p}completed_at"))),
            then=never,
        ),
        models.When(LessThan(month, first), then=never),
        models.When(Exact(month, first), then=ExtractDay(since)),
        default=Value(1),
        output_field=models.PositiveSmallIntegerField(),
    )


def owes_month(day: datetime.date, prefix: str = "") -> Q:
    """The pledge (``prefix``: the path to it) owes the report of ``day``'s month under
    its plan's due day: ``owed_from_day`` of that month is on or before the due day (the
    plan's ``report_due_day``, else ``settings.REPORT_DUE_DAY``). Not a pledge whose plan
    starts after that month, nor one assigned after the month's due day (it owes from the
    next month), nor one completed before that month, nor a cancelled one: the months
    ``reports.punctuality.due_periods`` counts, one at a time (the workspace queue's and
    list's 未报送). Its report is the lead's: owed from when the lead took the pledge
    (``lead_since``), so a pledge handed over today is not chased for this month once
    the due day has passed."""
    due_day = Coalesce(F(f"{prefix}plan__report_due_day"), Value(settings.REPORT_DUE_DAY))
    month = Value(day.year * 12 + day.month - 1)
    return Q(LessThanOrEqual(owed_from_day(month, prefix, reporter=True), due_day))
