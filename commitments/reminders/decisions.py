"""Why each commitment is due today, and for whom: one SQL query per reason.

Each reminder kind is one query of *hits* (``HIT_COLUMNS``): a department or
supervisor (``tag``, ``member``), the reason (``kind``), what is listed
(``key``: a commitment, or one of its milestones or requests), its
``rank`` (the date that makes it pressing: deadline, milestone date, filing
date), ``seq``: which report period, and whether the department only
co-owns it (``seq_of``), and ``lead``: the commitment's lead owner where a
message counts by it (the overdue digest's count per department; 0 in the
other rules). The policy
(which days are covered, which deadlines and plans are due, escalation's
grace) and the calendar stay in Python (``policy.py``); what they select is
said here once, in SQL, and nowhere else.

The sweep never reads the hits one by one: ``messages.tally`` counts them per
recipient in the database and reads only the few each message lists (at 100k
commitments a sweep has ~180,000 hits and ~400 messages that list ~10 items a
section). ``decide_for_departments`` and ``decide_for_supervisors`` read every
hit of the same queries, for tests and for looking into a day by hand.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

from django.db import connection
from django.db.models import (
    BigIntegerField,
    BooleanField,
    Exists,
    Expression,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
)
from django.utils import timezone

from commitments import owed
from commitments import rules as domain
from commitments.choices import ClosureState, NotificationKind, RequestState, Status
from commitments.lights import DaysBetween
from commitments.models import (
    ClosureRequest,
    Commitment,
    CoOwnership,
    Escalation,
    ExtensionRequest,
    Milestone,
    Plan,
    ProgressReport,
)
from commitments.reminders import calendar, policy
from commitments.reminders.recipients import Supervisor, supervisors
from commitments.reminders.sqlarray import AnyOf, AnyOfQuery

Kind = NotificationKind
#: Sections of a message, the most pressing first; a message's ``kind`` is its first.
KIND_ORDER: tuple[str, ...] = (
    Kind.ESCALATION,
    Kind.OVERDUE_DIGEST,
    Kind.REVIEW_PENDING,
    Kind.DEADLINE,
    Kind.MILESTONE,
    Kind.UNACKNOWLEDGED,
    Kind.MISSING_REPORT,
)
NO_EXTRA: Mapping[str, object] = {}
#: ``tag``: whose hit it is.
DEPARTMENT, SUPERVISOR = 0, 1
#: ``kind`` in SQL: its place in ``KIND_ORDER`` (integers group and sort cheaply).
KIND_CODE = {kind: code for code, kind in enumerate(KIND_ORDER)}

#: The columns of every rule's query, in this order.
HIT_COLUMNS = ("tag", "member", "kind", "key", "commitment_id", "rank", "seq", "lead")


def seq_of(period: int, co_owned: bool) -> int:
    """A hit's ``seq``: the report period it asks for (its index in the day's
    ``report_periods``; 0 for other kinds) and whether the department only co-owns
    the commitment. It orders one member's hits of the same key, and the first is
    the one shown: the earlier period, the lead before a co-owner."""
    return 2 * period + int(co_owned)


class Hit(NamedTuple):
    """One reason one commitment is in someone's message today."""

    kind: str
    commitment_id: int
    #: unique within the section (a commitment, or one of its milestones or requests)
    key: str
    #: listing order, smaller first: the date that makes it pressing (deadline,
    #: milestone date, filing date) as an ordinal
    rank: int
    #: the reason's own facts, e.g. the milestone, the request, the report period
    extra: Mapping[str, object] = NO_EXTRA
    co_owned: bool = False


class WaitingRequest(NamedTuple):
    key: str
    #: the key in SQL (``key_text``)
    key_id: int
    commitment_id: int
    lead_owner_id: int
    filed_on: datetime.date
    facts: Mapping[str, object]


class ReportPeriod(NamedTuple):
    stage: policy.ReportStage
    #: the plans asked for this period's report
    plan_ids: list[int]

    @property
    def facts(self) -> dict[str, object]:
        return {"report": {"period": self.stage.period, "due": self.stage.due.isoformat()}}


def _int(value: int) -> Value:
    return Value(value, output_field=IntegerField())


