"""Roll-ups for supervisors (督查通报), computed in the database.

Each function runs a fixed number of aggregate queries whatever the number
of commitments and reports, and returns plain dataclasses that the API, the
exports and the dashboard share.
"""

from __future__ import annotations

import datetime
import functools
import operator
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import InitVar, dataclass, field

import orjson
from django.core.signals import setting_changed
from django.db import connection
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    IntegerField,
    Q,
    QuerySet,
    Sum,
)
from django.dispatch import receiver

from commitments import rules
from commitments.choices import Light, Status
from commitments.models import Commitment, CoOwnership, Department, Plan, Section
from commitments.reminders.sqlarray import AnyOf
from commitments.sql import without_jit
from reports import kept_rollups, punctuality
from reports.models import RollupFact, RollupGrouping
from reports.scope import ReportScope
from reports.sql import rows_without_jit

_ratio = rules.percent
#: ``Status.values`` and ``Light.values`` build a new list on every call (an enum
#: walk): read once, not per group (1,363 calls were 0.1 s of a 10k summary).
_STATUSES: tuple[str, ...] = tuple(Status.values)
_LIGHTS: tuple[str, ...] = tuple(Light.values)


#: Plain (not frozen) dataclasses with slots: a province's summary builds ~16,000 rows a
#: request, and a frozen dataclass's ``__init__`` costs three times as much (bench/).
@dataclass(slots=True)
class LightCounts:
    red: int = 0
    yellow: int = 0
    green: int = 0


def open_lights(red: int, yellow: int, green: int, completed: int) -> LightCounts:
    """The lights a roll-up counts: open pledges only. A completed pledge's light is
    green (``commitments.lights``: nothing is asked of anyone), but the lists show it as
    已办结 with no light, and it is counted under 已办结: not again as a green light
    (walk 10, m4). Cancelled ones are counted apart already."""
    return LightCounts(red, yellow, green - completed)


@dataclass(slots=True)
class DepartmentRollup:
    """One line of the departments' scorecard (the lead owner's view)."""

    department_id: int
    department: str
    owned: int
    completed: int
    not_started: int
    on_track: int
    at_risk: int
    delayed: int
    cancelled: int
    overdue: int
    lights: LightCounts
    #: first reports of each period filed, early ones (due day still ahead) included
    reports_filed: int
    #: owed periods answered by their due day: never more than ``reports_due``
    reports_on_time: int
    #: monthly reports owed on commitments it leads or co-owns (not excused)
    reports_due: int
    #: owed reports never filed: they count as late
    reports_missing: int
    avg_days_late: float | None
    due_original: int
    on_time_original: int
    due_approved: int
    on_time_approved: int
    #: place in the scorecard (1 = best; equal numbers share a place); ``None``: nothing
    #: due in the period, no place (``takes_place``). 0 until the lines are ranked.
    rank: int | None = 0
    #: its pledges whose approved deadline has passed (``punctuality.deadline_reached``):
    #: with no report owed and none of these it takes no place. Not a field (not in the
    #: JSON): it sets ``rank`` to ``None`` here, which the ranking keeps.
    deadlines_reached: InitVar[int] = 0
    # The rates (percent, ``None`` when nothing was due) are fields set from the counts,
    # not properties, so that a row is its JSON as it is (``commitments.api.renderers``).
    #: on-time reports among the reports owed (``reports_due``)
    report_on_time_rate: float | None = field(init=False, default=None)
    #: completions on time against the original deadline, among those due
    on_time_rate_original: float | None = field(init=False, default=None)
    #: completions on time against the approved deadline, among those due
    on_time_rate_approved: float | None = field(init=False, default=None)

    def __post_init__(self, deadlines_reached: int) -> None:
        if not (self.reports_due or deadlines_reached):
            self.rank = None
        # Nothing owed yet (应报次数 0): a report filed before its due day is no
        # record of punctuality, so no rate ("—"), not 100. Over what was owed: an
        # early report counts neither above nor below (``punctuality.owed``).
        self.report_on_time_rate = (
            _ratio(self.reports_on_time, self.reports_due) if self.reports_due else None
        )
        self.on_time_rate_original = _ratio(self.on_time_original, self.due_original)
        self.on_time_rate_approved = _ratio(self.on_time_approved, self.due_approved)

    def takes_place(self) -> bool:
        """Ranked only with something due in the period (督查通报: 本期无到期事项的单位不参与
        排名): a report owed or a pledge whose approved deadline has passed. A department
        with neither (e.g. it leads nothing due yet, only filed early, or only completed
        pledges before deadlines still ahead) has no place (``rank`` ``None``)."""
        return self.rank is not None

    def place_key(self) -> tuple:
        """The scorecard's order: departments that take a place (``takes_place``) by
        ``ranking_key``, then those that do not (their order among themselves is the
        same key). Equal keys share a place (``_places``)."""
        return (not self.takes_place(), self.ranking_key())

    def ranking_key(self) -> tuple:
        """Better first (``RANKING``, said in the scorecard's 排名 note): on-time
        reporting, on-time completion (approved), then fewer overdue, red and yellow
        lights (an unacknowledged or unreported pledge is yellow). A report rate over
        nothing owed ranks after every rate (a department with completions due and no
        report owed after those with a report rate); an on-time completion rate over no
        deadline passed ("—") missed nothing and compares as 100 % (walk16 M3: it ranked
        below a unit with an overdue pledge at 50 %); one with nothing due at all (no
        report owed, no approved deadline passed) takes no place (``place_key``)."""

        def high_first(rate: float | None, nothing_due: float) -> float:
            return -(rate if rate is not None else nothing_due)

        return (
            high_first(self.report_on_time_rate, -1.0),
            high_first(self.on_time_rate_approved, 100.0),
            self.overdue,
            self.lights.red,
            self.lights.yellow,
        )


