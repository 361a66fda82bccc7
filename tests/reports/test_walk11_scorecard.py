"""Walk 11's scorecard findings (单位排名/考核): 按时报送 counts only periods that were owed
(应报次数), so it is never more than 应报次数 — API, page and files agree."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.test import Client

from commitments.choices import Status
from commitments.models import Commitment
from reports import summary_cache
from reports.rollups import department_rollups
from reports.scope import ReportScope
from tests import factories
from tests.reports.seed import TODAY, at, file_report
from tests.reports.test_api import body, get, query

pytestmark = pytest.mark.django_db

d = datetime.date


def assigned(seed, name: str, number: int, on: datetime.date, **fields) -> Commitment:
    """A new department leading one pledge of the seeded plan, assigned on ``on``."""
    item = factories.commitment(
        factories.department(name), seed.items["c1"].section, number=number, **fields
    )
    Commitment.objects.filter(pk=item.pk).update(created_at=at(on))
    item.refresh_from_db()
    return item


@pytest.fixture
def filings(seed):
    """Three departments whose reports answer periods they did not (all) owe."""
    clerk = seed.staff  # who filed is not what is counted
    # Assigned today (07-10, due day 25): nothing owed yet; files July early, twice over
    # (two pledges).
    early = assigned(seed, "提前报送办", 61, TODAY)
    second = factories.commitment(early.lead_owner, early.section, number=91)
    Commitment.objects.filter(pk=second.pk).update(created_at=at(TODAY))
    for item in (early, second):
        file_report(item, item.lead_owner, clerk, period="2024-07", filed=d(2024, 7, 5), percent=5)
    # Assigned in June: June owed and answered on time, July filed early.
    june = assigned(seed, "六月交办办", 62, d(2024, 6, 3))
    for period, filed in (("2024-06", d(2024, 6, 20)), ("2024-07", d(2024, 7, 8))):
        file_report(june, june.lead_owner, clerk, period=period, filed=filed, percent=20)
    # Assigned in March, completed in March: owes March only, yet reported April and May
    # on time too (reports after the month it was completed owe nothing).
    done = assigned(
        seed,
        "三月办结办",
        63,
        d(2024, 3, 2),
        deadline=d(2024, 4, 30),
        status=Status.COMPLETED,
        percent=100,
        completed_at=at(d(2024, 3, 20)),
    )
    for period, filed in (("2024-03", d(2024, 3, 10)), ("2024-04", d(2024, 4, 9))):
        file_report(done, done.lead_owner, clerk, period=period, filed=filed, percent=100)
    file_report(done, done.lead_owner, clerk, period="2024-05", filed=d(2024, 5, 2), percent=100)
    summary_cache.forget()
    return seed


# (department, 应报次数, 报送次数, 按时报送, 按时报送率)
EXPECTED = [
    ("提前报送办", 0, 2, 0, None),
    ("六月交办办", 1, 2, 1, 100.0),
    ("三月办结办", 1, 3, 1, 100.0),
]


def test_on_time_reports_are_owed_ones(filings):
    lines = {line.department: line for line in department_rollups(ReportScope(TODAY, filings.plan))}
    for name, due, filed, on_time, rate in EXPECTED:
        line = lines[name]
        got = (line.reports_due, line.reports_filed, line.reports_on_time)
        assert got == (due, filed, on_time), name
        assert line.report_on_time_rate == rate, name
    # The seed's departments are as before: their reports all answered owed months.
    economy = lines["经济发展办"]
    assert (economy.reports_on_time, economy.reports_due, economy.report_on_time_rate) == (
        2,
        17,
        11.8,
    )
    for line in lines.values():
        assert line.reports_on_time <= line.reports_due, line.department


@pytest.mark.parametrize("plan", [True, False], ids=["plan", "whole-ledger"])
def test_the_summary_and_the_files_agree(filings, plan):
    params = query(filings) if plan else {"date": TODAY.isoformat()}
    departments = get(filings.admin, "/api/v1/reports/summary/", **params).json()["departments"]
    by_name = {line["department"]: line for line in departments}
    for name, due, filed, on_time, rate in EXPECTED:
        line = by_name[name]
        got = (line["reports_due"], line["reports_filed"], line["reports_on_time"])
        assert (*got, line["report_on_time_rate"]) == (due, filed, on_time, rate), name
    response = get(filings.admin, "/api/v1/reports/summary/", **params, format="csv")
    rows = list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))
    header = next(row for row in rows if "按时报送" in row)
    at_ = {name: header.index(name) for name in ("应报次数", "报送次数", "按时报送")}
    for row in rows:
        for name, due, filed, on_time, _rate in EXPECTED:
            if name in row:
                cells = (row[at_["应报次数"]], row[at_["报送次数"]], row[at_["按时报送"]])
                assert cells == (str(due), str(filed), str(on_time)), name


def test_the_page_shows_no_on_time_report_beyond_what_was_owed(filings):
    client = Client()
    client.force_login(filings.supervisor)
    page = client.get("/dashboard/", {"plan": filings.plan.pk, "date": TODAY}).content.decode()
    for name, due, filed, on_time, _rate in EXPECTED:
        row = page.split(f'data-department="{name}"', 1)[1].split("</tr>", 1)[0]
        assert f'data-field="reports_due">{due}<' in row, name
        assert f'data-field="reports_filed">{filed}<' in row, name
        assert f'data-field="reports_on_time">{on_time}<' in row, name


# Ranks (walk 11): four departments ranked 1 together on the demo, each with nothing owed
# but one pledge completed before a deadline still ahead.


@pytest.fixture
def early_finishers(seed):
    """Departments whose only pledge is done, assigned today (no report owed)."""
    made = {}
    cases = [
        # (name, number, deadline, completed on): ahead of a deadline still to come
        ("早办结甲办", 71, d(2024, 12, 31), d(2024, 7, 1)),
        ("早办结乙办", 72, d(2024, 9, 30), d(2024, 7, 9)),
        # its deadline has passed: its completion was due, on time
        ("到期办结办", 73, d(2024, 7, 5), d(2024, 7, 3)),
        # cancelled after its deadline: nothing due
        ("已取消办", 74, d(2024, 6, 30), None),
    ]
    for name, number, deadline, done in cases:
        fields = (
            {"status": Status.COMPLETED, "percent": 100, "completed_at": at(done)}
            if done
            else {"status": Status.CANCELLED}
        )
        made[name] = assigned(seed, name, number, TODAY, deadline=deadline, **fields)
    summary_cache.forget()
    return seed


def test_an_early_completion_alone_takes_no_place(early_finishers):
    lines = {
        line.department: line
        for line in department_rollups(ReportScope(TODAY, early_finishers.plan))
    }
    for name in ("早办结甲办", "早办结乙办", "已取消办"):
        assert lines[name].rank is None, name
    # Its completion still counts in its rate: done on time, 100 %.
    early = lines["早办结甲办"]
    assert (early.due_approved, early.on_time_rate_approved) == (1, 100.0)
    # A deadline passed, met: ranked, after the departments with a report rate (it owes no
    # report), whose places stay as they were.
    assert lines["到期办结办"].rank == 4
    assert [lines[n].rank for n in ("经济发展办", "农业农村办", "社会事务办")] == [1, 2, 3]


@pytest.mark.parametrize("plan", [True, False], ids=["plan", "whole-ledger"])
def test_the_summary_gives_them_no_place_either(early_finishers, plan):
    params = query(early_finishers) if plan else {"date": TODAY.isoformat()}
    for _twice in range(2):  # written, then from the lines kept (rollups.written_lines)
        lines = get(early_finishers.admin, "/api/v1/reports/summary/", **params).json()
        ranks = {line["department"]: line["rank"] for line in lines["departments"]}
        assert (ranks["早办结甲办"], ranks["早办结乙办"], ranks["已取消办"]) == (None, None, None)
        assert ranks["到期办结办"] == 4
        assert "deadlines_reached" not in lines["departments"][0]  # the contract's fields


def test_the_page_says_tied_beside_a_shared_place(seed):
    for name, number in (("甲办", 81), ("乙办", 82)):  # the same numbers: a shared place
        factories.commitment(factories.department(name), seed.items["c1"].section, number=number)
    summary_cache.forget()
    client = Client()
    client.force_login(seed.supervisor)
    page = client.get("/dashboard/", {"plan": seed.plan.pk, "date": TODAY}).content.decode()
    for name in ("甲办", "乙办"):
        row = page.split(f'data-department="{name}"', 1)[1].split("</tr>", 1)[0]
        assert 'data-rank="4"' in row and 'data-field="tied">并列<' in row, name
    economy = page.split('data-department="经济发展办"', 1)[1].split("</tr>", 1)[0]
    assert "并列" not in economy
