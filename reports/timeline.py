"""Reports filed over time, month by month, on time or late (the chart).

Counts the first report of each commitment, department and month (as the
scorecard does), grouped by the month reported on: one query over the kept
counts (``commitments.models.FirstReportTally``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F, Q, Sum

from reports import punctuality
from reports.scope import ReportScope


@dataclass(frozen=True)
class PeriodCount:
    period: str  # YYYY-MM
    on_time: int
    late: int

    @property
    def total(self) -> int:
        return self.on_time + self.late


def reports_by_period(scope: ReportScope) -> list[PeriodCount]:
    reports = F("reports")
    rows = (
        punctuality.first_reports(scope)
        .values("month")
        .annotate(
            on_time=Sum(reports, filter=Q(days_late=0)),
            late=Sum(reports, filter=Q(days_late__gt=0)),
        )
        .order_by("month")
    )
    return [PeriodCount(f"{r['month']:%Y-%m}", r["on_time"] or 0, r["late"] or 0) for r in rows]
