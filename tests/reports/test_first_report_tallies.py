"""The first-report tallies kept by the filing service agree with the reports.

The scorecard's report punctuality reads ``FirstReportTally`` (kept as reports
are filed) instead of finding the first report of every period among all
reports. Here reports go through the filing service on a clock we move: on
time, late, a second report in a month, a co-owner's, one filed before the
plan's year began, one back-dated before the month's first; the kept counts
must equal counting again from the reports, and the scorecard must not change.
"""

from __future__ import annotations

import datetime
from unittest import mock

import pytest

from commitments.choices import Status
from commitments.models import FirstReportTally
from commitments.services import reporting
from reports.punctuality import rebuild_first_report_tallies
from reports.rollups import department_rollups
from reports.scope import ReportScope
from reports.timeline import reports_by_period
from tests import factories
from tests.reports.seed import at

pytestmark = pytest.mark.django_db

AS_OF = datetime.date(2024, 6, 1)


def file(item, department, user, filed: datetime.date, as_of: datetime.date, hour: int = 10):
    with mock.patch("django.utils.timezone.now", return_value=at(filed, hour)):
        return reporting.file_report(
            item.pk,
            user,
            department,
            reporting.ReportInput(status=Status.ON_TRACK, percent=10, as_of=as_of),
        )


def kept() -> set[tuple]:
    return set(
        FirstReportTally.objects.filter(reports__gt=0).values_list(
            "plan_id", "department__name", "month", "filed_on", "reports"
        )
    )


@pytest.fixture
def filed():
    lead, co = factories.department("住建局"), factories.department("财政局")
    lead_staff, co_staff = factories.user(dept=lead), factories.user(dept=co)
    # Imported on 2023-12-15, ahead of its year: reports may come before 2024.
    with mock.patch("django.utils.timezone.now", return_value=at(datetime.date(2023, 12, 15))):
        plan = factories.plan(2024)
    item = factories.commitment(lead, factories.section(plan), co_owners=[co])
    d = datetime.date
    file(item, lead, lead_staff, d(2023, 12, 20), d(2023, 12, 20))  # before the plan's year
    file(item, lead, lead_staff, d(2024, 3, 20), d(2024, 3, 20))  # on time (due the 25th)
    file(item, lead, lead_staff, d(2024, 3, 28), d(2024, 3, 28))  # a correction: not counted
    file(item, co, co_staff, d(2024, 4, 10), d(2024, 4, 10))  # a co-owner's, on time
    file(item, lead, lead_staff, d(2024, 4, 27), d(2024, 4, 27))  # 2 days late
    file(item, lead, lead_staff, d(2024, 5, 20), d(2024, 4, 27))
    # A clock set back: filed "before" May's first report, it is the first now.
    file(item, lead, lead_staff, d(2024, 5, 12), d(2024, 4, 27), hour=9)
    file(item, lead, lead_staff, d(2024, 6, 20), d(2024, 6, 20))  # after AS_OF
    return type("Filed", (), {"plan": plan, "lead": lead, "co": co, "item": item})


def test_it_keeps_one_count_per_first_report(filed):
    p = filed.plan.pk
    assert kept() == {
        (p, "住建局", datetime.date(2023, 12, 1), datetime.date(2023, 12, 20), 1),
        (p, "住建局", datetime.date(2024, 3, 1), datetime.date(2024, 3, 20), 1),
        (p, "财政局", datetime.date(2024, 4, 1), datetime.date(2024, 4, 10), 1),
        (p, "住建局", datetime.date(2024, 4, 1), datetime.date(2024, 4, 27), 1),
        (p, "住建局", datetime.date(2024, 5, 1), datetime.date(2024, 5, 12), 1),
        (p, "住建局", datetime.date(2024, 6, 1), datetime.date(2024, 6, 20), 1),
    }


def test_the_kept_counts_equal_counting_again_from_the_reports(filed):
    scope = ReportScope(AS_OF, filed.plan)
    before, chart = department_rollups(scope), reports_by_period(scope)
    counted = kept()
    rebuild_first_report_tallies()
    assert kept() == counted
    assert department_rollups(ReportScope(AS_OF, filed.plan)) == before
    assert reports_by_period(ReportScope(AS_OF, filed.plan)) == chart


def test_the_scorecard_reads_them_as_of_the_day(filed):
    lines = {line.department: line for line in department_rollups(ReportScope(AS_OF))}
    lead, co = lines["住建局"], lines["财政局"]
    # December, March, April (late by 2), May; June's came after the day.
    assert (lead.reports_filed, lead.reports_on_time, lead.avg_days_late) == (4, 3, 2.0)
    # Owed January to May (5); four reports whose due day has passed are set
    # against them (December's too, as before the counts were kept).
    assert (lead.reports_due, lead.reports_missing) == (5, 1)
    assert (co.reports_filed, co.reports_on_time, co.avg_days_late) == (1, 1, None)
    assert [(p.period, p.on_time, p.late) for p in reports_by_period(ReportScope(AS_OF))] == [
        ("2023-12", 1, 0),
        ("2024-03", 1, 0),
        ("2024-04", 1, 1),
        ("2024-05", 1, 0),
    ]
