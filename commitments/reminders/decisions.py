"""Turn database state into the e-mails a day owes: ``Decision`` objects.

Everything is read in a fixed number of queries per chunk (the number does
not grow with the number of commitments), then grouped in Python: one e-mail
per recipient and kind covering all its commitments, grouped by department.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext

from commitments import links
from commitments import rules as domain
from commitments.choices import (
    ClosureState,
    NotificationKind,
    RequestState,
)
from commitments.models import (
    ClosureRequest,
    Commitment,
    CoOwnership,
    ExtensionRequest,
    Milestone,
    Notification,
    Plan,
    ProgressReport,
)
from commitments.overdue import overdue_queryset
from commitments.reminders import calendar, capping, policy
from commitments.reminders.items import load_items
from commitments.reminders.recipients import Supervisor, department_addresses, supervisors

Kind = NotificationKind
DEPARTMENT_KINDS = (Kind.DEADLINE, Kind.MILESTONE, Kind.MISSING_REPORT, Kind.UNACKNOWLEDGED)
SUPERVISOR_KINDS = (Kind.OVERDUE_DIGEST, Kind.ESCALATION, Kind.REVIEW_PENDING)
#: An entry that adds nothing to the commitment's facts (shared, never mutated).
NO_EXTRA: dict = {}


@dataclass
class Decision:
    """One e-mail: to whom, of which kind, for which period, about what."""

    kind: str
    recipient: str
    period_key: str
    extra: dict[str, object] = field(default_factory=dict)
    user_id: int | None = None
    department_ids: set[int] = field(default_factory=set)
    #: department name → entry key → entry (a commitment's facts, plus kind-specific ones)
    groups: dict[str, dict[object, dict]] = field(default_factory=dict)
    #: department name → ids of commitments covered but not listed (``capping``)
    unlisted: dict[str, set[int]] = field(default_factory=dict)

    def add(self, department: str, key: object, entry: dict) -> None:
        self.groups.setdefault(department, {}).setdefault(key, entry)

    def add_unlisted(self, department: str, commitment_id: int) -> None:
        """Covered and counted, but only linked to: the e-mail's size stays bounded."""
        self.unlisted.setdefault(department, set()).add(commitment_id)

    @property
    def more(self) -> int:
        return sum(len(ids) for ids in self.unlisted.values())

    @property
    def count(self) -> int:
        return sum(len(entries) for entries in self.groups.values()) + self.more

    @property
    def commitment_ids(self) -> list[int]:
        listed = {e["id"] for entries in self.groups.values() for e in entries.values()}
        return sorted(listed.union(*self.unlisted.values()))

    @property
    def department_id(self) -> int | None:
        return next(iter(self.department_ids)) if len(self.department_ids) == 1 else None

    def context(self) -> dict[str, object]:
        names = sorted(set(self.groups) | set(self.unlisted))
        context = {
            **self.extra,
            "kind": self.kind,
            "kind_label": str(Kind(self.kind).label),
            "recipient": self.recipient,
            **list_links(self.kind),
            "count": self.count,
            "commitment_count": len(self.commitment_ids),
            "groups": [
                {
                    "department": name,
                    "items": sorted(self.groups.get(name, {}).values(), key=_entry_order),
                    "more": len(self.unlisted.get(name, ())),
                }
                for name in names
            ],
        }
        if self.more:
            context.update(more=self.more, listed=self.count - self.more, **full_list_links())
        return context


def full_list_links() -> dict[str, str]:
    """Where a capped digest's reader finds every row (scoped to their departments)."""
    return {
        "full_list_url": links.workspace_url(overdue=1),
        "dashboard_url": links.dashboard_url(),
    }


def list_links(kind: str) -> dict[str, str]:
    """The page a reader acts from: a department's list, or a supervisor's queue."""
    if kind in SUPERVISOR_KINDS:
        return {"queue_url": links.queue_url(), "workspace_url": links.workspace_url()}
    return {"workspace_url": links.workspace_url()}


def _entry_order(entry: dict) -> tuple[str, str]:
    """Soonest (or most overdue) first."""
    due = entry.get("milestone", {}).get("due") or entry["deadline"]
    return (due, entry["code"])


