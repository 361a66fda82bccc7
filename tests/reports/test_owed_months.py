"""A report for a month the pledge did not owe is early, never late (browser walk, owed14).

The walk: a plan's 每月报送截止日 set to 5, pledges assigned on the 7th, reports filed
the same day. Nothing is owed until January (``punctuality.due_periods``: assigned
after the month's due day, owed from the next month), so the scorecard said 应报次数 0
and 不参与排名 — yet 平均迟报天数 2.0, and the chart counted the reports as 迟报. Now
the first-report tallies keep whether the pledge owed the month (``owed_from_day``), and
scorecard, chart, page, API and XLSX count such a report as filed early: neither on time
nor late. A pledge assigned by the due day still owes the month, and a report after the
due day is late as before; an administrator's later change of the due day or the start,
and a cancellation, move the counts.
"""

from __future__ import annotations

import datetime
import io
import re

import openpyxl
import pytest
from django.test import Client

from commitments.choices import Role, Status
from commitments.models import Commitment, DueDayReportTally, FirstReportTally, Plan
from commitments.services import reporting, workflow
from commitments.services.first_reports import rebuild_first_report_tallies
from reports import summary_cache
from reports.rollups import department_rollups
from reports.scope import ReportScope
from reports.timeline import reports_by_period
from tests import factories
from tests.clock import at, frozen
from tests.reports.test_api import body, get

pytestmark = pytest.mark.django_db

d = datetime.date
UNITS = ("社会事务办", "农业农村办", "经济发展办")


def assign(section, name: str, number: int, when: str) -> Commitment:
    """A department leading a pledge assigned (entered in the ledger) at ``when``."""
    item = factories.commitment(factories.department(name), section, number=number)
    Commitment.objects.filter(pk=item.pk).update(created_at=at(when))
    item.refresh_from_db()
    return item


def file(item: Commitment, when: str, department=None, percent: int = 10):
    """A report filed through the filing service at ``when`` (the clock stopped there)."""
    department = department or item.lead_owner
    with frozen(at(when)):
        return reporting.file_report(
            item.pk,
            factories.user(dept=department),
            department,
            reporting.ReportInput(
                status=Status.ON_TRACK,
                percent=percent,
                as_of=at(when).date(),
                narrative=f"{when} 进展",
            ),
        )


def card(day: datetime.date, plan: Plan | None = None) -> dict[str, tuple]:
    """Per department: 应报次数, 报送次数, 按时报送, 应报未报, 平均迟报天数, 排名."""
    return {
        line.department: (
            line.reports_due,
            line.reports_filed,
            line.reports_on_time,
            line.reports_missing,
            line.avg_days_late,
            line.rank,
        )
        for line in department_rollups(ReportScope(day, plan))
    }


def chart(day: datetime.date, plan: Plan | None = None) -> dict[str, tuple[int, int, int]]:
    """Per month: 按时报送, 迟报, 提前报送."""
    return {
        p.period: (p.on_time, p.late, p.early) for p in reports_by_period(ReportScope(day, plan))
    }


def kept() -> tuple[set, set]:
    return (
        set(
            FirstReportTally.objects.filter(reports__gt=0).values_list(
                "plan_id", "department_id", "month", "filed_on", "owed_from_day", "reports"
            )
        ),
        set(
            DueDayReportTally.objects.filter(reports__gt=0).values_list(
                "department_id", "due_day", "month", "filed_on", "owed_from_day", "reports"
            )
        ),
    )


def assert_kept_as_counted_again() -> None:
    """The counts kept filing by filing (and moved since) equal counting again."""
    before = kept()
    rebuild_first_report_tallies()
    assert kept() == before


@pytest.fixture
def plan():
    """A 2026 plan (from 1 January) whose reports are due on the 5th."""
    return factories.plan(2026, report_due_day=5, title="2026年工作安排")


@pytest.fixture
def walk(plan):
    """Three units, a pledge each assigned on 12-07 (after the due day, the 5th), and
    each unit's first report filed the same day."""
    section = factories.section(plan)
    items = [assign(section, name, n, "2026-12-07 09:00") for n, name in enumerate(UNITS, 1)]
    for item in items:
        file(item, "2026-12-07 10:30")
    summary_cache.forget()
    return items


NOTHING_OWED = (0, 1, 0, 0, None, None)