def key_text(kind: str, key: int) -> str:
    """A hit's key as a message knows it: ``c12`` (a commitment), ``m7`` (a milestone),
    ``x3`` / ``z3`` (an extension / a closure request). In SQL it is the id alone,
    negative for closure requests."""
    if kind == Kind.MILESTONE:
        return f"m{key}"
    if kind == Kind.REVIEW_PENDING:
        return f"x{key}" if key > 0 else f"z{-key}"
    return f"c{key}"


def _hits(
    qs: QuerySet,
    tag: str,
    member: Any,
    kind: str,
    key: Any,
    commitment: str,
    rank: str,
    co_owned: bool,
    period: int = 0,
    lead: str | None = None,
) -> QuerySet:
    """``qs`` as rows of ``HIT_COLUMNS`` (``lead``: the lead owner's column, or 0)."""
    return (
        qs.order_by()
        .annotate(
            h_tag=_int(tag),
            h_member=Value(member, output_field=BigIntegerField())
            if isinstance(member, int)
            else F(member),
            h_kind=_int(KIND_CODE[kind]),
            h_key=F(key),
            h_commitment=F(commitment),
            h_rank=F(rank),
            h_seq=_int(seq_of(period, co_owned)),
            h_lead=F(lead) if lead else Value(0, output_field=BigIntegerField()),
        )
        .values_list(
            "h_tag", "h_member", "h_kind", "h_key", "h_commitment", "h_rank", "h_seq", "h_lead"
        )
    )