class Mailbag:
    """Collects entries per (kind, period, recipient): one Decision each."""

    def __init__(self) -> None:
        self.decisions: dict[tuple[str, str, str], Decision] = {}

    def get(
        self, kind: str, period_key: str, recipient: str, extra: dict, user_id: int | None = None
    ) -> Decision:
        key = (kind, period_key, recipient)
        if key not in self.decisions:
            self.decisions[key] = Decision(kind, recipient, period_key, dict(extra), user_id)
        decision = self.decisions[key]
        decision.user_id = decision.user_id or user_id
        return decision

    def result(self) -> list[Decision]:
        return [d for _, d in sorted(self.decisions.items()) if d.count]


# --- departments -------------------------------------------------------------


def _owner_pairs(
    commitments: QuerySet[Commitment],
    department_ids: list[int],
    lead_only: bool = False,
    with_excused: bool = True,
) -> set[tuple[int, int]]:
    """(commitment id, department id) for the chunk's departments that own them."""
    # ``order_by()``: the model's ordering (plan year, title, code) sorted every
    # candidate row, on disk at 100k (bench/), for a set.
    pairs = {
        (pk, lead)
        for pk, lead in commitments.order_by().values_list("pk", "lead_owner_id")
        if lead in department_ids
    }
    if not lead_only:
        co = CoOwnership.objects.filter(
            commitment__in=commitments.values("pk"), department_id__in=department_ids
        )
        if not with_excused:
            co = co.filter(excused_at__isnull=True)
        pairs |= set(co.order_by().values_list("commitment_id", "department_id"))
    return pairs


def _plans_due(
    stage: policy.ReportStage, plans: list[tuple[int, int | None]], default_day: int
) -> list[int]:
    return [pk for pk, day in plans if policy.plan_due_on(day or default_day, stage.due)]