@dataclass(slots=True)
class ProgressRollup:
    """Progress of a section or a plan: average percent and lights."""

    id: int
    number: int | None
    title: str
    plan_id: int
    commitments: int
    completed: int
    overdue: int
    progress: float | None
    lights: LightCounts = field(default_factory=LightCounts)


#: What a group's counts hold, in ``counting_query``'s order: a count per status, per
#: light, per punctuality flag, then the percent sum and the owed periods.
_COUNT_NAMES = (
    *_STATUSES,
    *_LIGHTS,
    "overdue",
    "due_original",
    "on_time_original",
    "due_approved",
    "on_time_approved",
    "deadline_reached",
    "percent_sum",
    "periods",
)
_AT = {name: i for i, name in enumerate(_COUNT_NAMES)}


_N_STATUSES = len(_STATUSES)


def commitments_in(counts: Sequence) -> int:
    """How many commitments a group's counts count (one status each, cancelled included)."""
    statuses = counts[:_N_STATUSES]
    if None in statuses:  # counted numbers are ints (``grouped``, the kept rows): fast path
        return sum(int(n or 0) for n in statuses)
    return sum(statuses)


def _count(name: str) -> property:
    at = _AT[name]
    return property(lambda tally: int(tally.counts[at] or 0))


class _Tally:
    """Counts of one group (a department, section or plan) in ``counts``, in
    ``_COUNT_NAMES`` order: as ``counting_query`` gives them (``of_counts``,
    kept as they are: a province's summary reads ~16,000 a request), or added
    up row by row from rows grouped by light, status and the punctuality
    flags (``add``)."""

    __slots__ = ("counts",)

    def __init__(self, counts: Sequence | None = None) -> None:
        self.counts: Sequence = counts if counts is not None else [0] * len(_COUNT_NAMES)

    @classmethod
    def of_counts(cls, counts: Sequence) -> _Tally:
        """A whole group counted in SQL (``counting_query``), kept as given."""
        return cls(counts)

    def add(self, row: dict) -> None:
        counts = self.counts
        assert isinstance(counts, list), "a tally read from counts is not added to"
        n, status = row["n"], row["status"]
        counts[_AT[status]] += n
        counts[_AT["periods"]] += int(row["periods"] or 0)  # a numeric sum in raw SQL
        if status == Status.CANCELLED:
            return  # counted apart; neither behind nor on track
        counts[_AT[row["light"]]] += n
        # A completed commitment is done, whatever percent was last reported.
        percent = 100 * n if status == Status.COMPLETED else int(row["percent"] or 0)
        counts[_AT["percent_sum"]] += percent
        for flag in _COUNTED:
            counts[_AT[flag[1:]]] += n if row[flag] else 0

    def count_of(self, name: str) -> int:
        """The count of a status or a light (``Status``, ``Light``)."""
        return int(self.counts[_AT[name]] or 0)

    overdue = _count("overdue")
    due_original = _count("due_original")
    on_time_original = _count("on_time_original")
    due_approved = _count("due_approved")
    on_time_approved = _count("on_time_approved")
    deadline_reached = _count("deadline_reached")
    percent_sum = _count("percent_sum")
    periods = _count("periods")

    @property
    def total(self) -> int:
        """Commitments in the group, cancelled ones included."""
        return commitments_in(self.counts)

    @property
    def live(self) -> int:
        return self.total - self.count_of(Status.CANCELLED)

    @property
    def progress(self) -> float | None:
        live = self.live
        return rules.rounded(self.percent_sum, live) if live else None

    @property
    def light_counts(self) -> LightCounts:
        return open_lights(
            self.count_of(Light.RED),
            self.count_of(Light.YELLOW),
            self.count_of(Light.GREEN),
            self.count_of(Status.COMPLETED),
        )


def _flag(condition: Q) -> ExpressionWrapper:
    return ExpressionWrapper(condition, output_field=BooleanField())


_FLAGS = (
    "light",
    "status",
    "_overdue",
    "_due_original",
    "_on_time_original",
    "_due_approved",
    "_on_time_approved",
    "_deadline_reached",
)


def _facts(scope: ReportScope):
    """The commitments in scope with the light and the flags the roll-ups count."""
    today = scope.today
    return (
        scope.commitments()
        .with_light(today)
        .order_by()
        .annotate(
            _overdue=_flag(rules.overdue(today)),
            _due_original=_flag(punctuality.was_due("original_deadline", today)),
            _on_time_original=_flag(punctuality.completed_by("original_deadline")),
            _due_approved=_flag(punctuality.was_due("deadline", today)),
            _on_time_approved=_flag(punctuality.completed_by("deadline")),
            _deadline_reached=_flag(punctuality.deadline_reached("deadline", today)),
            _periods=punctuality.due_periods(today),
        )
    )


