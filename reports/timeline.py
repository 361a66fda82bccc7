"""Reports filed over time, month by month, on time, late or early (the chart).

Counts the first report of each commitment, department and month (as the
scorecard does), grouped by the month reported on: one query over the kept
counts (``commitments.models.FirstReportTally``). On time is the scorecard's
rule (``punctuality.on_time_and_owed``): a report filed before its month's due
day, once that day has passed; until then it is early (filed, not yet on time,
SPEC §4). Late is the scorecard's too (``punctuality.late``): filed after the due
day of a month the pledge owed. A report for a month it did not owe (assigned
after that month's due day, before its plan starts, cancelled since) is early
whatever the day it was filed: neither on time nor late, as in the scorecard.

The scorecard caps a department's 按时报送 at its 应报次数; the chart does not cap a
month's: reports from a department that no longer owes the pledge (an excused or
removed co-owner, a lead changed, a department merged) are counted as filed
(``reports.views`` says so on the page when the two totals differ).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F, Q, Sum

from reports import punctuality
from reports.scope import ReportScope


@dataclass(frozen=True)
class PeriodCount:
    period: str  # YYYY-MM
    on_time: int  # filed by the due day, the due day passed (the scorecard's 按时报送)
    late: int  # filed after the due day of a month owed (the scorecard's 迟报)
    early: int = 0  # filed, the month not owed (yet): its due day ahead, or not owed at all

    @property
    def total(self) -> int:
        return self.on_time + self.late + self.early


def reports_by_period(scope: ReportScope) -> list[PeriodCount]:
    """The first reports filed up to ``scope.today`` per month reported on, oldest
    month first, each month's counted as on time, late or early (``PeriodCount``)."""
    reports = F("reports")
    on_time = punctuality.on_time_and_owed(scope.today)
    rows = (
        punctuality.first_reports(scope)
        .values("month")
        .annotate(
            on_time=Sum(reports, filter=on_time),
            late=Sum(reports, filter=punctuality.late()),
            early=Sum(reports, filter=Q(days_late=0) & ~punctuality.owed(scope.today)),
        )
        .order_by("month")
    )
    return [
        PeriodCount(f"{r['month']:%Y-%m}", r["on_time"] or 0, r["late"] or 0, r["early"] or 0)
        for r in rows
    ]
