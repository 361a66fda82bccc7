"""The CSV and XLSX files, read back with real readers."""

from __future__ import annotations

import csv
import datetime
import io
from urllib.parse import unquote

import openpyxl
import pytest

from reports.api.renderers import LIGHT_FILLS
from tests import factories
from tests.reports.test_api import body, get, query

pytestmark = pytest.mark.django_db


def read_csv(response) -> list[list[str]]:
    raw = body(response)
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def read_xlsx(response) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(body(response)))


class TestCSV:
    def test_it_exports_the_overdue_list(self, seed):
        response = get(seed.supervisor, "/api/v1/reports/overdue/", **query(seed, format="csv"))
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        disposition = response["Content-Disposition"]
        ascii_name = f"overdue-plan2024-id{seed.plan.pk}-2024-07-10.csv"
        assert disposition.startswith(f'attachment; filename="{ascii_name}"')
        assert unquote(disposition.split("UTF-8''")[1]) == (
            f"逾期事项-2024年计划{seed.plan.pk}号-2024年工作安排-2024-07-10.csv"
        )
        header, *rows = read_csv(response)
        assert header[:7] == [
            "编号",
            "事项名称",
            "工作板块",
            "牵头单位",
            "完成时限",
            "原定完成时限",
            "逾期天数",
        ]
        assert [(r[0], r[4], r[6], r[9]) for r in rows] == [
            ("2024-03-01", "2024-05-31", "40", "2024-05-31"),
            ("2024-01-01", "2024-06-30", "10", "2024-06-28"),
        ]

    def test_it_exports_the_ledger_with_light_labels(self, seed):
        response = get(seed.supervisor, "/api/v1/reports/ledger/", **query(seed, format="csv"))
        header, *rows = read_csv(response)
        assert len(rows) == 8
        by_code = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
        assert by_code["2024-01-01"]["红黄绿灯"] == "红灯"
        assert by_code["2024-02-02"]["红黄绿灯"] == "黄灯"
        assert by_code["2024-01-02"]["配合单位"] == "社会事务办"
        assert by_code["2024-02-01"]["原定完成时限"] == "2024-03-31"

    def test_the_overdue_list_names_a_section_as_the_ledger_does(self, seed):
        """Walk 10 m3: the overdue file wrote 重点任务 where the ledger wrote (1) 重点任务."""
        ledger, *ledger_rows = read_csv(
            get(seed.supervisor, "/api/v1/reports/ledger/", **query(seed, format="csv"))
        )
        overdue, *overdue_rows = read_csv(
            get(seed.supervisor, "/api/v1/reports/overdue/", **query(seed, format="csv"))
        )
        in_ledger = {r[0]: r[ledger.index("工作板块")] for r in ledger_rows}
        in_overdue = {r[0]: r[overdue.index("工作板块")] for r in overdue_rows}
        assert in_overdue and all(in_ledger[code] == s for code, s in in_overdue.items())
        assert all(s.startswith("(") for s in in_overdue.values()), in_overdue

    def test_it_stacks_the_summary_tables(self, seed):
        rows = read_csv(
            get(seed.supervisor, "/api/v1/reports/summary/", **query(seed, format="csv"))
        )
        assert rows[0][0].startswith("督查通报 · 2024")  # the title line (TestSummaryTitle)
        assert rows[1] == ["责任单位考评"]
        assert rows[2][:4] == ["排名", "责任单位", "牵头事项", "已办结"]
        economy = next(r for r in rows if r[1:2] == ["经济发展办"])
        assert economy[0] == "1"
        assert economy[2:7] == ["3", "1", "2", "0", "1"]
        assert economy[10:] == ["17", "4", "2", "13", "11.8", "2.0", "0.0", "50.0"]
        gap = rows.index([])
        assert rows[gap + 1] == ["工作板块"]
        assert [r[5] for r in rows[gap + 3 :]] == ["60.0", "36.7", "65.0"]