@dataclass(frozen=True)
class Day:
    """A chunk's day: its departments and supervisors, and what the policy makes due.

    Everything the calendar decides (covered days, deadline targets, report
    periods, requests waiting too many working days) is worked out here in
    Python, once; the rules' queries take it as parameters."""

    today: datetime.date
    rules: policy.Policy
    department_ids: list[int] = field(default_factory=list)
    people: list[Supervisor] = field(default_factory=list)

    @cached_property
    def targets(self) -> list[datetime.date]:
        return sorted(policy.deadline_targets(self.today, self.rules.deadline_days))

    @cached_property
    def report_periods(self) -> list[ReportPeriod]:
        """Report due dates reminded today, with the plans asked for them: due that day
        and owing that month (``owed.plan_owes_month``: a plan that starts on the 10th
        owes its first month). Which of their pledges' owners owe it is
        ``unowed_sql``'s. One query (the plans), none when no report is due."""
        stages = policy.report_stages(self.today, self.rules.report_days_before)
        if not stages or not self.department_ids:
            return []
        plans = list(Plan.objects.order_by().values_list("pk", "report_due_day", "starts_on"))
        found = []
        for stage in stages:
            plan_ids = sorted(
                pk
                for pk, due_day, starts_on in plans
                if policy.plan_due_on(due_day or self.rules.report_due_day, stage.due)
                and owed.plan_owes_month(starts_on, stage.due)
            )
            if plan_ids:
                found.append(ReportPeriod(stage, plan_ids))
        return found

    @cached_property
    def waiting(self) -> dict[str, WaitingRequest]:
        """Requests waiting on a supervisor too long, by key (none without supervisors)."""
        if not self.people:
            return {}
        found = _waiting_requests(self.today, self.rules.review_wait_working_days)
        return {w.key: w for w in found}

    @property
    def listed_people(self) -> list[int]:
        return [p.membership_id for p in self.people if p.department_ids is not None]

    @property
    def top_people(self) -> list[Supervisor]:
        """Supervisors of every department (the mayor, 督查室)."""
        return [p for p in self.people if p.department_ids is None]

    # --- the rules ------------------------------------------------------------

    def queries(self) -> list[Part]:
        """Every rule's query for this chunk, as rows of ``HIT_COLUMNS`` (the department
        rules read ``owners_ctes``)."""
        found: list[Part] = []
        if self.department_ids:
            found += deadline_hits(self) + milestone_hits(self)
            found += missing_report_hits(self) + unacknowledged_hits(self)
        if self.people:
            found += [q.query.sql_with_params() for q in overdue_hits(self)]
            found += [q.query.sql_with_params() for q in escalation_hits(self)]
        return found

    def python_rows(self) -> list[tuple]:
        """Hits decided in Python (requests waiting on the calendar's working days),
        as rows of ``HIT_COLUMNS``."""
        return review_rows(self)

    def hit(
        self, code: int, key_id: int, commitment_id: int, rank: object, seq: int, texts: Mapping
    ) -> Hit:
        """A hit from one row of ``HIT_COLUMNS`` (``texts``: milestone id → text)."""
        kind = KIND_ORDER[code]
        key = key_text(kind, key_id)
        ordinal = as_date(rank).toordinal()
        extra = self.extra(kind, key, ordinal, seq // 2, texts)
        return Hit(kind, commitment_id, key, ordinal, extra, bool(seq % 2))

    def extra(
        self, kind: str, key: str, rank: int, period: int, texts: Mapping[int, str]
    ) -> Mapping:
        """The facts a hit shows beside its commitment."""
        if kind == Kind.MILESTONE:
            due = datetime.date.fromordinal(rank)
            return {
                "milestone": {
                    "due": due.isoformat(),
                    "text": texts.get(milestone_id(key), ""),
                    "days_left": (due - self.today).days,
                }
            }
        if kind == Kind.MISSING_REPORT:
            return self.report_periods[period].facts
        if kind in (Kind.OVERDUE_DIGEST, Kind.ESCALATION):
            return {"days_overdue": self.today.toordinal() - rank}
        if kind == Kind.REVIEW_PENDING:
            return {"request": self.waiting[key].facts}
        return NO_EXTRA


# --- departments ---------------------------------------------------------------
# Every department rule reads ``owners``: the chunk's open commitments with each of
# the chunk's departments that owns them (``owners_ctes``). Joining each rule to
# ``CoOwnership`` made PostgreSQL read every commitment of the ledger once per chunk
# for the co-owned ones (a sequential scan, ~150 ms a chunk at 100k, EXPLAIN ANALYZE).


def any_of(column: str, values: Iterable[object]) -> tuple[str, list]:
    """``column = ANY(%s)`` (one array parameter) on PostgreSQL, ``IN (…)`` elsewhere."""
    values = list(values)
    if connection.vendor == "postgresql":
        return f"{column} = ANY(%s)", [values]
    if not values:
        return "1 = 0", []
    return f"{column} IN ({', '.join(['%s'] * len(values))})", values


def materialized() -> str:
    """``MATERIALIZED `` on PostgreSQL: a ``WITH`` item read once and hashed where it is
    joined. Inlined (its default for an item used once), the planner estimates the
    other side at a few rows and probes an index per row: ~11 µs each, 20,000 a chunk
    (EXPLAIN ANALYZE)."""
    return "MATERIALIZED " if connection.vendor == "postgresql" else ""


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


#: The columns ``owners_ctes`` reads of each open commitment.
_OWNED = ("pk", "lead_owner_id", "deadline", "plan_id", "pending")


def _open_commitments(condition: Q | Expression) -> QuerySet:
    return (
        Commitment.objects.tracked()
        .filter(condition)
        .order_by()
        .annotate(pending=ExpressionWrapper(Q(acknowledged_at=None), BooleanField()))
        .values_list(*_OWNED)
    )


def owners_ctes(day: Day, kept: bool | None = None) -> tuple[str, list]:
    """The ``owners (id, department_id, deadline, plan_id, unack, co, excused)``
    relation the department rules read, as ``WITH`` items: the open commitments the
    chunk's departments lead, from the lead owner's index, and the ones they co-own.
    A commitment a chunk both leads and co-owns is read twice. ``unack`` is only
    meaningful for the lead (``co = 0``).

    The co-owned ones come from the co-ownership rows alone on PostgreSQL (``kept``,
    the default there): each row keeps its commitment's status, retirement, deadline
    and plan (``CoOwnership.kept_*``, triggers of migration 0018), so a chunk reads
    its ~14,000 co-ownerships from the ``coowner_dept`` index's table instead of
    probing ~13,000 commitments by primary key (``= ANY(ARRAY(…))`` joined to the
    co-ownerships: ~40 % of a department chunk's tally, EXPLAIN ANALYZE at 100k;
    docs/benchmarks.md, fourteenth round). Elsewhere (SQLite, no triggers) they are
    read from the commitments. Open and tracked is ``rules.tracked`` either way."""
    kept = connection.vendor == "postgresql" if kept is None else kept
    led = _open_commitments(AnyOf("lead_owner_id", day.department_ids))
    led_sql, led_params = led.query.sql_with_params()
    excused = ExpressionWrapper(~Q(excused_at=None), BooleanField())
    if kept:
        co = (
            domain.co_ownerships_of(day.department_ids)
            .filter(domain.tracked("kept_"))
            .order_by()
            .annotate(excused=excused)
            .values_list("commitment_id", "department_id", "kept_deadline", "kept_plan_id",
                         "excused")
        )  # fmt: skip
        co_sql, co_params = co.query.sql_with_params()
        sql = (
            f"led (id, lead_owner_id, deadline, plan_id, unack) AS ({led_sql}),"
            f" co_owned (id, department_id, deadline, plan_id, excused) AS ({co_sql}),"
            " owners (id, department_id, deadline, plan_id, unack, co, excused) AS ("
            "SELECT o.id, o.lead_owner_id, o.deadline, o.plan_id, o.unack, 0, false FROM led o"
            " UNION ALL SELECT c.id, c.department_id, c.deadline, c.plan_id, false, 1, c.excused"
            " FROM co_owned c)"
        )
        return sql, [*led_params, *co_params]
    co_ids = domain.co_ownerships_of(day.department_ids).order_by().values("commitment_id")
    co_owned = _open_commitments(AnyOfQuery("pk", co_ids))
    co = (
        domain.co_ownerships_of(day.department_ids)
        .order_by()
        .annotate(excused=excused)
        .values_list("commitment_id", "department_id", "excused")
    )
    co_owned_sql, co_owned_params = co_owned.query.sql_with_params()
    co_sql, co_params = co.query.sql_with_params()
    sql = (
        f"co (commitment_id, department_id, excused) AS {materialized()}({co_sql}),"
        f" led (id, lead_owner_id, deadline, plan_id, unack) AS ({led_sql}),"
        f" co_owned (id, lead_owner_id, deadline, plan_id, unack) AS ({co_owned_sql}),"
        " owners (id, department_id, deadline, plan_id, unack, co, excused) AS ("
        "SELECT o.id, o.lead_owner_id, o.deadline, o.plan_id, o.unack, 0, false FROM led o"
        " UNION ALL SELECT o.id, c.department_id, o.deadline, o.plan_id, o.unack, 1, c.excused"
        " FROM co_owned o JOIN co c ON c.commitment_id = o.id)"
    )
    return sql, [*co_params, *led_params, *co_owned_params]


def refill_co_owner_facts() -> None:
    """Every co-ownership's kept facts (``CoOwnership.kept_*``) taken from its commitment
    again: after a load with PostgreSQL's triggers switched off (``bench/seed.py``'s
    ``COPY`` under ``session_replication_role = replica``). Nothing else needs it: the
    triggers keep them on every write."""
    if connection.vendor != "postgresql":
        return
    facts = ("status", "removed_from_source", "deadline", "plan_id", "lead_owner_id")
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {_table(CoOwnership)} co"
            f" SET ({', '.join(f'kept_{fact}' for fact in facts)})"
            f" = ({', '.join(f'c.{fact}' for fact in facts)})"
            f" FROM {_table(Commitment)} c WHERE c.id = co.commitment_id"
        )