@pytest.mark.parametrize("over_all_plans", [False, True], ids=["the-plan", "all-plans"])
@pytest.mark.parametrize(
    "day", [d(2026, 12, 7), d(2026, 12, 31)], ids=["the-day-assigned", "month-end"]
)
def test_reports_for_a_month_assigned_after_its_due_day_are_early(plan, walk, day, over_all_plans):
    scope_plan = None if over_all_plans else plan
    assert card(day, scope_plan) == dict.fromkeys(UNITS, NOTHING_OWED)
    assert chart(day, scope_plan) == {"2026-12": (0, 0, 3)}
    assert_kept_as_counted_again()


@pytest.mark.parametrize("over_all_plans", [False, True], ids=["the-plan", "all-plans"])
def test_january_is_owed_and_decembers_reports_stay_early(plan, walk, over_all_plans):
    """After January's due day each owes January (missing), December stays early."""
    scope_plan = None if over_all_plans else plan
    day = d(2027, 1, 6)
    assert card(day, scope_plan) == dict.fromkeys(UNITS, (1, 1, 0, 1, None, 1))
    assert chart(day, scope_plan) == {"2026-12": (0, 0, 3)}


def _dashboard(user, plan: Plan, day: datetime.date, language: str = "zh-CN") -> str:
    client = Client()
    client.force_login(user)
    with frozen(at(f"{day} 18:00")):  # the page's day is never after today
        response = client.get(
            "/dashboard/", {"plan": plan.pk, "date": day.isoformat(), "lang": language}
        )
    assert response.status_code == 200
    return response.content.decode()


def _page_scorecard(html: str, field: str) -> dict[str, str]:
    rows = re.findall(r'<tr data-department="([^"]+)"(.*?)</tr>', html, re.S)
    found = {}
    for name, row in rows:
        cell = re.search(rf'<td data-field="{field}"[^>]*>(?:<a [^>]*>)?([^<]*)<', row)
        assert cell is not None, (name, field)
        found[name] = cell.group(1)
    return found


def _page_months(html: str) -> dict[str, tuple[int, int, int]]:
    rows = re.findall(
        r'data-period="([\d-]+)" data-on-time="(\d+)" data-late="(\d+)" data-early="(\d+)"', html
    )
    return {period: (int(a), int(b), int(c)) for period, a, b, c in rows}


@pytest.mark.parametrize(
    ("language", "early"), [("zh-CN", "提前报送"), ("en", "Filed early")], ids=["zh", "en"]
)
def test_the_page_shows_no_late_report_and_no_average_days_late(plan, walk, language, early):
    supervisor = factories.user(role=Role.SUPERVISOR, supervises=[i.lead_owner for i in walk])
    html = _dashboard(supervisor, plan, d(2026, 12, 7), language)
    assert _page_months(html) == {"2026-12": (0, 0, 3)}
    assert f"<th>{early}</th>" in html
    assert _page_scorecard(html, "avg_days_late") == dict.fromkeys(UNITS, "—")
    assert _page_scorecard(html, "reports_due") == dict.fromkeys(UNITS, "0")
    assert _page_scorecard(html, "reports_filed") == dict.fromkeys(UNITS, "1")
    assert 'data-field="early-rule"' in html
    assert 'data-field="on-time-apart"' not in html  # chart and scorecard agree


def _xlsx_scorecard(user, plan: Plan | None, day: datetime.date) -> dict[str, dict[str, object]]:
    params = {"date": day.isoformat(), "format": "xlsx"}
    if plan is not None:
        params["plan"] = plan.pk
    with frozen(at(f"{day} 18:00")):
        response = get(user, "/api/v1/reports/summary/", **params)
    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(body(response)))
    found: dict[str, dict[str, object]] = {}
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        header = next((r for r in rows if "平均迟报天数" in r and "应报次数" in r), None)
        if header is None:
            continue
        for row in rows[rows.index(header) + 1 :]:
            name = next((u for u in UNITS if any(u == str(cell) for cell in row)), None)
            if name is not None:
                found[name] = dict(zip(header, row, strict=False))
    return found


