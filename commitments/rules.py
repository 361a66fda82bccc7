"""The domain's rules, each written once: what is overdue, who owns, who oversees.

Every filter (``api/filtersets.py``), roll-up (``reports/``), permission
(``access.py``), the light (``lights.py``) and the reminder sweep ask these
functions; ``CommitmentQuerySet`` (``models/commitment.py``) exposes them as
``Commitment.objects.overdue(today)``, ``.owned_by(…)``, ``.supervised_by(user)``,
``.visible_to(user)``, ``.tracked()``. They return ``Q`` objects so that the
same predicate also serves inside aggregates (``Count(filter=…)``) and
``Case/When``.

Where a fast SQL form was measured (``bench/``), it lives here with its reason.
Models are imported inside functions: this module is imported by the models.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, overload

from django.db.models import Count, F, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop

from commitments.choices import CLOSED_STATUSES

# --- Commitments: the ledger's states ------------------------------------------


def closed(prefix: str = "") -> Q:
    """Completed or cancelled: takes no new reports or requests (``prefix``: the
    path to the commitment from another model, e.g. ``"commitment__"``)."""
    return Q(**{f"{prefix}status__in": CLOSED_STATUSES})


def retired(prefix: str = "") -> Q:
    """Retired by a re-import: the source no longer has the pledge, the row is
    kept for its history (``removed_from_source``). Until a supervisor keeps
    it (which clears the flag), it is neither overdue, nor reminded, nor
    counted in roll-ups (issue 19)."""
    return Q(**{f"{prefix}removed_from_source": True})


def tracked(prefix: str = "") -> Q:
    """Open and not retired: what the light, the reminders and overdue follow."""
    return ~closed(prefix) & ~retired(prefix)


def overdue(today: datetime.date) -> Q:
    """Past its (approved) deadline and still tracked. The one definition of 逾期."""
    return Q(deadline__lt=today) & tracked()


def is_overdue(commitment: Any, today: datetime.date) -> bool:
    """``overdue`` for one loaded commitment (or any object with its fields)."""
    return (
        commitment.deadline < today
        and commitment.status not in CLOSED_STATUSES
        and not getattr(commitment, "removed_from_source", False)
    )


def handed_over_late(prefix: str = "") -> Q:
    """Handed to its lead after its deadline had passed, and still at a deadline that
    had passed then (``overdue_lead``, set by ``services.leads.hand_over``): while it is
    overdue (``overdue``), its 逾期 counts against ``overdue_lead`` — the lead when the
    deadline passed — not against the lead that received it (SPEC §2 牵头单位变更). A new
    deadline not before the day of the change ends it; so does the lead becoming that
    unit (a merge): a unit is never blamed apart from itself. The one definition."""
    return (
        Q(**{f"{prefix}overdue_lead__isnull": False})
        & ~Q(**{f"{prefix}overdue_lead": F(f"{prefix}lead_owner")})
        & Q(**{f"{prefix}deadline__lt": F(f"{prefix}lead_since__date")})
    )


def overdue_charged_to(department_id: int, prefix: str = "") -> Q:
    """The pledges whose 逾期, when they are overdue (``overdue``), counts against
    ``department_id``: those it missed and still leads, and those handed from it to
    another lead after their deadline (``handed_over_late``, counted against
    ``overdue_lead``). The scorecard's 逾期 count (``reports.rollups.late_hand_overs``)
    and the list behind its link both follow it, so the link opens what was counted."""
    late = handed_over_late(prefix)
    return (Q(**{f"{prefix}overdue_lead_id": department_id}) & late) | (
        Q(**{f"{prefix}lead_owner_id": department_id})
        & (Q(**{f"{prefix}overdue_lead__isnull": True}) | ~late)
    )


def is_handed_over_late(commitment: Any) -> bool:
    """``handed_over_late`` for one loaded commitment (its ``overdue_lead_id``,
    ``deadline`` and ``lead_since``)."""
    if commitment.overdue_lead_id is None or commitment.lead_since is None:
        return False
    if commitment.overdue_lead_id == commitment.lead_owner_id:
        return False
    return bool(commitment.deadline < local_day(commitment.lead_since))


def overdue_counted_against(commitment: Any, today: datetime.date) -> int | None:
    """The department whose 逾期 a loaded commitment is on ``today``: ``None`` when it is
    not overdue, the lead when the deadline passed for one handed over late
    (``handed_over_late``), else its lead."""
    if not is_overdue(commitment, today):
        return None
    if is_handed_over_late(commitment):
        return int(commitment.overdue_lead_id)
    return int(commitment.lead_owner_id)


def overdue_elsewhere(commitment: Any, today: datetime.date) -> int | None:
    """The department a loaded commitment's 逾期 counts against on ``today`` when that is
    not its lead (handed over late, ``handed_over_late``); else ``None``."""
    counted = overdue_counted_against(commitment, today)
    return None if counted == commitment.lead_owner_id else counted


def urged() -> Q:
    """被督办: open, with a 督办通知 (``urged_at``) the lead has not answered by a
    report since (``last_report_at``, the lead's latest). The one definition; the
    workspace's 需要处理 counts it."""
    unanswered = Q(last_report_at__isnull=True) | Q(last_report_at__lt=F("urged_at"))
    return Q(urged_at__isnull=False) & ~closed() & unanswered


def is_urged(commitment: Any) -> bool:
    """``urged`` for one loaded commitment."""
    if commitment.urged_at is None or commitment.status in CLOSED_STATUSES:
        return False
    return commitment.last_report_at is None or commitment.last_report_at < commitment.urged_at


def urge_answered() -> Q:
    """督办已回复: open, and the lead has reported since the latest 督办通知 — the
    other side of ``urged``: what the supervisor who sent it looks for."""
    return Q(urged_at__isnull=False) & ~closed() & Q(last_report_at__gte=F("urged_at"))


def is_urge_answered(commitment: Any) -> bool:
    """``urge_answered`` for one loaded commitment."""
    if commitment.urged_at is None or commitment.status in CLOSED_STATUSES:
        return False
    return (
        commitment.last_report_at is not None and commitment.last_report_at >= commitment.urged_at
    )


def in_rollups() -> Q:
    """What roll-ups count: every commitment but the retired ones (cancelled ones
    are counted apart by the roll-ups themselves)."""
    return ~retired()


# --- Ownership -----------------------------------------------------------------


def owned_by(
    department_ids: int | Iterable[int],
    *,
    include_co_owned: bool = True,
    with_excused: bool = True,
) -> Q:
    """Led by one of ``department_ids`` or, with ``include_co_owned``, co-owned by one
    (``with_excused=False`` leaves out co-owners a supervisor excused from reporting).

    Fast form: ``lead_owner IN (…) OR id IN (co-owned ids)``, the co-owned ids a
    subquery hashed once, no join and no DISTINCT. Every column it reads is in the
    ``commitment_deadline_cover`` index, so a page by deadline walks that index and
    stops after one page, and a count reads the index alone (the earlier
    ``id IN (led UNION co-owned)`` joined the whole table: 45 ms per query at 100k,
    bench/).
    """
    from commitments.models import CoOwnership

    ids = [department_ids] if isinstance(department_ids, int) else list(department_ids)
    lead = Q(lead_owner_id__in=ids) if len(ids) != 1 else Q(lead_owner_id=ids[0])
    if not include_co_owned:
        return lead
    co = (
        CoOwnership.objects.filter(department_id__in=ids)
        if len(ids) != 1
        else CoOwnership.objects.filter(department_id=ids[0])
    )
    if not with_excused:
        co = co.filter(excused_at__isnull=True)
    return lead | Q(pk__in=co.values("commitment_id"))


def co_ownerships_of(department_ids: Iterable[int]) -> QuerySet[Any, Any]:
    """The co-ownerships of ``department_ids`` (excused or not), by the ``coowner_dept``
    index: for callers that read a slice of departments' co-owners once and sort them
    out in Python (the reminder sweep's chunks)."""
    from commitments.models import CoOwnership

    return CoOwnership.objects.filter(department_id__in=list(department_ids))


def count_owned_by(department_id: int) -> int:
    """``owned_by(department_id).count()``, in one query from the department's own
    index entries: |led by D| + |co-owned by D and led by someone else|. About 1 ms
    where filtering ``lead_owner = D OR id IN (co-owned)`` reads 11 ms of a 100k
    ledger's index (bench/, EXPLAIN ANALYZE; the list's ``?department=`` count)."""
    from commitments.models import Commitment, CoOwnership

    co_only = (
        CoOwnership.objects.filter(department_id=department_id)
        .exclude(commitment__lead_owner_id=department_id)
        .order_by()
        .values("department_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    counted: int = (
        Commitment.objects.filter(lead_owner_id=department_id)
        .order_by()
        .aggregate(n=Count("pk") + Coalesce(Subquery(co_only), Value(0)))["n"]
    )
    return counted


# --- Supervision -----------------------------------------------------------------


def overseen(listed_department_ids: Iterable[int]) -> frozenset[int] | None:
    """The departments a supervisor oversees, from those listed on their membership.

    A supervisor with no departments listed oversees all of them (the mayor, the
    supervision office 督查室): ``None`` means all. The one place this is decided;
    ``supervisors_of`` below is its SQL form.
    """
    ids = frozenset(listed_department_ids)
    return ids or None


def supervisors_of(department_id: int) -> Q:
    """Memberships (``Membership`` rows) whose supervisor oversees ``department_id``:
    listed explicitly, or no department listed (``overseen`` above)."""
    return Q(supervised_departments=department_id) | Q(supervised_departments__isnull=True)


def led_within(department_ids: frozenset[int] | set[int] | None) -> Q:
    """Commitments whose lead owner is among ``department_ids`` (``None``: all).
    Supervision and roll-ups follow the lead owner (SPEC §2)."""
    return Q() if department_ids is None else Q(lead_owner_id__in=list(department_ids))


# --- Numbers and days ------------------------------------------------------------

#: Each month by name, as the messages that name one say it (``%(month)s``):
#: 11月 in Chinese, November in English (a number alone reads "month 11").
MONTH_NAMES = (
    gettext_noop("1月"),
    gettext_noop("2月"),
    gettext_noop("3月"),
    gettext_noop("4月"),
    gettext_noop("5月"),
    gettext_noop("6月"),
    gettext_noop("7月"),
    gettext_noop("8月"),
    gettext_noop("9月"),
    gettext_noop("10月"),
    gettext_noop("11月"),
    gettext_noop("12月"),
)


def month_name(month: int, translate: Callable[[str], str] = gettext) -> str:
    """Month ``month`` (1–12) by name in the active language (``translate``: the
    caller's ``gettext``, e.g. ``lights.RememberedWords``)."""
    return translate(MONTH_NAMES[month - 1])


def plain_number(value: Decimal) -> str:
    """A target's quantity as people write it: no exponent, no trailing zeros
    (``Decimal("90.0000")`` → ``"90"``, ``Decimal("0.50")`` → ``"0.5"``);
    ``str(value.normalize())`` writes ``"9E+1"``."""
    return format(value.normalize(), "f")


# How a shown rate, share or average is rounded: half up (四舍五入), as government
# statistics are published — 6.25 → 6.3 (Python's ``round`` gives 6.2: half to even, and
# of the binary float). Two forms of one rule, on the exact quotient of two integers:
# ``rounded`` in Python and ``ROUNDED_SQL`` in PostgreSQL (numeric ``round`` rounds ties
# away from zero); tests/test_rounding.py checks that they agree, ties included.


def _scaled_half_up(numerator: int, denominator: int, places: int) -> int:
    """``numerator / denominator × 10**places`` rounded half up (ties away from zero), exact:
    what ``Decimal(numerator) / denominator`` quantized with ``ROUND_HALF_UP`` gives, in
    integers (no float on the way, no division's own rounding)."""
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    scale: int = 10**places
    magnitude = (2 * abs(numerator) * scale + denominator) // (2 * denominator)
    return -magnitude if numerator < 0 else magnitude


def rounded(numerator: int, denominator: int, places: int = 1) -> float:
    """``numerator / denominator`` rounded half up to ``places`` decimals (the float
    nearest that decimal: JSON writes it as such, ``6.3``)."""
    scale: int = 10**places
    return _scaled_half_up(int(numerator), int(denominator), places) / scale


#: ``rounded`` in PostgreSQL: format with SQL expressions ``numerator``, ``denominator``
#: (integers, the denominator not zero) and the number ``places``; gives a numeric with
#: exactly ``places`` decimals (JSON ``6.3``, ``100.0``, as Python writes the float).
ROUNDED_SQL = "round(({numerator})::numeric / ({denominator}), {places})"


def percent(part: int, whole: int) -> float | None:
    """A share in percent, one decimal, rounded half up (``rounded``; 0–100 for a part
    of a whole); ``None`` when there is nothing to divide by. Every rate of the roll-ups
    and punctuality."""
    return rounded(part * 100, whole) if whole else None


def whole_percent(part: int, whole: int) -> int:
    """A share in whole percent, rounded half up (``rounded``); 0 when ``whole`` is 0."""
    return _scaled_half_up(int(part) * 100, int(whole), 0) if whole else 0


def reports_from(
    year: int, starts_on: datetime.date | None, imported_at: datetime.datetime | None
) -> datetime.date:
    """The earliest ``as_of`` a progress report on a plan may have: 1 January of
    the plan year, or its ``starts_on`` if earlier; for a plan imported ahead of its
    year, the day it was imported (its pledges are reported on from then).
    The plan API shows it as ``reports_from``; ``reporting.check_as_of`` applies it."""
    earliest = min(datetime.date(year, 1, 1), starts_on or datetime.date(year, 1, 1))
    if imported_at is not None:
        earliest = min(earliest, local_day(imported_at))
    return earliest


def plan_year_start(year: int, starts_on: datetime.date | None = None) -> datetime.date:
    """The first day a plan's pledges may fall due: 1 January of its year, or its
    ``starts_on`` when an administrator set it earlier."""
    first = datetime.date(year, 1, 1)
    return min(first, starts_on) if starts_on else first


def deadline_before_plan(
    deadline: datetime.date, year: int, starts_on: datetime.date | None = None
) -> str | None:
    """Why ``deadline`` cannot be a deadline of the ``year`` plan, or ``None``: a date
    before the plan's year starts is a typo (2020-01-01 in a 2027 plan), refused by the
    import review, the API and the admin alike. A date after the year stays allowed: a
    plan's pledges may end in the next year (SPEC §3: ``今冬明春`` → the next 05-31,
    ``二〇二八年春节前``, projects over several years)."""
    first = plan_year_start(year, starts_on)
    if deadline >= first:
        return None
    said = gettext("完成时限 %(date)s 早于计划年度（%(year)d年，自 %(first)s 起），请核对后修改")
    return said % {
        "date": deadline.isoformat(),
        "year": year,
        "first": first.isoformat(),
    }


@overload
def local_day(moment: datetime.datetime, zone: datetime.tzinfo | None = None) -> datetime.date: ...
@overload
def local_day(moment: None, zone: datetime.tzinfo | None = None) -> None: ...
def local_day(
    moment: datetime.datetime | None, zone: datetime.tzinfo | None = None
) -> datetime.date | None:
    """The day in the town's time zone (settings.TIME_ZONE) of a stored time; a naive
    ``moment`` is taken as already local, ``None`` stays ``None``. Today is
    ``timezone.localdate()``. ``zone``: ``timezone.get_current_timezone()`` read once
    by a caller converting a million rows (reading it costs more than converting)."""
    if moment is None:
        return None
    if timezone.is_aware(moment):
        zone = zone or timezone.get_current_timezone()
        return moment.astimezone(zone).date()
    return moment.date()


def plain(value: Any) -> Any:
    """A JSON-friendly form of a field value, for ``CommitmentEvent.changes``:
    dates and times in ISO form (times in local time), decimals as numbers."""
    if isinstance(value, datetime.datetime):
        return (
            timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
        )
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value) if value % 1 else int(value)
    return value


def section_label(number: int, title: str) -> str:
    """How a section is named where it stands alone — the files' 工作板块 column, the
    dashboard's bars, the admin: its number, then its title (``(1) 重点任务``)."""
    return f"({number}) {title}"
