"""Roll-ups for supervisors (督查通报), computed in the database.

Each function runs a fixed number of aggregate queries whatever the number
of commitments and reports, and returns plain dataclasses that the API, the
exports and the dashboard share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Avg, Case, Count, IntegerField, Q, Value, When

from commitments import rules
from commitments.choices import Light, Status
from commitments.models import Department, Plan, Section
from reports import punctuality
from reports.scope import ReportScope

_ratio = rules.percent


@dataclass(frozen=True)
class LightCounts:
    red: int = 0
    yellow: int = 0
    green: int = 0


@dataclass(frozen=True)
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
    reports_filed: int
    reports_on_time: int
    avg_days_late: float | None
    due_original: int
    on_time_original: int
    due_approved: int
    on_time_approved: int

    @property
    def report_on_time_rate(self) -> float | None:
        return _ratio(self.reports_on_time, self.reports_filed)

    @property
    def on_time_rate_original(self) -> float | None:
        return _ratio(self.on_time_original, self.due_original)

    @property
    def on_time_rate_approved(self) -> float | None:
        return _ratio(self.on_time_approved, self.due_approved)


@dataclass(frozen=True)
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


def _light_and_status_counts(scope: ReportScope) -> dict:
    """Aggregates over commitments that every grouping shares.

    Cancelled commitments are counted apart and left out of progress and
    lights: a pledge that was dropped is neither behind nor on track.
    """
    today = scope.today
    live = ~Q(status=Status.CANCELLED)
    return {
        "n": Count("pk", filter=live),
        "completed": Count("pk", filter=Q(status=Status.COMPLETED)),
        "overdue": Count("pk", filter=rules.overdue(today)),
        "red": Count("pk", filter=live & Q(light=Light.RED)),
        "yellow": Count("pk", filter=live & Q(light=Light.YELLOW)),
        "green": Count("pk", filter=live & Q(light=Light.GREEN)),
        # A completed commitment is done, whatever percent was last reported.
        "progress": Avg(
            Case(
                When(status=Status.COMPLETED, then=Value(100)),
                When(status=Status.CANCELLED, then=Value(None)),
                default="percent",
                output_field=IntegerField(),
            )
        ),
    }


def department_rollups(scope: ReportScope) -> list[DepartmentRollup]:
    """The scorecard: one line per department that leads a commitment in
    scope or filed a report in scope, by name. Three queries."""
    today = scope.today
    by_owner = (
        scope.commitments()
        .with_light(today)
        .order_by()
        .values("lead_owner_id")
        .annotate(
            **_light_and_status_counts(scope),
            not_started=Count("pk", filter=Q(status=Status.NOT_STARTED)),
            on_track=Count("pk", filter=Q(status=Status.ON_TRACK)),
            at_risk=Count("pk", filter=Q(status=Status.AT_RISK)),
            delayed=Count("pk", filter=Q(status=Status.DELAYED)),
            cancelled=Count("pk", filter=Q(status=Status.CANCELLED)),
            due_original=Count("pk", filter=punctuality.was_due("original_deadline", today)),
            on_time_original=Count("pk", filter=punctuality.completed_by("original_deadline")),
            due_approved=Count("pk", filter=punctuality.was_due("deadline", today)),
            on_time_approved=Count("pk", filter=punctuality.completed_by("deadline")),
        )
    )
    reports = (
        punctuality.annotate_report_punctuality(
            scope.reports().filter(punctuality.first_of_period())
        )
        .order_by()
        .values("department_id")
        .annotate(
            filed=Count("pk"),
            on_time=Count("pk", filter=Q(days_late=0)),
            avg_late=Avg("days_late", filter=Q(days_late__gt=0)),
        )
    )
    owners = {row["lead_owner_id"]: row for row in by_owner}
    filings = {row["department_id"]: row for row in reports}
    names = dict(
        Department.objects.filter(pk__in=owners.keys() | filings.keys()).values_list("pk", "name")
    )
    empty: dict = {}
    lines = []
    for pk, name in sorted(names.items(), key=lambda item: item[1]):
        c, r = owners.get(pk, empty), filings.get(pk, empty)
        avg_late = r.get("avg_late")
        lines.append(
            DepartmentRollup(
                department_id=pk,
                department=name,
                owned=c.get("n", 0) + c.get("cancelled", 0),
                completed=c.get("completed", 0),
                not_started=c.get("not_started", 0),
                on_track=c.get("on_track", 0),
                at_risk=c.get("at_risk", 0),
                delayed=c.get("delayed", 0),
                cancelled=c.get("cancelled", 0),
                overdue=c.get("overdue", 0),
                lights=LightCounts(c.get("red", 0), c.get("yellow", 0), c.get("green", 0)),
                reports_filed=r.get("filed", 0),
                reports_on_time=r.get("on_time", 0),
                avg_days_late=round(float(avg_late), 1) if avg_late is not None else None,
                due_original=c.get("due_original", 0),
                on_time_original=c.get("on_time_original", 0),
                due_approved=c.get("due_approved", 0),
                on_time_approved=c.get("on_time_approved", 0),
            )
        )
    return lines


def _progress(
    row: dict, *, pk: int, number: int | None, title: str, plan_id: int
) -> ProgressRollup:
    progress = row.get("progress")
    return ProgressRollup(
        id=pk,
        number=number,
        title=title,
        plan_id=plan_id,
        commitments=row.get("n", 0),
        completed=row.get("completed", 0),
        overdue=row.get("overdue", 0),
        progress=round(float(progress), 1) if progress is not None else None,
        lights=LightCounts(row.get("red", 0), row.get("yellow", 0), row.get("green", 0)),
    )


def section_rollups(scope: ReportScope) -> list[ProgressRollup]:
    """Progress per section of the plan(s) in scope, in plan and section
    order. Sections without commitments in scope are listed with zeros when a
    plan is chosen, so the dashboard shows the whole plan. Two queries."""
    rows = {
        row["section_id"]: row
        for row in scope.commitments()
        .with_light(scope.today)
        .order_by()
        .values("section_id")
        .annotate(**_light_and_status_counts(scope))
    }
    sections = Section.objects.order_by("plan_id", "number")
    sections = (
        sections.filter(plan=scope.plan)
        if scope.plan is not None
        else sections.filter(pk__in=rows.keys())
    )
    return [
        _progress(rows.get(s.pk, {}), pk=s.pk, number=s.number, title=s.title, plan_id=s.plan_id)
        for s in sections.only("pk", "number", "title", "plan_id")
    ]


def plan_rollups(scope: ReportScope) -> list[ProgressRollup]:
    """Progress of each plan in scope (one line when a plan is chosen)."""
    rows = {
        row["plan_id"]: row
        for row in scope.commitments()
        .with_light(scope.today)
        .order_by()
        .values("plan_id")
        .annotate(**_light_and_status_counts(scope))
    }
    plans = (
        Plan.objects.filter(pk=scope.plan.pk)
        if scope.plan is not None
        else Plan.objects.filter(pk__in=rows.keys())
    )
    return [
        _progress(rows.get(p.pk, {}), pk=p.pk, number=None, title=p.title, plan_id=p.pk)
        for p in plans.only("pk", "title", "year")
    ]


def plan_totals(scope: ReportScope) -> ProgressRollup | None:
    """The chosen plan's own line, for headlines."""
    lines = plan_rollups(scope)
    return lines[0] if lines else None