Part = tuple[str, list]  # SQL of rows of ``HIT_COLUMNS`` and its parameters


def deadline_hits(day: Day) -> list[Part]:
    """到期提醒: the deadline is 14/7/3/1 days after a covered day (lead and co-owners,
    excused or not)."""
    if not day.targets:
        return []
    due, params = any_of("w.deadline", day.targets)
    sql = (
        f"SELECT %s, w.department_id, %s, w.id, w.id, w.deadline, w.co, 0 FROM owners w WHERE {due}"
    )
    return [(sql, [DEPARTMENT, KIND_CODE[Kind.DEADLINE], *params])]


def milestone_hits(day: Day) -> list[Part]:
    """节点提醒: an open milestone's date is 14/7/3/1 days after a covered day (lead and
    co-owners, excused or not)."""
    if not day.targets:
        return []
    due, params = any_of("m.due", day.targets)
    sql = (
        "SELECT %s, w.department_id, %s, m.id, w.id, m.due, w.co, 0"
        f" FROM owners w JOIN {_table(Milestone)} m ON m.commitment_id = w.id"
        f" WHERE m.completed_at IS NULL AND {due}"
    )
    return [(sql, [DEPARTMENT, KIND_CODE[Kind.MILESTONE], *params])]


def filed_ctes(day: Day) -> tuple[str, list]:
    """``filed_N (commitment_id, department_id)``: the chunk's filings of each report
    period, from the ``(department, period)`` index that carries the commitment, as
    ``WITH`` items (one read a period, hashed; a probe per commitment through its
    reports was ~11 µs each, EXPLAIN ANALYZE)."""
    items, params = [], []
    for n, period in enumerate(day.report_periods):
        mine, mine_params = any_of("r.department_id", day.department_ids)
        items.append(
            f"filed_{n} (commitment_id, department_id) AS {materialized()}("
            f"SELECT r.commitment_id, r.department_id FROM {_table(ProgressReport)} r"
            f" WHERE r.period = %s AND {mine})"
        )
        params += [period.stage.period, *mine_params]
    return ", ".join(items), params