def decide_for_departments(
    moment: datetime.datetime, department_ids: Iterable[int], rules: policy.Policy | None = None
) -> list[Decision]:
    """Deadline, milestone, missing-report and acknowledgement reminders."""
    rules = rules or policy.Policy.from_settings()
    today = domain.local_day(moment)
    ids = sorted(set(department_ids))
    if not ids or not policy.is_sending_time(timezone.localtime(moment), rules):
        return []
    open_owned = Commitment.objects.tracked().owned_by(ids)
    targets = policy.deadline_targets(today, rules.deadline_days)
    # kind → period key → (extra context, [(commitment id, department id, entry key, extra)])
    wanted: dict[tuple[str, str], tuple[dict, list[tuple[int, int, object, dict]]]] = {}

    def want(kind: str, key: str, extra: dict, rows: Iterable[tuple[int, int, object, dict]]):
        wanted.setdefault((kind, key), (extra, []))[1].extend(rows)

    day_key = today.isoformat()
    pairs = _owner_pairs(open_owned.filter(deadline__in=targets), ids)
    want(Kind.DEADLINE, day_key, {"today": day_key}, ((c, d, c, NO_EXTRA) for c, d in pairs))

    milestones = list(
        Milestone.objects.filter(
            completed_at__isnull=True, due__in=targets, commitment__in=open_owned.values("pk")
        )
        .order_by()
        .values_list("pk", "commitment_id", "due", "text")
    )
    if milestones:
        owners = _owner_pairs(open_owned.filter(pk__in={m[1] for m in milestones}), ids)
        by_commitment: dict[int, list[int]] = defaultdict(list)
        for c, d in owners:
            by_commitment[c].append(d)
        want(
            Kind.MILESTONE,
            day_key,
            {"today": day_key},
            (
                (
                    c,
                    d,
                    ("m", pk),
                    {
                        "milestone": {
                            "due": due.isoformat(),
                            "text": text,
                            "days_left": (due - today).days,
                        }
                    },
                )
                for pk, c, due, text in milestones
                for d in by_commitment[c]
            ),
        )

    stages = policy.report_stages(today, rules.report_days_before)
    plans = list(Plan.objects.values_list("pk", "report_due_day")) if stages else []
    for stage in stages:
        plan_ids = _plans_due(stage, plans, rules.report_due_day)
        if not plan_ids:
            continue
        month_start = stage.due.replace(day=1)
        in_period = open_owned.filter(plan_id__in=plan_ids, plan__starts_on__lte=month_start)
        extra = {
            "today": day_key,
            "due": stage.due.isoformat(),
            "stage": stage.stage,
            "period": stage.period,
            "month": stage.due.month,
        }
        owners = _owner_pairs(in_period, ids, with_excused=False)
        reported = set(
            ProgressReport.objects.filter(
                period=stage.period, department_id__in=ids, commitment__in=in_period.values("pk")
            )
            .order_by()
            .values_list("commitment_id", "department_id")
        )
        want(
            Kind.MISSING_REPORT,
            stage.period_key,
            extra,
            ((c, d, c, NO_EXTRA) for c, d in owners - reported),
        )
        unacknowledged = _owner_pairs(
            in_period.filter(acknowledged_at__isnull=True), ids, lead_only=True
        )
        want(
            Kind.UNACKNOWLEDGED,
            stage.period_key,
            extra,
            ((c, d, c, NO_EXTRA) for c, d in unacknowledged),
        )

    everything = {c for _, rows in wanted.values() for c, *_ in rows}
    items = load_items(everything, today)
    book = department_addresses(ids)
    bag = Mailbag()
    co_owner_groups: dict[str, str] = {}  # translated once per lead owner, not per row
    for (kind, key), (extra, rows) in sorted(wanted.items()):
        for commitment_id, department_id, entry_key, entry_extra in sorted(
            rows, key=lambda r: (r[0], str(r[2]), r[1])
        ):
            item = items.get(commitment_id)
            if item is None:
                continue
            for address in book.get(department_id, []):
                decision = bag.get(kind, key, address.email, extra, address.user_id)
                decision.department_ids.add(department_id)
                # The item is shared, not copied, when nothing is added to it: a report
                # day covers most commitments, once per address (bench/).
                if department_id == item["owner_id"]:
                    group = item["owner"]
                elif item["owner"] in co_owner_groups:
                    group = co_owner_groups[item["owner"]]
                else:
                    group = co_owner_groups[item["owner"]] = _co_owner_group(item)
                decision.add(group, entry_key, {**item, **entry_extra} if entry_extra else item)
    return bag.result()


def _co_owner_group(item: dict) -> str:
    return gettext("配合事项（牵头单位：%(owner)s）") % {"owner": item["owner"]}


# --- supervisors --------------------------------------------------------------


def _escalated_on(
    commitment_ids: list[int], emails: list[str]
) -> dict[tuple[int, str], list[datetime.date]]:
    """Days each (commitment, recipient) was already escalated."""
    through = Notification.commitments.through
    seen: dict[tuple[int, str], list[datetime.date]] = defaultdict(list)
    for commitment_id, recipient, key in through.objects.filter(
        notification__kind=Kind.ESCALATION,
        commitment_id__in=commitment_ids,
        notification__recipient__in=emails,
    ).values_list("commitment_id", "notification__recipient", "notification__period_key"):
        try:
            seen[(commitment_id, recipient)].append(datetime.date.fromisoformat(key[:10]))
        except ValueError:
            continue
    return seen


def _waiting_requests(today: datetime.date, wait_days: int) -> list[dict]:
    """Extension and closure requests waiting on a supervisor too long."""
    found = []
    for model, state, label in (
        (ExtensionRequest, RequestState.PENDING, "延期申请"),
        (ClosureRequest, ClosureState.PENDING, "办结申请"),
    ):
        fields = [
            "pk",
            "commitment_id",
            "commitment__lead_owner_id",
            "created_at",
            "department__name",
        ]
        if model is ExtensionRequest:
            fields.append("requested_deadline")
        for row in model.objects.filter(state=state).values_list(*fields):
            filed_on = domain.local_day(row[3])
            if not policy.review_is_overdue(filed_on, today, wait_days):
                continue
            found.append(
                {
                    "key": (label, row[0]),
                    "commitment_id": row[1],
                    "lead_owner_id": row[2],
                    "request": {
                        "type": str(model._meta.verbose_name),
                        "filed_on": filed_on.isoformat(),
                        "department": row[4],
                        "waited_working_days": calendar.working_days_between(filed_on, today),
                        "requested_deadline": row[5].isoformat() if len(row) > 5 else None,
                    },
                }
            )
    return found


