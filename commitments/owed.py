"""Which months a pledge owes a monthly report: the one home of the rule, as SQL.

A pledge owes one report a month from the month its plan starts, or from the
month it entered the ledger (``created_at``: imported, added by a re-import,
carried over) if that is later — from the next month if it entered after that
month's due day; its current lead owes from the month it was given the pledge
(``lead_since``, set when a supervisor or a re-import changes the lead, not by a
department merge: the merged unit carries on the source's months) by the same
rule, and a co-owner (配合单位) from the month it was made one (``CoOwnership.since``,
set when a supervisor or a re-import adds it to a pledge already in the ledger;
empty: it came with the pledge); a completed pledge owes nothing after the month
it was completed, a cancelled one nothing at all. ``reports.punctuality.due_periods``
counts the months owed by a day from these parts; ``owes_month`` says whether one
month is owed (the light, the queue, the list); ``owed_from_day`` says of a month
reported on whether it was owed, as a number kept with the first-report
tallies (``commitments.models.FirstReportTally``) so that the scorecard and the
chart tell a report that answered an owed month (on time or late) from one
that answered a month the pledge did not owe (early, voluntary: never late).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Value
from django.db.models.expressions import Expression
from django.db.models.functions import Cast, Coalesce, ExtractDay, ExtractMonth, ExtractYear, Substr
from django.db.models.lookups import Exact, GreaterThan, IsNull, LessThan, LessThanOrEqual
from django.utils import timezone

from commitments.choices import Status
from commitments.models.tallies import NEVER_OWED


def month_index(field: str | Expression) -> Expression:
    """A date or moment's month as ``year * 12 + month - 1`` (local time)."""
    return ExtractYear(field) * 12 + ExtractMonth(field) - 1


def period_index(field: str = "period") -> Expression:
    """A report's ``period`` (``YYYY-MM``) as ``month_index`` counts months."""
    year = Cast(Substr(field, 1, 4), models.IntegerField())
    return year * 12 + Cast(Substr(field, 6, 2), models.IntegerField()) - 1


def assigned(
    prefix: str = "", *, as_lead: bool, co_owner_since: Expression | F | None = None
) -> Expression:
    """When the pledge (``prefix``: the path to it) was assigned to the unit counted:
    to its current lead when the lead took it (``lead_since``, empty: from the start),
    to a co-owner when it was made one (``co_owner_since``: its ``CoOwnership.since``,
    empty: from the start), where the start is when the pledge entered the ledger
    (``created_at``)."""
    if as_lead:
        return Coalesce(F(f"{prefix}lead_since"), F(f"{prefix}created_at"))
    if co_owner_since is None:
        return F(f"{prefix}created_at")
    return Coalesce(co_owner_since, F(f"{prefix}created_at"))


def co_owner_since(department: str | Expression, prefix: str = "commitment__") -> Expression:
    """``CoOwnership.since`` of ``department`` (a path from the outer row, or an
    expression of its id) on the pledge (``prefix``: the path to it), one indexed
    lookup (``unique_co_owner``); empty when it is no co-owner (a former lead or
    co-owner: owed from the start, as before ``since`` was kept) or came with the
    pledge."""
    from commitments.models import CoOwnership

    unit = OuterRef(department) if isinstance(department, str) else department
    shares = CoOwnership.objects.filter(commitment=OuterRef(f"{prefix}pk"), department=unit)
    return Subquery(shares.values("since")[:1], output_field=models.DateTimeField())


def _co_owned_from(prefix: str, reporter: str | Expression) -> Expression:
    """``assigned`` to the co-owner ``reporter`` (the path to it, or an expression of its
    id) of the pledge (``prefix``: the path to it): its ``CoOwnership.since``, else the
    pledge's ``created_at`` (it came with the pledge); empty when it is no co-owner. One
    indexed lookup (``unique_co_owner``) that both tells whether it is one and since when."""
    from commitments.models import CoOwnership

    outer = OuterRef(reporter) if isinstance(reporter, str) else reporter
    shares = CoOwnership.objects.filter(commitment=OuterRef(f"{prefix}pk"), department=outer)
    since = Coalesce(F("since"), OuterRef(f"{prefix}created_at"))
    return Subquery(
        shares.annotate(assigned=since).values("assigned")[:1],
        output_field=models.DateTimeField(),
    )


def _assigned_to(prefix: str, reporter: str | Expression | bool) -> Expression:
    """``assigned`` to the unit ``reporter`` (the path to it, or an expression of its
    id; ``True``: the current lead): the lead from when it took the pledge, any other
    unit from when it was made a co-owner; a unit that is neither any more (a former lead
    or co-owner): empty, owing nothing."""
    if reporter is True:
        return assigned(prefix, as_lead=True)
    if reporter is False:
        return assigned(prefix, as_lead=False)
    unit = F(reporter) if isinstance(reporter, str) else reporter
    return models.Case(
        models.When(Exact(unit, F(f"{prefix}lead_owner")), then=assigned(prefix, as_lead=True)),
        # a co-owner from when it was made one; neither (a former lead or co-owner):
        # empty, nothing of the pledge is owed by it any more, as
        # ``reports.punctuality.due_periods`` counts no month of it; its reports are
        # filed, never on time nor late (walk15 B1: handing pledges away must not raise
        # a unit's 按时报送率)
        default=_co_owned_from(prefix, reporter),
        output_field=models.DateTimeField(),
    )