def tracked_sql(pledge: str, kept: str = "") -> str:
    """``rules.tracked`` of the commitment row ``pledge`` (an alias) in raw SQL; ``kept``
    ``"kept_"`` reads a co-ownership row's kept copies of the pledge's fields instead."""
    return (
        f"{pledge}.{kept}status NOT IN ('{Status.COMPLETED}', '{Status.CANCELLED}')"
        f" AND NOT {pledge}.{kept}removed_from_source"
    )


def unowed_sql(day: Day, period: ReportPeriod) -> tuple[str, list]:
    """Rows ``(commitment_id, department_id, co, unack, lead)``: the chunk's owner pairs
    (tracked, of ``period``'s plans; co-owners not excused) that do **not** owe its
    report, because the unit was assigned the pledge on or after ``owed.owed_before``
    of its due date (``owed.assigned_sql``: a lead from ``lead_since``, a co-owner from
    ``CoOwnership.since``, else from the pledge's ``created_at``) — the rule of
    ``commitments.owed`` that the scorecard, the queue and the light follow.

    Few rows, found through indexes, not by reading the chunk's pledges: the pledges
    entered or handed over lately from the ``commitment_assigned`` index, the
    co-owners added lately from ``coowner_since`` (``commitments.0036``), and a recent
    pledge's co-owners that came with it by ``unique_co_owner``. ``COALESCE(lead_since,
    created_at) >= cutoff`` holds whenever ``created_at`` does (a lead changes after the
    pledge was entered), so the third part asks both to be read from that index."""
    cutoff = connection.ops.adapt_datetimefield_value(owed.owed_before(period.stage.due))
    lead = owed.assigned_sql("c")
    # ``+ 0``: read from the ``commitment_assigned`` index alone, never from the lead's
    # or the plan's (a chunk's thousands of pledges, or every pledge of the plans).
    led, led_params = any_of("c.lead_owner_id + 0", day.department_ids)
    led_plans, led_plan_params = any_of("c.plan_id + 0", period.plan_ids)
    co, co_params = any_of("o.department_id", day.department_ids)
    c_table, o_table = _table(Commitment), _table(CoOwnership)
    tracked = tracked_sql("c")
    sql = (
        f"SELECT c.id, c.lead_owner_id, 0, c.acknowledged_at IS NULL, c.lead_owner_id"
        f" FROM {c_table} c"
        f" WHERE {lead} >= %s AND {led} AND {led_plans} AND {tracked}"
        " UNION ALL"
        f" SELECT o.commitment_id, o.department_id, 1, false, c.lead_owner_id FROM {o_table} o"
        f" JOIN {c_table} c ON c.id = o.commitment_id"
        f" WHERE o.since >= %s AND {co} AND o.excused_at IS NULL AND {led_plans} AND {tracked}"
        " UNION ALL"
        f" SELECT o.commitment_id, o.department_id, 1, false, c.lead_owner_id FROM {c_table} c"
        f" JOIN {o_table} o ON o.commitment_id = c.id"
        f" WHERE {lead} >= %s AND {owed.assigned_sql('c', 'o')} >= %s AND o.since IS NULL"
        f" AND {co} AND o.excused_at IS NULL AND {led_plans} AND {tracked}"
    )
    params = [cutoff, *led_params, *led_plan_params, cutoff, *co_params, *led_plan_params]
    params += [cutoff, cutoff, *co_params, *led_plan_params]
    return sql, params