@pytest.mark.parametrize("over_all_plans", [False, True], ids=["the-plan", "all-plans"])
def test_the_scorecard_file_and_api_say_the_same(plan, walk, over_all_plans):
    supervisor = factories.user(role=Role.SUPERVISOR, supervises=[i.lead_owner for i in walk])
    scope_plan = None if over_all_plans else plan
    lines = _xlsx_scorecard(supervisor, scope_plan, d(2026, 12, 7))
    assert set(lines) == set(UNITS)
    for line in lines.values():
        assert (line["应报次数"], line["报送次数"], line["按时报送"]) == (0, 1, 0)
        assert line["平均迟报天数"] in (None, "", "—")
    params = {"date": "2026-12-07"} | ({} if over_all_plans else {"plan": plan.pk})
    with frozen(at("2026-12-07 18:00")):
        response = get(supervisor, "/api/v1/reports/summary/", **params)
    departments = {row["department"]: row for row in response.json()["departments"]}
    assert {name: departments[name]["avg_days_late"] for name in UNITS} == dict.fromkeys(UNITS)


@pytest.mark.parametrize(
    ("assigned", "expected_card", "expected_chart"),
    [
        # assigned before the due day: December owed, filed on the 7th: 2 days late
        ("2026-12-03 09:00", (1, 1, 0, 0, 2.0, 1), (0, 1, 0)),
        # assigned on the due day itself (late in the evening): still owed
        ("2026-12-05 21:00", (1, 1, 0, 0, 2.0, 1), (0, 1, 0)),
        # assigned in November, after November's due day: owed from December
        ("2026-11-20 09:00", (1, 1, 0, 0, 2.0, 1), (0, 1, 0)),
        # assigned the day after the due day: December not owed, the report early
        ("2026-12-06 08:00", NOTHING_OWED, (0, 0, 1)),
    ],
    ids=["before-the-due-day", "on-the-due-day", "the-month-before", "after-the-due-day"],
)
@pytest.mark.parametrize("over_all_plans", [False, True], ids=["the-plan", "all-plans"])
def test_a_month_owed_is_late_when_filed_after_its_due_day(
    plan, assigned, expected_card, expected_chart, over_all_plans
):
    item = assign(factories.section(plan), "住建局", 1, assigned)
    file(item, "2026-12-07 10:30")
    scope_plan = None if over_all_plans else plan
    assert card(d(2026, 12, 8), scope_plan) == {"住建局": expected_card}
    assert chart(d(2026, 12, 8), scope_plan) == {"2026-12": expected_chart}
    assert_kept_as_counted_again()


def _admin_saves(plan: Plan, **changes) -> None:
    """The administrator changes the plan in its admin form (``PlanAdmin.save_model``)."""
    admin = factories.user(role=Role.ADMIN)
    admin.is_staff = admin.is_superuser = True
    admin.save()
    client = Client()
    client.force_login(admin)
    url = f"/admin/commitments/plan/{plan.pk}/change/"
    page = client.get(url)
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data.update(changes)
    for inline in page.context["inline_admin_formsets"]:
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
    assert response.status_code == 302, response.context["adminform"].form.errors
    summary_cache.forget()


@pytest.mark.parametrize("over_all_plans", [False, True], ids=["the-plan", "all-plans"])
def test_an_administrator_changing_the_due_day_or_start_moves_the_counts(plan, over_all_plans):
    """Assigned on 12-07, filed on 12-09: under the 5th December is not owed (early);
    under the 8th it is, and 12-09 is a day late; under the 12th it is on time; a start
    moved to January leaves December unowed again."""
    item = assign(factories.section(plan), "住建局", 1, "2026-12-07 09:00")
    file(item, "2026-12-09 10:30")
    scope_plan = None if over_all_plans else plan
    assert card(d(2026, 12, 13), scope_plan) == {"住建局": NOTHING_OWED}
    assert chart(d(2026, 12, 13), scope_plan) == {"2026-12": (0, 0, 1)}

    _admin_saves(plan, report_due_day=8)
    assert card(d(2026, 12, 13), scope_plan) == {"住建局": (1, 1, 0, 0, 1.0, 1)}
    assert chart(d(2026, 12, 13), scope_plan) == {"2026-12": (0, 1, 0)}
    assert_kept_as_counted_again()

    _admin_saves(plan, report_due_day=12)
    assert card(d(2026, 12, 13), scope_plan) == {"住建局": (1, 1, 1, 0, None, 1)}
    assert chart(d(2026, 12, 13), scope_plan) == {"2026-12": (1, 0, 0)}
    assert_kept_as_counted_again()

    _admin_saves(plan, starts_on="2027-01-01")
    assert card(d(2026, 12, 13), scope_plan) == {"住建局": NOTHING_OWED}
    assert chart(d(2026, 12, 13), scope_plan) == {"2026-12": (0, 0, 1)}
    assert_kept_as_counted_again()

    _admin_saves(plan, starts_on="2026-01-01", report_due_day=5)
    assert card(d(2026, 12, 13), scope_plan) == {"住建局": NOTHING_OWED}
    assert_kept_as_counted_again()


