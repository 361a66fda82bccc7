"""本期无到期事项的单位不参与排名: a department with nothing due in the period (no
report owed, no completion due by its approved deadline) takes no place in the
scorecard — ``rank`` null in the JSON, "不参与排名 · 本期无到期事项" on the page and in
the files — and is listed after the ranked ones (walk 9, finding 1)."""

from __future__ import annotations

import csv
import datetime
import io

import openpyxl
import pytest
from django.test import Client

from commitments.models import Commitment
from reports import summary_cache
from reports.exports import UNRANKED_NOTE
from reports.rollups import department_rollups
from reports.scope import ReportScope
from tests import factories
from tests.api.conftest import token_client
from tests.reports.seed import TODAY, at
from tests.reports.test_api import body, get, query

pytestmark = pytest.mark.django_db


def newly_assigned(seed, name: str, deadline: datetime.date) -> None:
    """A department leading one pledge assigned on TODAY (no report owed yet)."""
    item = factories.commitment(
        factories.department(name),
        seed.items["c1"].section,
        deadline=deadline,
        number=70 + len(name),
    )
    Commitment.objects.filter(pk=item.pk).update(created_at=at(TODAY))


@pytest.fixture
def scorecard(seed):
    newly_assigned(seed, "新任务办", datetime.date(2024, 12, 31))  # nothing due: no place
    newly_assigned(seed, "逾期办", datetime.date(2024, 7, 1))  # overdue, red, nothing else
    factories.department("无事项办")  # leads nothing, files nothing: not listed at all
    summary_cache.forget()
    return seed


def test_it_gives_no_place_to_a_department_with_nothing_due(scorecard):
    lines = department_rollups(ReportScope(TODAY, scorecard.plan))
    assert [(line.rank, line.department) for line in lines] == [
        (1, "经济发展办"),
        (2, "农业农村办"),
        (3, "社会事务办"),
        (4, "逾期办"),
        (None, "新任务办"),
    ]
    late = lines[3]
    # Overdue and red with nothing else: ranked, below every department with a rate.
    assert (late.reports_due, late.due_approved, late.overdue, late.lights.red) == (0, 1, 1, 1)
    assert (late.report_on_time_rate, late.on_time_rate_approved) == (None, 0.0)
    idle = lines[4]
    assert (idle.owned, idle.reports_due, idle.due_approved) == (1, 0, 0)


@pytest.mark.parametrize("plan", [True, False], ids=["plan", "whole-ledger"])
def test_the_summary_says_null(scorecard, plan):
    params = query(scorecard) if plan else {"date": TODAY.isoformat()}
    departments = get(scorecard.admin, "/api/v1/reports/summary/", **params).json()["departments"]
    ranks = {d["department"]: d["rank"] for d in departments}
    assert ranks["新任务办"] is None and ranks["逾期办"] == 4
    assert departments[-1]["department"] == "新任务办"
    # Written again from the lines kept (``rollups.written_lines``): the same.
    summary_cache.forget()
    again = get(scorecard.admin, "/api/v1/reports/summary/", **params).json()["departments"]
    assert again == departments


def _places(response, fmt: str) -> dict[str, object]:
    """责任单位 → 排名 cell of the scorecard sheet (CSV: the first table; XLSX: its sheet)."""
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))
        return {row[1]: row[0] for row in rows if len(row) > 1}
    sheet = openpyxl.load_workbook(io.BytesIO(body(response)), read_only=True).worksheets[0]
    return {row[1]: row[0] for row in sheet.iter_rows(values_only=True) if len(row) > 1}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize(
    ("language", "said"),
    [("zh-hans", "不参与排名 · 本期无到期事项"), ("en", "Not ranked · Nothing due this period")],
)
def test_the_files_say_not_ranked_and_why_as_the_page(scorecard, fmt, language, said):
    # walk12c minor-4: the files said nothing where the page says 不参与排名 · 本期无到期事项.
    client = token_client(scorecard.admin, HTTP_ACCEPT_LANGUAGE=language)
    response = client.get("/api/v1/reports/summary/", query(scorecard, format=fmt))
    assert response.status_code == 200
    places = _places(response, fmt)
    assert places["新任务办"] == said
    assert places["逾期办"] in ("4", 4)  # a ranked department keeps its number
    assert places["经济发展办"] in ("1", 1)


def test_the_page_says_not_ranked_and_why(scorecard):
    client = Client()
    client.force_login(scorecard.supervisor)
    page = client.get("/dashboard/", {"plan": scorecard.plan.pk, "date": TODAY}).content.decode()
    row = page.split('data-department="新任务办"', 1)[1].split("</tr>", 1)[0]
    assert 'data-field="rank" class="unranked"' in row
    assert f'title="{UNRANKED_NOTE}"' in row and "不参与排名" in row
    assert 'data-department="逾期办" data-rank="4"' in page


def test_the_english_page_says_not_ranked(scorecard):
    client = Client()
    client.force_login(scorecard.supervisor)
    client.cookies["django_language"] = "en"
    page = client.get("/dashboard/", {"plan": scorecard.plan.pk, "date": TODAY}).content.decode()
    row = page.split('data-department="新任务办"', 1)[1].split("</tr>", 1)[0]
    assert "Not ranked" in row and "Nothing due in the period" in row