def unowed_ctes(day: Day) -> tuple[str, list]:
    """``unowed_N (commitment_id, department_id, co, unack, lead)``: ``unowed_sql`` of each
    report period, as ``WITH`` items."""
    items, params = [], []
    for n, period in enumerate(day.report_periods):
        sql, values = unowed_sql(day, period)
        items.append(
            f"unowed_{n} (commitment_id, department_id, co, unack, lead) AS {materialized()}({sql})"
        )
        params += values
    return ", ".join(items), params


def missing_report_hits(day: Day) -> list[Part]:
    """报送催办: an owner department (not an excused co-owner) that owes the period's
    report (not ``unowed_sql``) has not filed its own (``filed_ctes``)."""
    found = []
    for n, period in enumerate(day.report_periods):
        asked, params = any_of("w.plan_id", period.plan_ids)
        sql = (
            f"SELECT %s, w.department_id, %s, w.id, w.id, w.deadline, {2 * n} + w.co, 0"
            f" FROM owners w WHERE NOT w.excused AND {asked} AND NOT EXISTS (SELECT 1 FROM"
            f" filed_{n} f WHERE f.commitment_id = w.id AND f.department_id = w.department_id)"
            f" AND NOT EXISTS (SELECT 1 FROM unowed_{n} u WHERE u.commitment_id = w.id"
            " AND u.department_id = w.department_id AND u.co = w.co)"
        )
        found.append((sql, [DEPARTMENT, KIND_CODE[Kind.MISSING_REPORT], *params]))
    return found


def unacknowledged_hits(day: Day) -> list[Part]:
    """签收催办: the lead owner has not acknowledged; reminded like missing reports."""
    asked = sorted({pk for period in day.report_periods for pk in period.plan_ids})
    if not asked:
        return []
    plans, params = any_of("w.plan_id", asked)
    sql = (
        "SELECT %s, w.department_id, %s, w.id, w.id, w.deadline, 0, 0"
        f" FROM owners w WHERE w.co = 0 AND w.unack AND {plans}"
    )
    return [(sql, [DEPARTMENT, KIND_CODE[Kind.UNACKNOWLEDGED], *params])]


# --- supervisors ----------------------------------------------------------------


def overdue_hits(day: Day) -> list[QuerySet]:
    """逾期通报: every overdue commitment under the supervisor, every working day:
    led by a department they list, or any for a supervisor of all departments."""
    overdue = Commitment.objects.overdue(day.today)
    found = []
    if day.listed_people:
        listed = overdue.filter(AnyOf("lead_owner__supervisors", day.listed_people))
        found.append(
            _hits(listed, SUPERVISOR, "lead_owner__supervisors", Kind.OVERDUE_DIGEST,
                  "pk", "pk", "deadline", False, lead="lead_owner_id")
        )  # fmt: skip
    for person in day.top_people:
        found.append(
            _hits(overdue, SUPERVISOR, person.membership_id, Kind.OVERDUE_DIGEST,
                  "pk", "pk", "deadline", False, lead="lead_owner_id")
        )  # fmt: skip
    return found


def escalated(today: datetime.date, rules: policy.Policy, user_id: int) -> QuerySet:
    """The commitments to escalate to ``user_id`` today: overdue ``escalation_days``
    or more, and not escalated to them since the current deadline plus that grace
    (an escalation before an extension was approved does not count: the new
    slippage is escalated again). Escalation waits for a working day instead of
    going out early (the sweep only runs on one)."""
    days = rules.escalation_days
    since_line = Escalation.objects.filter(commitment_id=OuterRef("pk"), user_id=user_id).annotate(
        after_line=DaysBetween(F("day"), OuterRef("deadline"))
    )
    return (
        Commitment.objects.overdue(today)
        .filter(deadline__lte=today - datetime.timedelta(days=days))
        .filter(~Exists(since_line.filter(after_line__gte=days)))
    )