#: The counted flags, in the order ``_Tally.of_counts`` takes them.
_COUNTED = (
    "_overdue",
    "_due_original",
    "_on_time_original",
    "_due_approved",
    "_on_time_approved",
    "_deadline_reached",
)


#: The groupings' codes (``RollupGrouping``) and the commitment columns they group by.
GROUPINGS: dict[str, str] = {
    RollupGrouping.PLAN: "plan_id",
    RollupGrouping.SECTION: "section_id",
    RollupGrouping.LEAD: "lead_owner_id",
}

#: ``{grouping code: {group id: counts}}``; counts in the order ``_Tally.of_counts`` takes.
GroupCounts = dict[str, dict[int, tuple]]


#: The columns of a commitment's facts as the counting query reads them
#: (``facts_sql``), in the order a kept share stores them (``RollupFact``).
FACT_COLUMNS = (*GROUPINGS.values(), "light", "status", *_COUNTED, "percent", "_periods")
#: ``RollupFact``'s columns, in the order of ``FACT_COLUMNS``.
KEPT_FACT_COLUMNS = (
    *GROUPINGS.values(),
    "light",
    "status",
    *(f[1:] for f in _COUNTED),
    "percent",
    "periods",
)


#: Stands for the list of ids in a query built once a day for the whole ledger
#: (``facts_sql``, ``filed_counts``); the ids are then one parameter (``AnyOf`` on
#: PostgreSQL): building the query through the ORM took longer than running it for
#: a few hundred moved commitments. Forgotten when a setting changes.
_IDS_MARK = -7_000_000_001


def _marked(sql: str, params: tuple) -> tuple[str, tuple, int]:
    (at,) = (i for i, p in enumerate(params) if p == [_IDS_MARK])
    return sql, params, at


@functools.lru_cache(maxsize=4)
def _whole_ledger_facts(day: datetime.date) -> tuple[str, tuple, int]:
    return _marked(*_facts_sql(ReportScope(today=day), [_IDS_MARK]))


@receiver(setting_changed)
def _forget_built_sql(**kwargs) -> None:
    _whole_ledger_facts.cache_clear()
    _whole_ledger_filings.cache_clear()


def _whole_ledger(scope: ReportScope) -> bool:
    return connection.vendor == "postgresql" and scope.plan is None and scope.department_ids is None


def facts_sql(scope: ReportScope, ids: Collection[int] | None = None) -> tuple[str, tuple]:
    """The commitments' facts in scope (only the commitments ``ids`` when
    given), one row each: ``pk`` then ``FACT_COLUMNS``. SQL and parameters."""
    if ids is not None and _whole_ledger(scope):
        sql, params, at = _whole_ledger_facts(scope.today)
        return sql, (*params[:at], sorted(ids), *params[at + 1 :])
    return _facts_sql(scope, ids)


def moved_counting_sql(day: datetime.date, ids: str) -> tuple[str, tuple]:
    """``counting_query(per_item=True)`` over the whole ledger's facts on ``day`` of the
    commitments the SQL ``ids`` selects (``= ANY(ARRAY(ids))``: an index lookup each),
    as a part of a bigger statement (``reports.kept_rollups``' read). SQL and parameters."""
    sql, params, at = _whole_ledger_facts(day)
    parts = sql.split("%s")
    assert len(parts) == len(params) + 1 and "%%" not in sql
    sql = "%s".join(parts[: at + 1]) + f"ARRAY({ids})" + "%s".join(parts[at + 1 :])
    return counting_query(sql, per_item=True), (*params[:at], *params[at + 1 :])


def _facts_sql(scope: ReportScope, ids: Collection[int] | None = None) -> tuple[str, tuple]:
    facts = _facts(scope)
    if ids is not None:
        facts = facts.filter(AnyOf("pk", sorted(ids)))
    sql, params = facts.values("pk", *FACT_COLUMNS).query.sql_with_params()
    columns = ", ".join(f'f."{c}"' for c in ("pk", *FACT_COLUMNS))
    # OFFSET 0 keeps the facts a subquery, so the light's CASE is computed once per
    # row, not copied into every count that reads it.
    return f"SELECT {columns} FROM ({sql} OFFSET 0) AS f", params


def kept_facts_sql(where: str) -> str:
    """The kept shares (``RollupFact``) matching ``where`` as ``facts_sql``'s rows."""
    columns = ", ".join(
        f'"{kept}" AS "{column}"'
        for kept, column in zip(KEPT_FACT_COLUMNS, FACT_COLUMNS, strict=True)
    )
    return f"SELECT commitment_id AS pk, {columns} FROM {RollupFact._meta.db_table} WHERE {where}"


#: ``GROUPINGS`` with each commitment its own group (``counting_query(per_item=True)``):
#: a moved commitment's own counts, e.g. the reports it owes (``periods``).
_PER_ITEM = {**GROUPINGS, RollupGrouping.COMMITMENT: "pk"}


