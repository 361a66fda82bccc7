"""Why each commitment is due today, and for whom: one ``Hit`` per reason.

One small function per reminder kind reads the database in a fixed number of
queries (the number does not grow with the number of commitments) and says
which commitments it owes a reminder today, to which department or
supervisor. ``messages`` then routes the hits to recipients: one message per
recipient and channel, a section per reason (SPEC §5).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import timezone

from commitments import rules as domain
from commitments.choices import ClosureState, NotificationKind, RequestState
from commitments.models import (
    ClosureRequest,
    Commitment,
    Escalation,
    ExtensionRequest,
    Milestone,
    Plan,
    ProgressReport,
)
from commitments.overdue import overdue_queryset
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


class Owner(NamedTuple):
    """A commitment and one of the chunk's departments that owns it."""

    commitment_id: int
    department_id: int
    deadline: datetime.date
    lead: bool


class Overdue(NamedTuple):
    id: int
    lead_owner_id: int
    deadline: datetime.date
    days_overdue: int


class WaitingRequest(NamedTuple):
    key: str
    commitment_id: int
    lead_owner_id: int
    filed_on: datetime.date
    facts: Mapping[str, object]


@dataclass
class Decided:
    """A chunk's hits: per department id, per supervisor (membership id), and the
    escalations they carry (recorded once their message is stored)."""

    departments: dict[int, list[Hit]] = field(default_factory=lambda: defaultdict(list))
    supervisors: dict[int, list[Hit]] = field(default_factory=lambda: defaultdict(list))
    people: dict[int, Supervisor] = field(default_factory=dict)
    #: membership id → commitment ids escalated to that supervisor today
    escalated: dict[int, list[int]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return any(self.departments.values()) or any(self.supervisors.values())


# --- departments -------------------------------------------------------------


class Open(NamedTuple):
    """One of the chunk's open commitments, with every fact a department rule filters on."""

    id: int
    plan_id: int
    lead_owner_id: int
    deadline: datetime.date
    unacknowledged: bool


class CoOwner(NamedTuple):
    """A co-ownership of one of the chunk's open commitments by one of its departments."""

    commitment_id: int
    department_id: int
    excused: bool


@dataclass(frozen=True)
class DepartmentDay:
    """What every department rule reads: the day, the chunk, the open commitments.

    The chunk's open commitments and their co-owners are read once, with the facts
    the rules filter on; each rule then filters them in Python. Filtering in SQL
    visited every candidate commitment by primary key again, once per rule (random
    heap reads over a 1M ledger: most of a chunk's time, bench/, EXPLAIN ANALYZE).
    """

    today: datetime.date
    department_ids: list[int]
    rules: policy.Policy

    @cached_property
    def open_owned(self) -> dict[int, Open]:
        """Open, tracked (not retired by a re-import) and owned by the chunk, by id:
        only the chunk's own rows, through the indexes (``rules.owned_ids``), so the
        work of a sweep does not grow with its number of chunks; visited in id order
        (``AnyOfQuery``). One query."""
        owned = domain.owned_ids(self.department_ids)
        rows = (
            Commitment.objects.tracked()
            .filter(AnyOfQuery("pk", owned))
            .order_by()
            .values_list("pk", "plan_id", "lead_owner_id", "deadline")
            .annotate(pending=ExpressionWrapper(Q(acknowledged_at=None), BooleanField()))
        )
        return {row[0]: Open(*row) for row in rows}

    @cached_property
    def co_owners(self) -> dict[int, list[CoOwner]]:
        """Commitment id → the chunk's departments that co-own it, for open commitments
        only (excused or not). One query, by the ``coowner_dept`` index."""
        rows = (
            domain.co_ownerships_of(self.department_ids)
            .order_by()
            .values_list("commitment_id", "department_id")
            .annotate(excused=ExpressionWrapper(~Q(excused_at=None), BooleanField()))
        )
        found: dict[int, list[CoOwner]] = defaultdict(list)
        for row in rows:
            if row[0] in self.open_owned:
                found[row[0]].append(CoOwner(*row))
        return found

    @cached_property
    def _ids(self) -> frozenset[int]:
        return frozenset(self.department_ids)

    def owners(
        self, commitments: Iterable[Open], lead_only: bool = False, with_excused: bool = True
    ) -> list[Owner]:
        """The chunk's departments that own ``commitments``: leads first, then co-owners
        (``with_excused=False`` leaves out excused co-owners). No query."""
        rows = list(commitments)
        found = [
            Owner(c.id, c.lead_owner_id, c.deadline, True)
            for c in rows
            if c.lead_owner_id in self._ids
        ]
        if not lead_only:
            found += [
                Owner(c.id, co.department_id, c.deadline, False)
                for c in rows
                for co in self.co_owners.get(c.id, ())
                if with_excused or not co.excused
            ]
        return found

    @cached_property
    def report_periods(self) -> list[ReportPeriod]:
        """Report due dates reminded today, with the open commitments asked for them
        (plans that start after the month began are not asked). One query (the plans),
        none when no report is due."""
        stages = policy.report_stages(self.today, self.rules.report_days_before)
        if not stages:
            return []
        plans = list(Plan.objects.order_by().values_list("pk", "report_due_day", "starts_on"))
        found = []
        for stage in stages:
            month_start = stage.due.replace(day=1)
            plan_ids = {
                pk
                for pk, due_day, starts_on in plans
                if policy.plan_due_on(due_day or self.rules.report_due_day, stage.due)
                and starts_on is not None
                and starts_on <= month_start
            }
            if plan_ids:
                asked = [c for c in self.open_owned.values() if c.plan_id in plan_ids]
                found.append(ReportPeriod(stage, asked))
        return found


def _hit(kind: str, owner: Owner, extra: Mapping[str, object] = NO_EXTRA) -> Hit:
    return Hit(
        kind, owner.commitment_id, f"c{owner.commitment_id}", owner.deadline.toordinal(), extra,
        not owner.lead,
    )  # fmt: skip


def deadline_hits(day: DepartmentDay) -> Iterator[tuple[int, Hit]]:
    """到期提醒: the deadline is 14/7/3/1 days after a covered day."""
    targets = policy.deadline_targets(day.today, day.rules.deadline_days)
    for owner in day.owners(c for c in day.open_owned.values() if c.deadline in targets):
        yield owner.department_id, _hit(Kind.DEADLINE, owner)


def milestone_hits(day: DepartmentDay) -> Iterator[tuple[int, Hit]]:
    """节点提醒: an open milestone's date is 14/7/3/1 days after a covered day."""
    targets = policy.deadline_targets(day.today, day.rules.deadline_days)
    if not targets or not day.open_owned:
        return
    # Owned by the chunk as a subquery of its departments' own index entries, not an
    # array of its open ids (shipping 20k ids cost more than the read, bench/): the
    # planner reads the days' milestones by date, or the chunk's by commitment.
    owned = domain.owned_ids(day.department_ids)
    milestones = [
        row
        for row in Milestone.objects.filter(
            commitment_id__in=owned, completed_at__isnull=True, due__in=targets
        )
        .order_by()
        .values_list("pk", "commitment_id", "due", "text")
        if row[1] in day.open_owned  # open and tracked
    ]
    owners: dict[int, list[Owner]] = defaultdict(list)
    for owner in day.owners(day.open_owned[pk] for pk in {m[1] for m in milestones}):
        owners[owner.commitment_id].append(owner)
    for pk, commitment_id, due, text in milestones:
        facts = {"due": due.isoformat(), "text": text, "days_left": (due - day.today).days}
        for owner in owners[commitment_id]:
            hit = Hit(
                Kind.MILESTONE, commitment_id, f"m{pk}", due.toordinal(), {"milestone": facts},
                not owner.lead,
            )  # fmt: skip
            yield owner.department_id, hit


class ReportPeriod(NamedTuple):
    stage: policy.ReportStage
    #: the open commitments of the chunk asked for this period's report
    commitments: list[Open]

    @property
    def facts(self) -> dict[str, object]:
        return {"report": {"period": self.stage.period, "due": self.stage.due.isoformat()}}


def missing_report_hits(day: DepartmentDay) -> Iterator[tuple[int, Hit]]:
    """报送催办: an owner department has not filed its own report for the period."""
    for period in day.report_periods:
        # The chunk's filings of the period, by the (department, period) index; the
        # commitments' own reports are filtered here, not joined in SQL.
        reported = set(
            ProgressReport.objects.filter(
                period=period.stage.period, department_id__in=day.department_ids
            )
            .order_by()
            .values_list("commitment_id", "department_id")
        )
        facts = period.facts  # one dict shared by every hit of the period (100k at 100k)
        for owner in day.owners(period.commitments, with_excused=False):
            if (owner.commitment_id, owner.department_id) not in reported:
                yield owner.department_id, _hit(Kind.MISSING_REPORT, owner, facts)


def unacknowledged_hits(day: DepartmentDay) -> Iterator[tuple[int, Hit]]:
    """签收催办: the lead owner has not acknowledged; reminded like missing reports."""
    for period in day.report_periods:  # a message lists each commitment once
        pending = (c for c in period.commitments if c.unacknowledged)
        for owner in day.owners(pending, lead_only=True):
            yield owner.department_id, _hit(Kind.UNACKNOWLEDGED, owner)


DEPARTMENT_RULES = (deadline_hits, milestone_hits, missing_report_hits, unacknowledged_hits)


def decide_for_departments(
    moment: datetime.datetime,
    department_ids: Iterable[int],
    rules: policy.Policy | None = None,
    into: Decided | None = None,
) -> Decided:
    """Deadline, milestone, missing-report and acknowledgement reminders."""
    rules = rules or policy.Policy.from_settings()
    decided = into if into is not None else Decided()
    local = timezone.localtime(moment)
    ids = sorted(set(department_ids))
    if not ids or not policy.is_sending_time(local, rules):
        return decided
    day = DepartmentDay(domain.local_day(moment), ids, rules)
    for rule in DEPARTMENT_RULES:
        for department_id, hit in rule(day):
            decided.departments[department_id].append(hit)
    return decided


# --- supervisors --------------------------------------------------------------


def _escalated_on(commitment_ids: list[int], user_ids: list[int]) -> dict[tuple[int, int], list]:
    """Days each (commitment, supervisor user) was already escalated."""
    seen: dict[tuple[int, int], list[datetime.date]] = defaultdict(list)
    # One array parameter: tens of thousands of ids as an IN list cost 1.8 s at 100k.
    for commitment_id, user_id, day in Escalation.objects.filter(
        AnyOf("commitment_id", commitment_ids), user_id__in=user_ids
    ).values_list("commitment_id", "user_id", "day"):
        seen[(commitment_id, user_id)].append(day)
    return seen


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
                    row["commitment_id"],
                    row["commitment__lead_owner_id"],
                    filed_on,
                    facts,
                )
            )
    return found