def escalation_hits(day: Day) -> list[QuerySet]:
    """升级督办: to supervisors of every department, once per missed deadline."""
    return [
        _hits(escalated(day.today, day.rules, person.user_id), SUPERVISOR, person.membership_id,
              Kind.ESCALATION, "pk", "pk", "deadline", False)
        for person in day.top_people
    ]  # fmt: skip


def _waiting_requests(today: datetime.date, wait_days: int) -> list[WaitingRequest]:
    """Extension and closure requests waiting on a supervisor too long."""
    found = []
    for model, state, prefix in (
        (ExtensionRequest, RequestState.PENDING, "x"),
        (ClosureRequest, ClosureState.PENDING, "z"),
    ):
        fields = ["pk", "commitment_id", "commitment__lead_owner_id", "created_at"]
        fields += ["department__name"]
        if model is ExtensionRequest:
            fields.append("requested_deadline")
        for row in model.objects.filter(state=state).values(*fields):
            filed_on = domain.local_day(row["created_at"])
            if not policy.review_is_overdue(filed_on, today, wait_days):
                continue
            requested = row.get("requested_deadline")
            facts = {
                "type": str(model._meta.verbose_name),
                "filed_on": filed_on.isoformat(),
                "department": row["department__name"],
                "waited_working_days": calendar.working_days_between(filed_on, today),
                "requested_deadline": requested.isoformat() if requested else None,
            }
            found.append(
                WaitingRequest(
                    f"{prefix}{row['pk']}",
                    row["pk"] if prefix == "x" else -row["pk"],
                    row["commitment_id"],
                    row["commitment__lead_owner_id"],
                    filed_on,
                    facts,
                )
            )
    return found


def review_rows(day: Day) -> list[tuple]:
    """待审核提醒: requests under the supervisor waiting too many working days (few;
    decided in Python, where the working-day calendar is)."""
    return [
        (SUPERVISOR, p.membership_id, KIND_CODE[Kind.REVIEW_PENDING], w.key_id,
         w.commitment_id, w.filed_on, 0, 0)
        for p in day.people
        for w in day.waiting.values()
        if p.oversees(w.lead_owner_id)
    ]  # fmt: skip


# --- the chunk's hits as one relation ---------------------------------------------


def rows_sql(columns: tuple[tuple[str, str], ...], rows: list[tuple]) -> tuple[str, list]:
    """``rows`` as a relation of ``columns`` (name, PostgreSQL type): one array a
    column on PostgreSQL, ``SELECT … UNION ALL`` elsewhere (SQLite, few rows)."""
    names = ", ".join(name for name, _ in columns)
    if connection.vendor == "postgresql":
        arrays = ", ".join(f"%s::{kind}[]" for _, kind in columns)
        return f"SELECT * FROM unnest({arrays}) AS v({names})", [
            list(column) for column in zip(*rows, strict=True)
        ] if rows else [[] for _ in columns]
    if not rows:
        nulls = ", ".join(f"NULL AS {name}" for name, _ in columns)
        return f"SELECT {nulls} WHERE 1 = 0", []
    one = "SELECT " + ", ".join(["%s"] * len(columns))
    return " UNION ALL ".join([one] * len(rows)), [value for row in rows for value in row]


HIT_TYPES = (
    ("tag", "integer"),
    ("member", "bigint"),
    ("kind", "integer"),
    ("key", "bigint"),
    ("commitment_id", "bigint"),
    ("rank", "date"),
    ("seq", "integer"),
    ("lead", "bigint"),
)


def hits_sql(day: Day) -> tuple[str, str, list]:
    """Every hit of the chunk as one relation of ``HIT_COLUMNS``: ``WITH`` items the
    rules read (or ""), the ``UNION ALL`` of the rules' queries and of the
    Python-decided rows, and the parameters of both, in order."""
    ctes, params = owners_ctes(day) if day.department_ids else ("", [])
    if day.department_ids and day.report_periods:
        filed, filed_params = filed_ctes(day)
        unowed, unowed_params = unowed_ctes(day)
        ctes = f"{ctes}, {filed}, {unowed}"
        params = [*params, *filed_params, *unowed_params]
    parts = []
    for sql, values in day.queries():
        parts.append(f"SELECT * FROM ({sql}) AS q")
        params += list(values)
    rows = day.python_rows()
    if rows or not parts:
        sql, values = rows_sql(HIT_TYPES, rows)
        parts.append(f"SELECT * FROM ({sql}) AS r")
        params += values
    return ctes, " UNION ALL ".join(parts), params


