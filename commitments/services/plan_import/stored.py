"""A stored plan as plain data, read once with a fixed number of queries.

Re-importing compares this snapshot with the parsed document
(:mod:`.diff`) and writes only what differs (:mod:`.store`); nothing is read
per commitment.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from commitments.models import (
    ClosureRequest,
    Commitment,
    CoOwnership,
    ExtensionRequest,
    Milestone,
    Plan,
    ProgressReport,
    ReportTargetValue,
    Section,
    Target,
)
from commitments.rules import plain


@dataclass
class StoredTarget:
    pk: int
    metric: str
    value: Decimal
    unit: str
    comparator: str
    source_text: str
    reported: bool

    def key(self) -> list:
        return [self.metric, plain(self.value), self.unit, self.comparator]


@dataclass
class StoredMilestone:
    pk: int
    due: datetime.date
    text: str

    def key(self) -> list:
        return [self.due.isoformat(), self.text]


@dataclass
class StoredCommitment:
    pk: int
    code: str
    section_id: int
    section_number: int
    number: int
    text: str
    title: str
    official: str
    lead_owner_id: int
    owner_source: str
    deadline: datetime.date
    original_deadline: datetime.date
    edited: frozenset[str]
    removed: bool
    fingerprint: str
    start: int
    end: int
    extended: bool = False
    has_history: bool = False
    co_owners: dict[int, int] = field(default_factory=dict)  # department id: row id
    reporting_departments: set[int] = field(default_factory=set)
    targets: list[StoredTarget] = field(default_factory=list)
    milestones: list[StoredMilestone] = field(default_factory=list)


@dataclass
class StoredPlan:
    plan: Plan
    sections: dict[int, Section]  # by number
    commitments: list[StoredCommitment]

    def used_codes(self) -> set[str]:
        return {c.code for c in self.commitments} | set(self.plan.retired_codes or ())


def read_plan(plan: Plan) -> StoredPlan:
    """The plan's sections, commitments, owners, targets and milestones, and
    which of them carry history (reports, requests): nine queries, whatever
    the size of the plan."""
    sections = {s.number: s for s in Section.objects.filter(plan=plan)}
    by_section = {s.pk: s.number for s in sections.values()}
    rows = (
        Commitment.objects.filter(plan=plan)
        .order_by()
        .values_list(
            "pk",
            "code",
            "section_id",
            "number",
            "text",
            "title",
            "official",
            "lead_owner_id",
            "owner_source",
            "deadline",
            "original_deadline",
            "edited_fields",
            "removed_from_source",
            "fingerprint",
            "source_start",
            "source_end",
        )
    )
    commitments: dict[int, StoredCommitment] = {}
    for row in rows:
        (pk, code, section_id, number, text, title, official, lead, source) = row[:9]
        (deadline, original, edited, removed, printed, start, end) = row[9:]
        commitments[pk] = StoredCommitment(
            pk=pk,
            code=code,
            section_id=section_id,
            section_number=by_section.get(section_id, 0),
            number=number,
            text=text,
            title=title,
            official=official,
            lead_owner_id=lead,
            owner_source=source,
            deadline=deadline,
            original_deadline=original,
            edited=frozenset(edited or ()),
            removed=removed,
            fingerprint=printed,
            start=start,
            end=end,
        )
    in_plan = {"commitment__plan": plan}
    for row, pk, department in CoOwnership.objects.filter(**in_plan).values_list(
        "pk", "commitment_id", "department_id"
    ):
        commitments[pk].co_owners[department] = row
    reports = (
        ProgressReport.objects.filter(**in_plan)
        .order_by()
        .values_list("commitment_id", "department_id")
    )
    for pk, department in reports.distinct():
        commitments[pk].has_history = True
        commitments[pk].reporting_departments.add(department)
    extended = ExtensionRequest.objects.filter(**in_plan).values_list("commitment_id", flat=True)
    for pk in set(extended):
        commitments[pk].has_history = commitments[pk].extended = True
    closures = ClosureRequest.objects.filter(**in_plan).values_list("commitment_id", flat=True)
    for pk in set(closures):
        commitments[pk].has_history = True
    reported_targets = set(
        ReportTargetValue.objects.filter(target__commitment__plan=plan).values_list(
            "target_id", flat=True
        )
    )
    targets: dict[int, list[StoredTarget]] = defaultdict(list)
    for pk, owner, metric, value, unit, comparator, source_text in (
        Target.objects.filter(**in_plan)
        .order_by("commitment_id", "position", "pk")
        .values_list("pk", "commitment_id", "metric", "value", "unit", "comparator", "source_text")
    ):
        targets[owner].append(
            StoredTarget(pk, metric, value, unit, comparator, source_text, pk in reported_targets)
        )
    for pk, items in targets.items():
        commitments[pk].targets = items
    for pk, owner, due, text in (
        Milestone.objects.filter(**in_plan)
        .order_by("commitment_id", "position", "pk")
        .values_list("pk", "commitment_id", "due", "text")
    ):
        commitments[owner].milestones.append(StoredMilestone(pk, due, text))
    for stored in commitments.values():
        stored.extended = stored.extended or stored.deadline != stored.original_deadline
    ordered = sorted(commitments.values(), key=lambda c: (c.section_number, c.number, c.pk))
    return StoredPlan(plan, sections, ordered)