class OverdueDigest:
    """逾期通报 for a chunk's supervisors: the overdue commitments in the digest's
    order, each one's hit made once and shared by every supervisor who oversees it,
    and found by lead owner rather than by testing every overdue row per supervisor
    (81 supervisors × 45k overdue rows at 100k; ten times the rows at 1M)."""

    def __init__(self, overdue: list[Overdue]) -> None:
        self.overdue = overdue
        self.hits: list[Hit | None] = [None] * len(overdue)
        self.by_lead: dict[int, list[int]] = defaultdict(list)
        for position, row in enumerate(overdue):
            self.by_lead[row.lead_owner_id].append(position)

    def hit(self, position: int) -> Hit:
        found = self.hits[position]
        if found is None:
            r = self.overdue[position]
            found = self.hits[position] = Hit(
                Kind.OVERDUE_DIGEST, r.id, f"c{r.id}", r.deadline.toordinal(),
                {"days_overdue": r.days_overdue},
            )  # fmt: skip
        return found


def overdue_hits(person: Supervisor, digest: OverdueDigest) -> list[Hit]:
    """逾期通报: every overdue commitment under the supervisor, every working day
    (in the order of ``overdue_queryset``: most overdue first)."""
    if person.department_ids is None:
        positions: Iterable[int] = range(len(digest.overdue))
    else:
        overseen = (digest.by_lead.get(pk, ()) for pk in person.department_ids)
        positions = sorted(position for found in overseen for position in found)
    return [digest.hit(position) for position in positions]