def text_order(expression: str) -> str:
    """``expression`` (text) ordered byte by byte, as Python orders ``str``."""
    return f'{expression} COLLATE "C"' if connection.vendor == "postgresql" else expression


def as_date(value: datetime.date | str) -> datetime.date:
    """A date from a raw row (SQLite returns text)."""
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def milestone_id(key: str) -> int:
    return int(key[1:])


def milestone_texts(ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return dict(Milestone.objects.filter(AnyOf("pk", wanted)).values_list("pk", "text"))


# --- every hit, for tests and a look by hand ---------------------------------------


@dataclass
class Decided:
    """A chunk's hits: per department id, per supervisor (membership id), and the
    escalations they carry."""

    departments: dict[int, list[Hit]] = field(default_factory=lambda: defaultdict(list))
    supervisors: dict[int, list[Hit]] = field(default_factory=lambda: defaultdict(list))
    people: dict[int, Supervisor] = field(default_factory=dict)
    #: membership id → commitment ids escalated to that supervisor today
    escalated: dict[int, list[int]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.departments.values()) or any(self.supervisors.values())


def day_of(
    moment: datetime.datetime,
    department_ids: Iterable[int] = (),
    membership_ids: Iterable[int] | None = (),
    rules: policy.Policy | None = None,
) -> Day | None:
    """The chunk's ``Day``, or None outside sending time (working days from the send
    hour) or with nobody to decide for."""
    rules = rules or policy.Policy.from_settings()
    if not policy.is_sending_time(timezone.localtime(moment), rules):
        return None
    ids = sorted(set(department_ids))
    people = supervisors(membership_ids) if membership_ids is None or membership_ids else []
    if not ids and not people:
        return None
    return Day(domain.local_day(moment), rules, ids, people)


def every_hit(day: Day, into: Decided | None = None) -> Decided:
    """Every hit of ``day``'s rules (in member, kind, key order), with its facts."""
    decided = into if into is not None else Decided()
    for person in day.people:
        decided.people[person.membership_id] = person
    ctes, sql, params = hits_sql(day)
    with connection.cursor() as cursor:
        cursor.execute(
            f"WITH {ctes + ', ' if ctes else ''}h ({', '.join(HIT_COLUMNS)}) AS ({sql})"
            " SELECT * FROM h ORDER BY tag, member, kind, key, seq",
            params,
        )
        rows = cursor.fetchall()
    texts = milestone_texts(r[3] for r in rows if r[2] == KIND_CODE[Kind.MILESTONE])
    for tag, member, code, key, commitment_id, rank, seq, _lead in rows:
        hit = day.hit(code, key, commitment_id, rank, seq, texts)
        (decided.departments if tag == DEPARTMENT else decided.supervisors)[member].append(hit)
        if hit.kind == Kind.ESCALATION:
            decided.escalated.setdefault(member, []).append(commitment_id)
    return decided


def decide_for_departments(
    moment: datetime.datetime,
    department_ids: Iterable[int],
    rules: policy.Policy | None = None,
    into: Decided | None = None,
) -> Decided:
    """Every deadline, milestone, missing-report and acknowledgement hit."""
    day = day_of(moment, department_ids, (), rules)
    decided = into if into is not None else Decided()
    return every_hit(day, decided) if day else decided


def decide_for_supervisors(
    moment: datetime.datetime,
    membership_ids: Iterable[int] | None,
    rules: policy.Policy | None = None,
    into: Decided | None = None,
) -> Decided:
    """Every overdue digest, escalation and review hit of the given supervisors (all
    of them with ``None``)."""
    day = day_of(moment, (), membership_ids, rules)
    decided = into if into is not None else Decided()
    return every_hit(day, decided) if day else decided