def counting_query(facts: str, per_item: bool = False) -> str:
    """The grouping query over ``facts`` (SQL giving ``facts_sql``'s rows): the
    plan, section and department groupings in one pass (``GROUPING SETS``),
    each counted with ``FILTER`` — a group per plan, section and department,
    not per combination of light, status and flags (``per_item``: and one per
    commitment). Its columns are ``GROUPING()`` of each key, the keys, then the
    counts in the order ``_Tally.of_counts`` takes them, named ``c0``, ``c1``…"""
    keys = tuple((_PER_ITEM if per_item else GROUPINGS).values())
    live = f"status <> '{Status.CANCELLED.value}'"
    counts = [f"count(*) FILTER (WHERE status = '{status}')" for status in _STATUSES]
    counts += [f"count(*) FILTER (WHERE {live} AND light = '{c}')" for c in _LIGHTS]
    counts += [f'count(*) FILTER (WHERE {live} AND "{flag}")' for flag in _COUNTED]
    counts.append(
        f"sum(CASE WHEN status = '{Status.COMPLETED.value}' THEN 100 "
        f"WHEN {live} THEN percent ELSE 0 END)"
    )
    counts.append('sum("_periods")')
    columns = [*(f"GROUPING({k})" for k in keys), *keys, *counts]
    named = ", ".join(f"{c} AS c{i}" for i, c in enumerate(columns))
    sets = ", ".join(f"({k})" for k in keys)
    return f"SELECT {named} FROM ({facts}) AS facts GROUP BY GROUPING SETS ({sets})"


#: Columns of ``counting_query``.
COUNTING_COLUMNS = 2 * len(GROUPINGS) + len(_STATUSES) + len(_LIGHTS) + len(_COUNTED) + 2


def grouped(rows: Iterable[Sequence], per_item: bool = False) -> GroupCounts:
    """``counting_query``'s rows (of the same ``per_item``) as ``{grouping code:
    {group id: counts}}``."""
    codes = list(_PER_ITEM if per_item else GROUPINGS)
    found: GroupCounts = {code: {} for code in codes}
    n = len(codes)
    for row in rows:
        at = next(i for i in range(n) if row[i] == 0)
        found[codes[at]][int(row[n + at])] = tuple(int(v or 0) for v in row[2 * n :])
    return found


def group_counts(scope: ReportScope, ids: Collection[int] | None = None) -> GroupCounts:
    """PostgreSQL: the counts of the plan, section and department groups in
    scope, in one pass over the commitments' facts (``counting_query``).

    ``ids`` counts only those commitments' shares: each group they are in,
    counted over them alone (what ``reports.kept_rollups`` puts in for
    commitments that moved), and each commitment's own counts besides
    (``RollupGrouping.COMMITMENT``: the reports it owes, for its co-owners).
    One query; none for no ids."""
    per_item = ids is not None
    if ids is not None and not ids:
        return {code: {} for code in _PER_ITEM}
    sql, params = facts_sql(scope, ids)
    return grouped(rows_without_jit(counting_query(sql, per_item), params), per_item)


def owed_by(counts: Sequence) -> int:
    """The monthly reports a group's (or one commitment's) counts owe."""
    return int(counts[_AT["periods"]] or 0)


def added(counts: tuple | None, *changes: tuple, taken: tuple | None = None) -> tuple | None:
    """A group's ``counts`` (``None``: not counted yet) with the shares of
    ``changes`` added and ``taken`` taken out, or ``None`` when no commitment
    is left in the group (a full pass would not list it)."""
    total = (
        [int(v or 0) for v in counts] if counts else [0] * (COUNTING_COLUMNS - 2 * len(GROUPINGS))
    )
    for change in changes:
        total = [a + int(b or 0) for a, b in zip(total, change, strict=True)]
    if taken:
        total = [a - int(b or 0) for a, b in zip(total, taken, strict=True)]
    return tuple(total) if commitments_in(total) else None


def counting_sql(scope: ReportScope) -> tuple[str, tuple]:
    """The whole scope's counting queries (groups, reports owed as co-owner), as
    SQL and parameters: what ``reports.kept_rollups`` fingerprints."""
    facts, groups_params = facts_sql(scope)
    groups_sql = counting_query(facts)
    co_sql, co_params = _co_owned_rows(scope).query.sql_with_params()
    filed_sql, filed_params = _filing_rows(scope).query.sql_with_params()
    return (
        f"{groups_sql};\n{co_sql};\n{filed_sql}",
        (*groups_params, *co_params, *filed_params),
    )


def _as_tallies(counts: GroupCounts) -> dict[str, dict[int, _Tally]]:
    of_counts = _Tally.of_counts
    tallies: dict[str, dict[int, _Tally]] = {code: {} for code in GROUPINGS}
    for code, groups in counts.items():
        tallies[code] = {key: of_counts(numbers) for key, numbers in groups.items()}
    return tallies


def _counted(scope: ReportScope) -> None:
    """Fill the scope's cache: the groups' tallies and the reports owed as
    co-owner, from the kept roll-ups when they serve the scope
    (``reports.kept_rollups``), else counted now."""
    if "tallies" in scope.cache:
        return
    kept = kept_rollups.read(scope)
    if kept is not None:
        scope.cache["tallies"] = _as_tallies(kept.groups)
        scope.cache["co_owned"] = kept.co_owned
        scope.cache["filed"] = kept.filed
    else:
        scope.cache["tallies"] = _as_tallies(group_counts(scope))


