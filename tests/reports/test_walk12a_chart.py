"""Walk 12a, M1: the dashboard's monthly chart counts 按时报送 by the scorecard's rule
(``reports.punctuality.on_time_and_owed``): a report filed before its month's due day is
filed, not yet on time (SPEC §4), so chart, scorecard and summary file say the same."""

from __future__ import annotations

import datetime
import io
import re

import openpyxl
import pytest
from django.test import Client

from commitments.choices import Role
from commitments.models import Commitment
from reports import summary_cache
from reports.rollups import department_rollups
from reports.scope import ReportScope
from reports.timeline import reports_by_period
from tests import factories
from tests.clock import at as clock_at
from tests.clock import frozen
from tests.reports.seed import at, file_report
from tests.reports.test_api import body, get

pytestmark = pytest.mark.django_db

d = datetime.date
UNITS = ("社会事务办", "农业农村办", "经济发展办")


@pytest.fixture
def month():
    """Three units, a pledge each since October (due day 25): November answered on the
    20th, December filed early on the 5th (21 reports in the walk; three here), and one
    unit's October late on 11-02."""
    plan = factories.plan(year=2026, starts_on=d(2026, 10, 1))
    section = factories.section(plan)
    clerk = factories.user(role=Role.ADMIN)
    items = []
    for n, name in enumerate(UNITS, 1):
        item = factories.commitment(factories.department(name), section, number=n)
        Commitment.objects.filter(pk=item.pk).update(created_at=at(d(2026, 10, 1)))
        items.append(item)
        file_report(
            item, item.lead_owner, clerk, period="2026-11", filed=d(2026, 11, 20), percent=40
        )
        file_report(
            item, item.lead_owner, clerk, period="2026-12", filed=d(2026, 12, 5), percent=50
        )
    first = items[0]
    file_report(first, first.lead_owner, clerk, period="2026-10", filed=d(2026, 11, 2), percent=20)
    summary_cache.forget()
    supervisor = factories.user(role=Role.SUPERVISOR, supervises=[i.lead_owner for i in items])
    return plan, supervisor


def _scorecard_on_time(plan, day: datetime.date) -> int:
    return sum(line.reports_on_time for line in department_rollups(ReportScope(day, plan)))


def _xlsx_on_time(plan, supervisor, day: datetime.date) -> int:
    response = get(
        supervisor, "/api/v1/reports/summary/", plan=plan.pk, date=day.isoformat(), format="xlsx"
    )
    book = openpyxl.load_workbook(io.BytesIO(body(response)))
    total = 0
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        header = next((r for r in rows if "按时报送" in r and "应报次数" in r), None)
        if header is None:
            continue
        column = header.index("按时报送")
        for row in rows[rows.index(header) + 1 :]:
            if any(unit in str(cell) for cell in row for unit in UNITS):
                total += int(row[column] or 0)
    return total


def _page_months(plan, supervisor, day: datetime.date) -> dict[str, tuple[int, int, int]]:
    client = Client()
    client.force_login(supervisor)
    html = client.get("/dashboard/", {"plan": plan.pk, "date": day.isoformat()}).content.decode()
    rows = re.findall(
        r'data-period="([\d-]+)" data-on-time="(\d+)" data-late="(\d+)" data-early="(\d+)"', html
    )
    return {period: (int(a), int(b), int(c)) for period, a, b, c in rows}


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        # December's due day ahead: its three reports are filed, not on time
        (d(2026, 12, 7), {"2026-10": (0, 1, 0), "2026-11": (3, 0, 0), "2026-12": (0, 0, 3)}),
        # on the due day itself still ahead of being owed
        (d(2026, 12, 25), {"2026-10": (0, 1, 0), "2026-11": (3, 0, 0), "2026-12": (0, 0, 3)}),
        # the day after: filed by the 25th, so on time
        (d(2026, 12, 26), {"2026-10": (0, 1, 0), "2026-11": (3, 0, 0), "2026-12": (3, 0, 0)}),
    ],
    ids=["early-in-december", "on-the-due-day", "after-the-due-day"],
)
def test_the_chart_scorecard_and_summary_file_agree(month, day, expected):
    plan, supervisor = month
    with frozen(clock_at(f"{day} 09:30")):  # the page's day is never after today
        chart = reports_by_period(ReportScope(day, plan))
        assert {p.period: (p.on_time, p.late, p.early) for p in chart} == expected
        assert _page_months(plan, supervisor, day) == expected
        on_time = sum(p.on_time for p in chart)
        assert _scorecard_on_time(plan, day) == on_time
        assert _xlsx_on_time(plan, supervisor, day) == on_time
