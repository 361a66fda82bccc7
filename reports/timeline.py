"""Reports filed over time, month by month, on time or late (the chart).

Counts the first report of each commitment, department and month (as the
scorecard does), grouped by the month reported on. One query.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q

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
    rows = (
        punctuality.annotate_report_punctuality(
            scope.reports().filter(punctuality.first_of_period())
        )
        .order_by()
        .values("period")
        .annotate(
            on_time=Count("pk", filter=Q(days_late=0)), late=Count("pk", filter=Q(days_late__gt=0))
        )
        .order_by("period")
    )
    return [PeriodCount(r["period"], r["on_time"], r["late"]) for r in rows]