def _tallies(scope: ReportScope, code: str) -> dict[int, _Tally]:
    """The commitments in scope grouped by ``code`` (a ``GROUPINGS`` code) and
    by what the roll-ups count (light, status, punctuality flags): grouping by
    the light computes it once per row; every count is then a sum over a few
    groups. On PostgreSQL the three groupings come from one query (or from the
    kept roll-ups), kept for the scope's request."""
    if connection.vendor == "postgresql":
        _counted(scope)
        return scope.cache["tallies"][code]
    key = GROUPINGS[code]
    rows = (
        _facts(scope)
        .values(key, *_FLAGS)
        .annotate(n=Count("pk"), percent=Sum("percent"), periods=Sum("_periods"))
    )
    tallies: dict[int, _Tally] = defaultdict(_Tally)
    for row in rows:
        tallies[row[key]].add(row)
    return tallies


def _co_owned_rows(scope: ReportScope, departments: set[int] | None = None):
    today = scope.today
    # Not excused, and not on a pledge a re-import retired (rules.in_rollups).
    links = CoOwnership.objects.filter(excused_at__isnull=True).exclude(
        commitment__removed_from_source=True
    )
    if scope.plan is not None:
        links = links.filter(commitment__plan=scope.plan)
    if scope.department_ids is not None:
        links = links.filter(department_id__in=scope.department_ids)
    if departments is not None:
        links = links.filter(AnyOf("department_id", sorted(departments)))
    return (
        links.order_by()
        .values("department_id")
        .annotate(periods=Sum(punctuality.due_periods(today, "commitment__", as_lead=False)))
    )


def co_owned_periods(scope: ReportScope, departments: set[int] | None = None) -> dict[int, int]:
    """Reports owed as co-owner (配合单位), per department (only ``departments``
    when given): one query."""
    if departments is not None and not departments:
        return {}
    rows = _co_owned_rows(scope, departments)
    return {row["department_id"]: row["periods"] or 0 for row in rows}


def _co_owned_periods(scope: ReportScope) -> dict[int, int]:
    if connection.vendor == "postgresql":
        _counted(scope)
        if "co_owned" in scope.cache:
            return scope.cache["co_owned"]
    return co_owned_periods(scope)


#: A department's first reports of each period, in the order ``filed_counts`` gives them:
#: filed, on time, late, the days late of the late ones added up, and those that answered
#: a period already owed (for the missing count).
FILED_COUNTS = ("filed", "on_time", "late", "late_days", "owed_filed")


def _filing_rows(scope: ReportScope, departments: set[int] | None = None) -> QuerySet:
    reports = F("reports")
    late = punctuality.late()
    rows = punctuality.first_reports(scope)
    if departments is not None:
        rows = rows.filter(AnyOf("department_id", sorted(departments)))
    return (
        rows.values("department_id")
        .annotate(
            filed=Sum(reports),
            on_time=Sum(reports, filter=punctuality.on_time_and_owed(scope.today)),
            late=Sum(reports, filter=late),
            late_days=Sum(
                ExpressionWrapper(reports * F("days_late"), output_field=IntegerField()),
                filter=late,
            ),
            owed_filed=Sum(reports, filter=punctuality.owed(scope.today)),
        )
        .order_by()
    )


def filed_counts(
    scope: ReportScope, departments: set[int] | None = None
) -> dict[int, tuple[int, ...]]:
    """First reports of each period per filing department (only ``departments``
    when given), ``FILED_COUNTS`` each: one query over the kept counts
    (``punctuality.first_reports``), not over the reports."""
    if departments is not None and not departments:
        return {}
    if departments is not None and _whole_ledger(scope):
        sql, params, at = _whole_ledger_filings(scope.today)
        with without_jit(), connection.cursor() as cursor:
            cursor.execute(sql, (*params[:at], sorted(departments), *params[at + 1 :]))
            return {row[0]: tuple(int(n or 0) for n in row[1:]) for row in cursor.fetchall()}
    found = {}
    with without_jit():
        for row in _filing_rows(scope, departments):
            found[row["department_id"]] = tuple(int(row[k] or 0) for k in FILED_COUNTS)
    return found


@functools.lru_cache(maxsize=4)
def _whole_ledger_filings(day: datetime.date) -> tuple[str, tuple, int]:
    """``filed_counts``' query for some departments of the whole ledger, built once a
    day (``_IDS_MARK``): ``department_id`` then ``FILED_COUNTS``."""
    rows = _filing_rows(ReportScope(today=day), {_IDS_MARK}).values_list(
        "department_id", *FILED_COUNTS
    )
    return _marked(*rows.query.sql_with_params())


def _reports(scope: ReportScope) -> dict[int, dict]:
    """``filed_counts`` (kept or counted now) as the scorecard reads them."""
    counts = None
    if connection.vendor == "postgresql":
        _counted(scope)
        counts = scope.cache.get("filed")
    if counts is None:
        counts = filed_counts(scope)
    found = {}
    for department_id, numbers in counts.items():
        filed, on_time, late, late_days, owed_filed = numbers
        found[department_id] = {
            "filed": filed,
            "on_time": on_time,
            "owed_filed": owed_filed,
            "avg_late": rules.rounded(late_days, late) if late else None,
        }
    return found