def owed_from_day(
    month: Expression,
    prefix: str = "commitment__",
    reporter: str | Expression | bool = "department",
) -> Expression:
    """The least due day under which the pledge (``prefix``: the path to it) owed a
    report for ``month`` (a ``month_index``): the month was owed when the plan's due
    day is on or after it (``reports.punctuality.pledge_owed``).

    * 1: owed whatever the due day — assigned before that month (to the report's
      unit, ``reporter``: the current lead from ``lead_since``, a co-owner from its
      ``CoOwnership.since``, see ``assigned``);
    * the day of the month it was assigned on, for the month it was assigned in:
      assigned after that month's due day, it owes from the next month;
    * ``NEVER_OWED`` (32, after every due day): not owed at all — a month before it
      was assigned or before its plan starts, after the month it was completed, or
      any month of a cancelled pledge.

    The status and the plan's start can change after a report is filed: the filing
    service moves the kept counts then (``commitments.services.first_reports``)."""
    p = prefix
    since = _assigned_to(p, reporter)
    first = month_index(since)
    never = Value(NEVER_OWED)
    return models.Case(
        models.When(Q(**{f"{p}status": Status.CANCELLED}), then=never),
        models.When(IsNull(since, True), then=never),
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


def month_bounds(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The local midnights that start ``day``'s month and the next one."""
    first = datetime.date(day.year, day.month, 1)
    after = (first + datetime.timedelta(days=31)).replace(day=1)
    zone = timezone.get_current_timezone()
    return (
        datetime.datetime.combine(first, datetime.time(), tzinfo=zone),
        datetime.datetime.combine(after, datetime.time(), tzinfo=zone),
    )


def plan_owes_month(starts_on: datetime.date | None, day: datetime.date) -> bool:
    """Does a plan that starts on ``starts_on`` owe ``day``'s month at all: it starts
    before that month ends (a plan that starts on the 10th owes its first month; no
    start: nothing), as ``owes_month`` says of one pledge."""
    return starts_on is not None and starts_on < month_bounds(day)[1].date()


def owed_before(due: datetime.date) -> datetime.datetime:
    """The report due on ``due`` (its month's due date under the plan's due day,
    ``commitments.due_dates``) is owed by a unit assigned the pledge before this moment,
    the local midnight after the due date: ``owes_month``'s "assigned before the month,
    or in it on or before the due day" for one due date (a due day past the month's end
    is its last day, and every day of the month is on or before it)."""
    zone = timezone.get_current_timezone()
    return datetime.datetime.combine(due + datetime.timedelta(days=1), datetime.time(), tzinfo=zone)


def assigned_sql(pledge: str, co_owner: str | None = None) -> str:
    """``assigned`` in raw SQL, for the reminder sweep's queries (``pledge``, ``co_owner``:
    the aliases of the commitment row and of the unit's ``CoOwnership`` row): to the lead
    from ``lead_since``, to a co-owner from its ``since``, else from the pledge's
    ``created_at``. The lead's form is the expression of the ``commitment_assigned``
    index (``commitments.0036``) that finds the pledges handed over or entered lately."""
    if co_owner is None:
        return f"COALESCE({pledge}.lead_since, {pledge}.created_at)"
    return f"COALESCE({co_owner}.since, {pledge}.created_at)"


def owes_month(day: datetime.date, prefix: str = "", department: int | None = None) -> Q:
    """The pledge (``prefix``: the path to it) owes the report of ``day``'s month under
    its plan's due day: ``owed_from_day`` of that month is on or before the due day (the
    plan's ``report_due_day``, else ``settings.REPORT_DUE_DAY``). Not a pledge whose plan
    starts after that month, nor one assigned after the month's due day (it owes from the
    next month), nor one completed before that month, nor a cancelled one: the months
    ``reports.punctuality.due_periods`` counts, one at a time (the workspace queue's and
    list's 未报送, the light's 进度未报送). Its report is the lead's: owed from when the
    lead took the pledge (``lead_since``), so a pledge handed over today is not chased
    for this month once the due day has passed; given a ``department``, that unit's
    report: the lead's, or a co-owner's from when it was made one."""
    p = prefix
    due_day = Coalesce(F(f"{p}plan__report_due_day"), Value(settings.REPORT_DUE_DAY))
    # ``owed_from_day(month) <= due_day`` for one month known here, written as
    # comparisons with the month's bounds: no date arithmetic per row, so that the
    # light (every list page, the roll-ups over a million pledges) stays as cheap as
    # before (tests/reports/test_one_rule_of_owed_months.py checks the two agree).
    starts, ends = month_bounds(day)
    since = _assigned_to(p, True if department is None else Value(department))
    return (
        ~Q(**{f"{p}status": Status.CANCELLED})
        & Q(**{f"{p}plan__starts_on__lt": ends.date()})
        & ~Q(**{f"{p}status": Status.COMPLETED, f"{p}completed_at__lt": starts})
        & (
            Q(LessThan(since, Value(starts)))
            | (Q(LessThan(since, Value(ends))) & Q(LessThanOrEqual(ExtractDay(since), due_day)))
        )
    )