class Overdue(NamedTuple):
    id: int
    lead_owner_id: int
    deadline: datetime.date
    days_overdue: int
    department: str


def decide_for_supervisors(
    moment: datetime.datetime,
    membership_ids: Iterable[int] | None,
    rules: policy.Policy | None = None,
) -> list[Decision]:
    """Overdue digests, escalations and reviews waiting on the given supervisors.

    Each digest and escalation covers every overdue commitment under its
    supervisor but lists at most ``DIGEST_MAX_ROWS`` (``capping``); only the
    listed ones are loaded in full, so the work is bounded by the e-mails'
    size, not by the number of overdue commitments.
    """
    rules = rules or policy.Policy.from_settings()
    local = timezone.localtime(moment)
    today = local.date()
    if not policy.is_sending_time(local, rules):
        return []
    people = supervisors(membership_ids)
    if not people:
        return []
    overdue = [
        Overdue(*row)
        for row in overdue_queryset(today).values_list(
            "pk", "lead_owner_id", "deadline", "days_overdue", "lead_owner__name"
        )
    ]
    top = [s for s in people if s.department_ids is None]
    late = [row for row in overdue if row.days_overdue >= rules.escalation_days]
    history = _escalated_on([r.id for r in late], [s.email for s in top]) if top and late else {}
    waiting = _waiting_requests(today, rules.review_wait_working_days)
    limit = settings.DIGEST_MAX_ROWS
    covered = [
        (person, kind, *capping.split(_by_department(rows), limit))
        for person in people
        for kind, rows in _covered(person, overdue, late, history, today, rules)
    ]
    needed = {r.id for *_, listed, _ in covered for rows in listed.values() for r in rows}
    items = load_items(needed | {w["commitment_id"] for w in waiting}, today)
    key = today.isoformat()
    extra = {
        "today": key,
        "escalation_days": rules.escalation_days,
        "review_wait_working_days": rules.review_wait_working_days,
    }
    bag = Mailbag()
    for person, kind, listed, unlisted in covered:
        decision = bag.get(kind, key, person.email, extra, person.user_id)
        for department, rows in listed.items():
            for row in rows:
                item = items.get(row.id)
                if item is not None:
                    decision.add(department, row.id, {**item, "days_overdue": row.days_overdue})
        for department, rows in unlisted.items():
            for row in rows:
                decision.add_unlisted(department, row.id)
    for person in people:
        for request in waiting:
            item = items.get(request["commitment_id"])
            if item is not None and person.oversees(request["lead_owner_id"]):
                decision = bag.get(Kind.REVIEW_PENDING, key, person.email, extra, person.user_id)
                decision.add(item["owner"], request["key"], {**item, "request": request["request"]})
    return bag.result()


def _by_department(rows: list[Overdue]) -> dict[str, list[Overdue]]:
    """Rows per lead department, in the overdue query's order (most overdue first)."""
    groups: dict[str, list[Overdue]] = defaultdict(list)
    for row in rows:
        groups[row.department].append(row)
    return groups


def _covered(
    person: Supervisor,
    overdue: list[Overdue],
    late: list[Overdue],
    history: dict,
    today: datetime.date,
    rules: policy.Policy,
) -> list[tuple[str, list[Overdue]]]:
    """(kind, rows) of the commitments ``person``'s digest and escalation cover."""
    found = [(Kind.OVERDUE_DIGEST, [r for r in overdue if person.oversees(r.lead_owner_id)])]
    if person.department_ids is None:
        found.append(
            (
                Kind.ESCALATION,
                [
                    r
                    for r in late
                    if policy.needs_escalation(
                        r.deadline,
                        today,
                        rules.escalation_days,
                        history.get((r.id, person.email), []),
                    )
                ],
            )
        )
    return [(kind, rows) for kind, rows in found if rows]
