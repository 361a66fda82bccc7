"""The overdue list: one query shared by the API, the exports, the dashboard
and the overdue digest e-mails, so that they never disagree."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import DateField, OuterRef, QuerySet, Subquery, Value
from django.utils import timezone

from commitments.choices import CLOSED_STATUSES
from commitments.lights import DaysBetween
from commitments.models import Commitment, ProgressReport


def overdue_queryset(
    today: datetime.date | None = None,
    department_ids: Iterable[int] | None = None,
    plan_id: int | None = None,
) -> QuerySet[Commitment]:
    """Open commitments past their (approved) deadline, most overdue first.

    Annotates ``days_overdue`` and the latest report's status, percent, time
    and narrative; a constant number of queries whatever the size. The latest
    report is the latest filed by ``today``, so a list drawn up for a past
    day shows what was known on that day.
    """
    today = today or timezone.localdate()
    latest = ProgressReport.objects.filter(
        commitment=OuterRef("pk"),
        created_at__date__lte=today,
    ).order_by("-created_at", "-id")
    qs = (
        Commitment.objects.exclude(status__in=CLOSED_STATUSES)
        .filter(deadline__lt=today)
        .select_related("lead_owner", "section", "plan")
        .annotate(
            days_overdue=DaysBetween(Value(today, output_field=DateField()), "deadline"),
            last_report_status=Subquery(latest.values("status")[:1]),
            last_report_percent=Subquery(latest.values("percent")[:1]),
            last_report_created=Subquery(latest.values("created_at")[:1]),
            last_report_narrative=Subquery(latest.values("narrative")[:1]),
        )
        .order_by("deadline", "code")
    )
    if department_ids is not None:
        qs = qs.filter(lead_owner_id__in=list(department_ids))
    if plan_id is not None:
        qs = qs.filter(plan_id=plan_id)
    return qs


@dataclass(frozen=True)
class OverdueRow:
    id: int
    code: str
    title: str
    department_id: int
    department: str
    deadline: datetime.date
    original_deadline: datetime.date
    days_overdue: int
    status: str
    percent: int
    last_report_status: str | None
    last_report_percent: int | None
    last_report_at: datetime.datetime | None
    last_report_narrative: str | None


def overdue_rows(
    today: datetime.date | None = None,
    department_ids: Iterable[int] | None = None,
    plan_id: int | None = None,
) -> list[OverdueRow]:
    return [
        OverdueRow(
            id=c.pk,
            code=c.code,
            title=c.title,
            department_id=c.lead_owner_id,
            department=c.lead_owner.name,
            deadline=c.deadline,
            original_deadline=c.original_deadline,
            days_overdue=c.days_overdue,
            status=c.status,
            percent=c.percent,
            last_report_status=c.last_report_status,
            last_report_percent=c.last_report_percent,
            last_report_at=c.last_report_created,
            last_report_narrative=c.last_report_narrative,
        )
        for c in overdue_queryset(today, department_ids, plan_id)
    ]