@pytest.mark.parametrize("over_all_plans", [False, True], ids=["the-plan", "all-plans"])
def test_a_cancelled_pledge_owes_nothing_and_its_late_report_is_late_again_when_reopened(
    plan, over_all_plans
):
    item = assign(factories.section(plan), "住建局", 1, "2026-11-02 09:00")
    file(item, "2026-12-07 10:30")
    supervisor = factories.user(role=Role.SUPERVISOR, supervises=[item.lead_owner])
    scope_plan = None if over_all_plans else plan
    day = d(2026, 12, 8)
    # November (missing) and December (2 days late) owed
    assert card(day, scope_plan) == {"住建局": (2, 1, 0, 1, 2.0, 1)}

    with frozen(at("2026-12-08 09:00")):
        workflow.cancel(supervisor, item, "项目取消")
    assert card(day, scope_plan)["住建局"][:5] == (0, 1, 0, 0, None)
    assert chart(day, scope_plan) == {"2026-12": (0, 0, 1)}
    assert_kept_as_counted_again()

    with frozen(at("2026-12-08 10:00")):
        workflow.reopen(supervisor, item, "恢复实施")
    assert card(day, scope_plan) == {"住建局": (2, 1, 0, 1, 2.0, 1)}
    assert chart(day, scope_plan) == {"2026-12": (0, 1, 0)}
    assert_kept_as_counted_again()


def test_over_all_plans_each_plan_is_owed_by_its_own_due_day():
    """One department, a pledge in each of two plans, both assigned on 12-07: under the
    5th December is not owed, under the 10th it is (and filed by then, on time)."""
    fifth = factories.plan(2026, report_due_day=5)
    tenth = factories.plan(2026, report_due_day=10)
    lead = factories.department("住建局")
    for number, p in enumerate((fifth, tenth), 1):
        item = factories.commitment(lead, factories.section(p), number=number)
        Commitment.objects.filter(pk=item.pk).update(created_at=at("2026-12-07 09:00"))
        file(item, "2026-12-07 10:30")
    day = d(2026, 12, 11)
    assert card(day, fifth) == {"住建局": NOTHING_OWED}
    assert card(day, tenth) == {"住建局": (1, 1, 1, 0, None, 1)}
    assert card(day) == {"住建局": (1, 2, 1, 0, None, 1)}
    assert chart(day) == {"2026-12": (1, 0, 1)}
    assert_kept_as_counted_again()


def test_the_page_says_why_the_charts_on_time_is_more_than_the_scorecards(plan):
    """An excused co-owner (免报) still reports on time: the chart counts its report, the
    scorecard's 按时报送 stops at what it owes (nothing): the page says both totals."""
    lead, co = factories.department("住建局"), factories.department("财政局")
    item = factories.commitment(lead, factories.section(plan), co_owners=[co])
    Commitment.objects.filter(pk=item.pk).update(created_at=at("2026-11-02 09:00"))
    supervisor = factories.user(role=Role.SUPERVISOR, supervises=[lead, co])
    with frozen(at("2026-12-01 09:00")):
        workflow.excuse_co_owner(supervisor, item, co, "不再参与")
    file(item, "2026-12-03 10:00")
    file(item, "2026-12-04 10:00", department=co)
    day = d(2026, 12, 6)
    assert chart(day, plan) == {"2026-12": (2, 0, 0)}
    lines = card(day, plan)
    assert (lines["住建局"][2], lines["财政局"][2]) == (1, 0)
    summary_cache.forget()
    html = _dashboard(supervisor, plan, day)
    note = re.search(
        r'data-field="on-time-apart" data-chart="(\d+)" data-scorecard="(\d+)">([^<]+)<', html
    )
    assert note is not None
    assert note.group(1, 2) == ("2", "1")
    assert "图中按时报送合计 2 次，考评表合计 1 次" in note.group(3)