# What the roll-ups read besides the counts: names, titles and their order. One
# definition each, for the roll-ups and for what ``reports.summary_cache`` watches.


def department_names() -> QuerySet:
    """``(id, name)`` of the departments, in their model's order (a scorecard's ties
    between equal names keep it)."""
    return Department.objects.values_list("pk", "name")


def section_lines() -> QuerySet:
    """``(id, number, title, plan id)`` of the sections, in plan and section order."""
    return Section.objects.order_by("plan_id", "number").values_list(
        "pk", "number", "title", "plan_id"
    )


def plan_lines() -> QuerySet:
    """``(id, title)`` of the plans, in their model's order."""
    return Plan.objects.values_list("pk", "title")


@dataclass(frozen=True, slots=True)
class Names:
    """The whole ledger's names, titles and their order as ``department_names``,
    ``section_lines`` and ``plan_lines`` read them (``reports.summary_cache.key``
    reads them with its digest and puts them in ``scope.cache["names"]``)."""

    departments: list[tuple]
    sections: list[tuple]
    plans: list[tuple]


def _held_names(scope: ReportScope, counted: Collection[int], part: str) -> list[tuple] | None:
    """``part`` of the names held for ``scope``, or ``None`` when none are held or a
    group counted has no held line (created after they were read: read them now,
    after the counts, so that every group counted has its line)."""
    names = scope.cache.get("names")
    if names is None:
        return None
    lines = getattr(names, part)
    known = {line[0] for line in lines}
    return lines if known.issuperset(counted) else None


def _places(keys: Sequence[tuple]) -> list[int | None]:
    """Places of ``place_key``s already sorted best first: equal keys share a place
    (1, 2, 2, 4); a department that takes no place (sorted last) has ``None``."""
    places: list[int | None] = []
    previous = None
    for index, key in enumerate(keys):
        if key[0]:  # nothing due: no place
            places.append(None)
            continue
        places.append(places[-1] if index and key == previous else index + 1)
        previous = key
    return places


def _ranked(lines: list[DepartmentRollup]) -> list[DepartmentRollup]:
    """Best first, by name among equals; equal numbers share a place (1, 2, 2, 4);
    departments with nothing due last, without a place."""
    keyed = sorted(((line.place_key(), line.department, line) for line in lines), key=_by_rank)
    # Set in place: the lines are the caller's own (2,000 at province scale).
    for (_, _, line), place in zip(keyed, _places([k[0] for k in keyed]), strict=True):
        line.rank = place
    return [line for _, _, line in keyed]


def tied_places(lines: Iterable[DepartmentRollup]) -> frozenset[int]:
    """The places two or more departments share (their numbers all equal: 并列)."""
    seen: set[int] = set()
    tied: set[int] = set()
    for line in lines:
        if line.rank is not None:
            (tied if line.rank in seen else seen).add(line.rank)
    return frozenset(tied)


def _by_rank(keyed: tuple) -> tuple:
    """A scorecard line's sort key: its ``place_key``, then its name (ties keep their order)."""
    return keyed[0], keyed[1]


#: A department's numbers as its scorecard line reads them: its name, its lead
#: tally (``None``: leads nothing in scope), its reports owed as co-owner, its
#: filings (``_reports``; empty: none) and what pledges handed over late move to or
#: from it (``late_hand_overs``; ``NOT_MOVED``: none).
_DepartmentInputs = tuple[int, str, "_Tally | None", int, dict, tuple[int, ...]]

#: What ``late_hand_overs`` moves, in its order: overdue, due by the original deadline,
#: due by the approved deadline, approved deadline reached.
MOVED_COUNTS = ("overdue", "due_original", "due_approved", "deadline_reached")
NOT_MOVED = (0, 0, 0, 0)


def late_hand_overs(scope: ReportScope) -> dict[int, tuple[int, ...]]:
    """``{department id: MOVED_COUNTS}`` to add to a department's line for the pledges
    in scope handed over after their deadline and overdue still at it
    (``rules.handed_over_late``): their missed deadline counts against the lead when it
    passed (``overdue_lead``), not against the lead that received it — taken out of the
    lead's line (negative), put in the former lead's. The lights stay with the lead (what
    is asked of whom now). One query through ``overdue_lead``'s index: the few pledges
    handed over late, whatever the ledger's size; not kept (``kept_rollups``): every
    write to a commitment moves the summary's key (``summary_cache``)."""
    today = scope.today
    pledges = Commitment.objects.in_rollups().filter(rules.overdue(today))
    pledges = pledges.filter(rules.handed_over_late())
    if scope.plan is not None:
        pledges = pledges.filter(plan=scope.plan)
    ids = scope.department_ids
    if ids is not None:
        pledges = pledges.filter(Q(lead_owner_id__in=ids) | Q(overdue_lead_id__in=ids))
    rows = pledges.annotate(
        _due_original=_flag(punctuality.was_due("original_deadline", today))
    ).values_list("lead_owner_id", "overdue_lead_id", "_due_original")
    moved: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for lead, before, due_original in rows:
        # Overdue: open and past the approved deadline, so due by it and reached.
        share = (1, int(bool(due_original)), 1, 1)
        if ids is None or lead in ids:
            moved[lead] = [a - b for a, b in zip(moved[lead], share, strict=True)]
        if ids is None or before in ids:
            moved[before] = [a + b for a, b in zip(moved[before], share, strict=True)]
    return {pk: tuple(numbers) for pk, numbers in moved.items()}