class TestXLSX:
    def test_it_exports_a_real_spreadsheet_of_the_ledger(self, seed):
        response = get(seed.supervisor, "/api/v1/reports/ledger/", **query(seed, format="xlsx"))
        assert response.status_code == 200
        assert response["Content-Type"] == (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        ascii_name = f"ledger-plan2024-id{seed.plan.pk}-2024-07-10.xlsx"
        assert f'filename="{ascii_name}"' in response["Content-Disposition"]
        sheet = read_xlsx(response)["督办台账"]
        header = [c.value for c in sheet[1]]
        assert header[:5] == ["编号", "工作板块", "事项名称", "承诺内容", "牵头单位"]
        assert sheet[1][0].font.bold
        assert sheet.column_dimensions["C"].width == 36 and sheet.column_dimensions["D"].width == 60
        assert sheet.max_row == 9
        light = header.index("红黄绿灯") + 1
        deadline = header.index("完成时限") + 1
        rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
        red = rows["2024-01-01"]
        cell = sheet.cell(red, deadline)
        assert cell.is_date and cell.value.date() == datetime.date(2024, 6, 30)
        assert sheet.cell(red, light).value == "红灯"
        assert sheet.cell(red, light).fill.fgColor.rgb == LIGHT_FILLS["red"]
        assert sheet.cell(rows["2024-02-02"], light).fill.fgColor.rgb == LIGHT_FILLS["yellow"]
        assert sheet.cell(rows["2024-01-02"], light).fill.fgColor.rgb == LIGHT_FILLS["green"]
        # A completed pledge is 已办结, with no light (SPEC §2; test_walk11_ledger).
        assert sheet.cell(rows["2024-03-02"], light).value == "已办结"
        assert sheet.cell(rows["2024-02-03"], header.index("最近报送日期") + 1).value is None

    def test_it_puts_the_summary_on_two_sheets(self, seed):
        book = read_xlsx(
            get(seed.supervisor, "/api/v1/reports/summary/", **query(seed, format="xlsx"))
        )
        assert book.sheetnames == ["责任单位考评", "工作板块"]
        departments = book["责任单位考评"]
        economy = next(
            r for r in departments.iter_rows(min_row=3, values_only=True) if r[1] == "经济发展办"
        )
        assert economy[:7] == (1, "经济发展办", 3, 1, 2, 0, 1)
        assert economy[10:] == (17, 4, 2, 13, 11.8, 2.0, 0.0, 50.0)
        sections = list(book["工作板块"].iter_rows(min_row=3, values_only=True))
        assert [(r[0], r[5]) for r in sections] == [(1, 60.0), (2, 36.7), (3, 65.0)]

    def test_it_exports_the_overdue_list(self, seed):
        sheet = read_xlsx(
            get(seed.supervisor, "/api/v1/reports/overdue/", **query(seed, format="xlsx"))
        ).active
        assert [(r[0], r[6]) for r in sheet.iter_rows(min_row=2, values_only=True)] == [
            ("2024-03-01", 40),
            ("2024-01-01", 10),
        ]


class TestSummaryTitle:
    """The 督查通报 files say which plan and which day they are (two plans of a year
    used to download alike, and only the CSV had a title)."""

    LABEL = "督查通报 · 2024 · 2024年工作安排 · 统计日期 2024-07-10"

    def test_the_csv_starts_with_the_plan(self, seed):
        rows = read_csv(
            get(seed.supervisor, "/api/v1/reports/summary/", **query(seed, format="csv"))
        )
        assert rows[0] == [self.LABEL]
        assert rows[1] == ["责任单位考评"]

    def test_every_sheet_starts_with_the_plan(self, seed):
        book = read_xlsx(
            get(seed.supervisor, "/api/v1/reports/summary/", **query(seed, format="xlsx"))
        )
        for sheet in book:
            assert sheet["A1"].value == self.LABEL
            assert sheet["A1"].font.bold
            assert sheet.freeze_panes == "A3"
        assert book["工作板块"]["A2"].value == "序号"
        assert book["工作板块"].auto_filter.ref == "A2:I5"

    def test_without_a_plan_it_says_all_plans(self, seed):
        response = get(seed.supervisor, "/api/v1/reports/summary/", date="2024-07-10", format="csv")
        assert read_csv(response)[0] == ["督查通报 · 全部工作计划 · 统计日期 2024-07-10"]
        sheet = read_xlsx(
            get(seed.supervisor, "/api/v1/reports/summary/", date="2024-07-10", format="xlsx")
        ).active
        assert sheet["A1"].value == "督查通报 · 全部工作计划 · 统计日期 2024-07-10"

    def test_the_summary_file_names_name_the_plan(self, seed):
        response = get(seed.supervisor, "/api/v1/reports/summary/", **query(seed, format="xlsx"))
        disposition = response["Content-Disposition"]
        assert f'filename="summary-plan2024-id{seed.plan.pk}-2024-07-10.xlsx"' in disposition
        assert unquote(disposition.split("''", 1)[1]) == (
            f"督查通报-2024年计划{seed.plan.pk}号-2024年工作安排-2024-07-10.xlsx"
        )

    def test_two_plans_of_one_year_download_under_two_names(self, seed):
        other = factories.plan(2024, title="2024年民生实事项目")
        names = set()
        for plan in (seed.plan, other):
            response = get(
                seed.supervisor,
                "/api/v1/reports/ledger/",
                plan=plan.pk,
                date="2024-07-10",
                format="csv",
            )
            disposition = response["Content-Disposition"]
            ascii_name = disposition.split('filename="')[1].split('"')[0]
            assert ascii_name.isascii()
            names.add((ascii_name, unquote(disposition.split("UTF-8''")[1])))
        assert len({a for a, _ in names}) == 2 and len({c for _, c in names}) == 2
        assert any("2024年民生实事项目" in c for _, c in names)

    def test_the_ledger_has_no_title_line(self, seed):
        sheet = read_xlsx(
            get(seed.supervisor, "/api/v1/reports/ledger/", **query(seed, format="xlsx"))
        )["督办台账"]
        assert sheet["A1"].value == "编号"
        assert sheet.freeze_panes == "A2"
