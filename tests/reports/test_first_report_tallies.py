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
from commitments.models import DueDayReportTally, FirstReportTally
from commitments.services import plans, reporting
from commitments.services.first_reports import rebuild_first_report_tallies
from reports.rollups import department_rollups
from reports.scope import ReportScope
from reports.timeline import reports_by_period
from tests import factories
from tests.reports.seed import at

pytestmark = pytest.mark.django_db

AS_OF = datetime.date(2024, 6, 1)


def file(item, department, user, filed: datetime.date, as_of: datetime.date, hour: int = 10):
    return reporting.file_report(
        item.pk,
        user,
        department,
        reporting.ReportInput(
            status=Status.ON_TRACK, percent=10, as_of=as_of, narrative=f"{filed} 进展"
        ),
        at=at(filed, hour),
    )


def kept() -> set[tuple]:
    return set(
        FirstReportTally.objects.filter(reports__gt=0).values_list(
            "plan_id", "department__name", "month", "filed_on", "reports", "owed_from_day"
        )
    )


def kept_over_plans() -> set[tuple]:
    return set(
        DueDayReportTally.objects.filter(reports__gt=0).values_list(
            "due_day", "department__name", "month", "filed_on", "reports", "owed_from_day"
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
    # December, before the plan starts (2024-01-01), owed under no due day (32).
    assert kept() == {
        (p, "住建局", datetime.date(2023, 12, 1), datetime.date(2023, 12, 20), 1, 32),
        (p, "住建局", datetime.date(2024, 3, 1), datetime.date(2024, 3, 20), 1, 1),
        (p, "财政局", datetime.date(2024, 4, 1), datetime.date(2024, 4, 10), 1, 1),
        (p, "住建局", datetime.date(2024, 4, 1), datetime.date(2024, 4, 27), 1, 1),
        (p, "住建局", datetime.date(2024, 5, 1), datetime.date(2024, 5, 12), 1, 1),
        (p, "住建局", datetime.date(2024, 6, 1), datetime.date(2024, 6, 20), 1, 1),
    }


def test_the_kept_counts_equal_counting_again_from_the_reports(filed):
    scope = ReportScope(AS_OF, filed.plan)
    before, chart = department_rollups(scope), reports_by_period(scope)
    everywhere = department_rollups(ReportScope(AS_OF))
    counted, over_plans = kept(), kept_over_plans()
    assert {(0, *row[1:]) for row in counted} == over_plans  # the plan has no due day
    rebuild_first_report_tallies()
    assert kept() == counted
    assert kept_over_plans() == over_plans
    assert department_rollups(ReportScope(AS_OF)) == everywhere
    assert department_rollups(ReportScope(AS_OF, filed.plan)) == before
    assert reports_by_period(ReportScope(AS_OF, filed.plan)) == chart


def test_the_scorecard_reads_them_as_of_the_day(filed):
    lines = {line.department: line for line in department_rollups(ReportScope(AS_OF))}
    lead, co = lines["住建局"], lines["财政局"]
    # December, March, April (late by 2), May; June's came after the day. December,
    # before the plan's start, was not owed: filed, neither on time nor late.
    assert (lead.reports_filed, lead.reports_on_time, lead.avg_days_late) == (4, 2, 2.0)
    # Owed January to May (5), answered in March, April and May: January and
    # February are missing (December's report answers no month owed).
    assert (lead.reports_due, lead.reports_missing) == (5, 2)
    assert (co.reports_filed, co.reports_on_time, co.avg_days_late) == (1, 1, None)
    chart = reports_by_period(ReportScope(AS_OF))
    assert [(p.period, p.on_time, p.late, p.early) for p in chart] == [
        ("2023-12", 0, 0, 1),
        ("2024-03", 1, 0, 0),
        ("2024-04", 1, 1, 0),
        ("2024-05", 1, 0, 0),
    ]


def test_a_plan_with_its_own_due_day_is_counted_apart(filed):
    """Over all plans the counts go by the plans' due day; changing a plan's
    due day (the administrator's plan form) moves its reports, so the
    scorecard over all plans and the plan's own agree."""
    lead, lead_staff = filed.lead, factories.user(dept=filed.lead)
    other = factories.plan(2024, report_due_day=10)
    later = factories.commitment(lead, factories.section(other))
    file(later, lead, lead_staff, datetime.date(2024, 4, 12), datetime.date(2024, 4, 12))
    assert (10, "住建局", datetime.date(2024, 4, 1), datetime.date(2024, 4, 12), 1, 1) in (
        kept_over_plans()
    )

    def punctuality(scope):
        (line,) = [x for x in department_rollups(scope) if x.department == "住建局"]
        return (line.reports_filed, line.reports_on_time, line.avg_days_late)

    # Filed on 04-12, due on the 10th: 2 days late; with the first plan's: 2.0 too.
    assert punctuality(ReportScope(AS_OF)) == (5, 2, 2.0)
    plans.change_schedule(
        factories.user("root", role="admin"),
        filed.plan.pk,
        report_due_day=15,
        starts_on=filed.plan.starts_on,
    )
    # Against the 15th now: 03-20 and 04-27 are late (5, 12 days); 2023-12-20 answered
    # no month owed (before the plan's start), late under no due day.
    assert punctuality(ReportScope(AS_OF, filed.plan)) == (4, 1, 8.5)
    assert punctuality(ReportScope(AS_OF)) == (5, 1, round((5 + 12 + 2) / 3, 1))
    counted = kept_over_plans()
    rebuild_first_report_tallies()
    assert kept_over_plans() == counted


def test_the_administrator_changing_a_due_day_moves_the_counts(filed, client):
    admin = factories.user("root", role="admin")
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    url = f"/admin/commitments/plan/{filed.plan.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data["report_due_day"] = 15
    for inline in client.get(url).context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name, value in management.initial.items():
            data[f"{management.prefix}-{name}"] = value
        for form_ in formset.initial_forms:  # the plan's sections, unchanged
            for name in form_.fields:
                value = form_.initial.get(name)
                if value is not None and name != "DELETE":
                    data[form_.add_prefix(name)] = getattr(value, "pk", value)
            data[form_.add_prefix("id")] = form_.instance.pk
    response = client.post(url, data)
    assert response.status_code == 302, (
        response.context["adminform"].form.errors,
        [f.formset.errors for f in response.context["inline_admin_formsets"]],
    )
    counted = kept_over_plans()
    rebuild_first_report_tallies()
    assert kept_over_plans() == counted
    assert {row[0] for row in counted} == {15}
