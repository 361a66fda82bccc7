"""The ledger (督办台账): every commitment in scope with its light and why.

One query for the commitments (light, last report filed by the day in
scope) and one for their co-owners, whatever the number of rows.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery

from commitments import rules
from commitments.choices import Light, Status
from commitments.lights import light_reason
from commitments.models import Commitment, CoOwnership, ProgressReport
from reports.scope import ReportScope


@dataclass(frozen=True)
class LedgerRow:
    id: int
    code: str
    plan_id: int
    section_number: int
    section: str
    title: str
    lead_owner: str
    co_owners: list[str]
    official: str
    deadline: datetime.date
    original_deadline: datetime.date
    status: str
    percent: int
    light: str
    light_reason: str
    last_report_on: datetime.date | None

    @property
    def status_label(self) -> str:
        return str(Status(self.status).label)

    @property
    def light_label(self) -> str:
        return str(Light(self.light).label)


def ledger_queryset(scope: ReportScope) -> QuerySet[Commitment]:
    latest = ProgressReport.objects.filter(
        commitment=OuterRef("pk"),
        created_at__date__lte=scope.today,
    ).order_by("-created_at", "-id")
    co_owners = CoOwnership.objects.select_related("department").order_by("department__name")
    return (
        scope.ledger_commitments()
        .with_light(scope.today)
        .select_related("plan", "section", "lead_owner")
        .prefetch_related(Prefetch("coownerships", queryset=co_owners))
        .annotate(last_filed_at=Subquery(latest.values("created_at")[:1]))
        .order_by("plan__year", "plan_id", "section__number", "number", "code")
    )


_local_day = rules.local_day


def ledger_rows(scope: ReportScope) -> list[LedgerRow]:
    rows = []
    for c in ledger_queryset(scope):
        rows.append(
            LedgerRow(
                id=c.pk,
                code=c.code,
                plan_id=c.plan_id,
                section_number=c.section.number,
                section=c.section.title,
                title=c.title,
                lead_owner=c.lead_owner.name,
                co_owners=[co.department.name for co in c.coownerships.all()],
                official=c.official,
                deadline=c.deadline,
                original_deadline=c.original_deadline,
                status=c.status,
                percent=c.percent,
                light=c.light,
                light_reason=light_reason(c, scope.today).reason,
                last_report_on=_local_day(c.last_filed_at),
            )
        )
    return rows