def escalation_hits(
    person: Supervisor, late: list[Overdue], history: Mapping, today: datetime.date, days: int
) -> list[Hit]:
    """升级督办: to supervisors of every department, once per missed deadline."""
    if person.department_ids is not None:
        return []
    return [
        Hit(
            Kind.ESCALATION,
            r.id,
            f"c{r.id}",
            r.deadline.toordinal(),
            {"days_overdue": r.days_overdue},
        )  # fmt: skip
        for r in late
        if policy.needs_escalation(r.deadline, today, days, history.get((r.id, person.user_id), []))
    ]


def review_hits(person: Supervisor, waiting: list[WaitingRequest]) -> list[Hit]:
    """待审核提醒: requests under the supervisor waiting too many working days."""
    return [
        Hit(
            Kind.REVIEW_PENDING,
            w.commitment_id,
            w.key,
            w.filed_on.toordinal(),
            {"request": w.facts},
        )  # fmt: skip
        for w in waiting
        if person.oversees(w.lead_owner_id)
    ]


def decide_for_supervisors(
    moment: datetime.datetime,
    membership_ids: Iterable[int] | None,
    rules: policy.Policy | None = None,
    into: Decided | None = None,
) -> Decided:
    """Overdue digests, escalations and reviews waiting on the given supervisors."""
    rules = rules or policy.Policy.from_settings()
    decided = into if into is not None else Decided()
    local = timezone.localtime(moment)
    today = domain.local_day(moment)
    if not policy.is_sending_time(local, rules):
        return decided
    people = supervisors(membership_ids)
    if not people:
        return decided
    # A chunk whose supervisors all have listed departments reads only the overdue
    # rows those departments lead (the same rows each of them sees, in the same order):
    # at 1M, 23 supervisor chunks each read all 222k overdue rows (35 s of a sweep).
    listed = [p.department_ids for p in people]
    scope = None if None in listed else frozenset().union(*listed)
    overdue = [
        Overdue(*row)
        for row in overdue_queryset(today, scope).values_list(
            "pk", "lead_owner_id", "deadline", "days_overdue"
        )
    ]
    top = [p.user_id for p in people if p.department_ids is None]
    late = [row for row in overdue if row.days_overdue >= rules.escalation_days]
    history = _escalated_on([r.id for r in late], top) if top and late else {}
    waiting = _waiting_requests(today, rules.review_wait_working_days)
    digest = OverdueDigest(overdue)
    for person in people:
        decided.people[person.membership_id] = person
        escalated = escalation_hits(person, late, history, today, rules.escalation_days)
        if escalated:
            decided.escalated[person.membership_id] = [h.commitment_id for h in escalated]
        hits = decided.supervisors[person.membership_id]
        hits += escalated + overdue_hits(person, digest) + review_hits(person, waiting)
    return decided