def _department_inputs(scope: ReportScope) -> list[_DepartmentInputs]:
    """What each scorecard line is written from, in the departments' order. Five queries."""
    owners = _tallies(scope, RollupGrouping.LEAD)
    co_owned = _co_owned_periods(scope)
    filings = _reports(scope)
    late = late_hand_overs(scope)
    ids = owners.keys() | filings.keys() | co_owned.keys() | late.keys()
    held = _held_names(scope, ids, "departments")
    names = (
        {pk: name for pk, name in held if pk in ids}
        if held is not None
        else dict(department_names().filter(AnyOf("pk", ids)))
    )
    empty: dict = {}
    return [
        (
            pk,
            name,
            owners.get(pk),
            co_owned.get(pk, 0),
            filings.get(pk, empty),
            late.get(pk, NOT_MOVED),
        )
        for pk, name in names.items()
    ]


def _department_line(
    pk: int,
    name: str,
    tally: _Tally | None,
    co_owned: int,
    r: dict,
    moved: tuple[int, ...] = NOT_MOVED,
) -> DepartmentRollup:
    c = tally or _Tally()
    due = c.periods + co_owned
    overdue, due_original, due_approved, reached = moved
    return DepartmentRollup(
        department_id=pk,
        department=name,
        owned=c.total,
        completed=c.count_of(Status.COMPLETED),
        not_started=c.count_of(Status.NOT_STARTED),
        on_track=c.count_of(Status.ON_TRACK),
        at_risk=c.count_of(Status.AT_RISK),
        delayed=c.count_of(Status.DELAYED),
        cancelled=c.count_of(Status.CANCELLED),
        overdue=c.overdue + overdue,
        lights=c.light_counts,
        reports_filed=r.get("filed", 0),
        # Reports answering periods it does not owe (a former co-owner's, a merged
        # department's, a month before the pledge was assigned) are filed, not owed:
        # 按时报送 ≤ 应报次数.
        reports_on_time=min(r.get("on_time", 0), due),
        reports_due=due,
        reports_missing=max(0, due - r.get("owed_filed", 0)),
        avg_days_late=r.get("avg_late"),
        due_original=c.due_original + due_original,
        on_time_original=c.on_time_original,
        due_approved=c.due_approved + due_approved,
        on_time_approved=c.on_time_approved,
        deadlines_reached=c.deadline_reached + reached,
    )


def department_rollups(scope: ReportScope) -> list[DepartmentRollup]:
    """The scorecard (责任单位考评): one line per department that leads a
    commitment in scope, co-owns one or filed a report in scope, ranked.
    Four queries."""
    return _ranked([_department_line(*inputs) for inputs in _department_inputs(scope)])


#: Where ``_progress`` reads its numbers in a group's counts.
_PROGRESS_AT = tuple(
    _AT[name]
    for name in (
        Status.CANCELLED,
        Status.COMPLETED,
        "overdue",
        "percent_sum",
        Light.RED,
        Light.YELLOW,
        Light.GREEN,
    )
)

_PROGRESS_NUMBERS = operator.itemgetter(*_PROGRESS_AT)


def _progress(tally: _Tally, *, pk: int, number: int | None, title: str, plan_id: int):
    """A section's or plan's line from its tally. The counts are read by
    position, not through ``_Tally``'s properties: 12,000 sections at 1M."""
    counts = tally.counts
    numbers = _PROGRESS_NUMBERS(counts)
    if None in numbers:
        numbers = tuple(n or 0 for n in numbers)
    cancelled, completed, overdue, percent_sum, red, yellow, green = numbers
    live = commitments_in(counts) - cancelled
    return ProgressRollup(
        id=pk,
        number=number,
        title=title,
        plan_id=plan_id,
        commitments=live,
        completed=completed,
        overdue=overdue,
        progress=rules.rounded(percent_sum, live) if live else None,
        lights=open_lights(red, yellow, green, completed),
    )


#: A section's or plan's line as ``_progress`` takes it: tally, id, number, title, plan id.
_ProgressInputs = tuple[_Tally, int, "int | None", str, int]


def _section_inputs(scope: ReportScope) -> list[_ProgressInputs]:
    rows = _tallies(scope, RollupGrouping.SECTION)
    sections: Iterable = section_lines()
    held = _held_names(scope, rows.keys(), "sections")
    if held is not None:
        sections = held
    elif scope.plan is not None:
        sections = section_lines().filter(plan=scope.plan)
    elif scope.department_ids is not None:
        sections = section_lines().filter(AnyOf("pk", rows.keys()))
    # else: every section, those without commitments in scope skipped below (reading
    # them all is cheaper than looking up 12,000 ids at 1M: 9 against 29 ms).
    # Plain values, not model instances: 12,000 sections at 1M (0.7 s as instances).
    return [
        (rows.get(pk) or _Tally(), pk, number, title, plan_id)
        for pk, number, title, plan_id in sections
        if scope.plan is not None or pk in rows
    ]


