"""The overdue list's rows for the API, the exports and the dashboard.

The query itself is ``commitments.overdue.overdue_queryset`` (the overdue
digest e-mails read it too, so that they never disagree); what counts as
overdue is ``commitments.rules.overdue``."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from commitments.overdue import overdue_queryset

__all__ = ["OverdueRow", "overdue_queryset", "overdue_rows"]


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