def section_rollups(scope: ReportScope) -> list[ProgressRollup]:
    """Progress per section of the plan(s) in scope, in plan and section
    order. Sections without commitments in scope are listed with zeros when a
    plan is chosen, so the dashboard shows the whole plan. Two queries."""
    return [
        _progress(tally, pk=pk, number=number, title=title, plan_id=plan_id)
        for tally, pk, number, title, plan_id in _section_inputs(scope)
    ]


def _plan_inputs(scope: ReportScope) -> list[_ProgressInputs]:
    rows = _tallies(scope, RollupGrouping.PLAN)
    held = _held_names(scope, rows.keys(), "plans")
    plans = (
        [(pk, title) for pk, title in held if pk in rows]
        if held is not None
        else plan_lines().filter(pk=scope.plan.pk)
        if scope.plan is not None
        else plan_lines().filter(AnyOf("pk", rows.keys()))
    )
    return [(rows.get(pk) or _Tally(), pk, None, title, pk) for pk, title in plans]


def plan_rollups(scope: ReportScope) -> list[ProgressRollup]:
    """Progress of each plan in scope (one line when a plan is chosen)."""
    return [
        _progress(tally, pk=pk, number=number, title=title, plan_id=plan_id)
        for tally, pk, number, title, plan_id in _plan_inputs(scope)
    ]


# The summary's lines as JSON, each written once while what it is written from stays
# the same (``written_lines``).

#: ``{part: {id: (inputs, written)}}`` of the lines last written in this process: a
#: section's or plan's JSON, a department's ranking key and its JSON around its place.
_written: dict[str, dict[int, tuple]] = {}

#: What a scorecard line's JSON holds for its place while it is written without one.
_NO_PLACE = b',"rank":0,'


def _dumped(line) -> bytes:
    # As ``commitments.api.renderers.JSONRenderer`` writes a line (the whole body
    # then goes through it, U+2028 and U+2029 escaped there). Copied to its own size
    # because it is kept (``_written``): what orjson returns holds its whole output
    # buffer, 4 KiB for a line of ~200 bytes (orjson 3.13), so a province's 16,000
    # lines held 63 MiB in every web worker instead of 2.3 (docs/benchmarks.md,
    # eighteenth round).
    return memoryview(orjson.dumps(line, option=orjson.OPT_PASSTHROUGH_DATETIME)).tobytes()


def _written_progress(part: str, lines: list[_ProgressInputs]) -> orjson.Fragment:
    held, kept = _written.get(part, {}), {}
    out = []
    for tally, pk, number, title, plan_id in lines:
        inputs = (number, title, plan_id, tuple(tally.counts))
        found = held.get(pk)
        if found is None or found[0] != inputs:
            line = _progress(tally, pk=pk, number=number, title=title, plan_id=plan_id)
            found = (inputs, _dumped(line))
        kept[pk] = found
        out.append(found[1])
    _written[part] = kept
    return orjson.Fragment(b"[" + b",".join(out) + b"]")


def _written_departments(lines: list[_DepartmentInputs]) -> orjson.Fragment:
    held, kept = _written.get("departments", {}), {}
    keyed = []
    for pk, name, tally, co_owned, r, moved in lines:
        counts = None if tally is None else tuple(tally.counts)
        inputs = (name, counts, co_owned, tuple(r.items()), moved)
        found = held.get(pk)
        if found is None or found[0] != inputs:
            line = _department_line(pk, name, tally, co_owned, r, moved)
            key = line.place_key()
            line.rank = 0  # written without its place, put in below
            before, _, after = _dumped(line).rpartition(_NO_PLACE)
            found = (inputs, key, before + b',"rank":', b"," + after)
        kept[pk] = found
        keyed.append((found[1], name, found))
    _written["departments"] = kept
    keyed.sort(key=_by_rank)
    places = _places([k[0] for k in keyed])
    out = [
        found[2] + (b"null" if place is None else str(place).encode()) + found[3]
        for (_, _, found), place in zip(keyed, places, strict=True)
    ]
    return orjson.Fragment(b"[" + b",".join(out) + b"]")


def written_lines(scope: ReportScope) -> dict[str, orjson.Fragment]:
    """``plans``, ``departments`` and ``sections`` of the summary of ``scope`` as
    JSON (``plan_rollups``, ``department_rollups`` and ``section_rollups`` as the
    API's renderer writes them, byte for byte), each line written again only when
    what it is written from changed since the last summary this process wrote:
    its counts and names (a department's line: its numbers, then its place put in,
    ``null`` for a department with nothing due).

    Exact because a line is a function of those inputs alone, compared whole. Why:
    after a write a summary is written again with only a few lines changed, and
    building every line (200 departments at 10k) cost more than the counting
    (docs/benchmarks.md, thirteenth round)."""
    return {
        "plans": _written_progress("plans", _plan_inputs(scope)),
        "departments": _written_departments(_department_inputs(scope)),
        "sections": _written_progress("sections", _section_inputs(scope)),
    }


def forget_written() -> None:
    """Forget the lines written (the next summary writes every line)."""
    _written.clear()


def plan_totals(scope: ReportScope) -> ProgressRollup | None:
    """The chosen plan's own line, for headlines."""
    lines = plan_rollups(scope)
    return lines[0] if lines else None
