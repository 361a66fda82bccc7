"""The streaming XLSX writer, read back with openpyxl (a real reader)."""

from __future__ import annotations

import datetime
import io
import itertools

import openpyxl

from reports import xlsx
from reports.api.renderers import HEADER_FILL, LIGHT_FILLS

COLUMNS = [("编号", 12, "text"), ("数量", 8, "int"), ("比例", 8, "number"), ("日期", 12, "date")]
STYLES = xlsx.styles_xml(LIGHT_FILLS, HEADER_FILL)


def book(sheets) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(b"".join(xlsx.workbook_chunks(sheets, STYLES))))


def test_it_writes_text_numbers_and_dates_that_a_reader_understands():
    day = datetime.date(2024, 6, 30)
    rows = [["a&<b>", 3, 12.5, day], ["=1+1", None, 0.0, None]]
    sheet = book([xlsx.Sheet("台账", COLUMNS, rows)])["台账"]
    assert [c.value for c in sheet[1]] == ["编号", "数量", "比例", "日期"]
    assert sheet[1][0].font.bold and sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width == 12
    assert sheet.auto_filter.ref == "A1:D3"
    first = sheet[2]
    assert (first[0].value, first[1].value, first[2].value) == ("a&<b>", 3, 12.5)
    assert first[3].is_date and first[3].value.date() == day
    formula = sheet["A3"]
    assert (formula.value, formula.data_type) == ("=1+1", "s")  # text, never a formula


def test_it_sends_bytes_before_the_last_row_is_read():
    read = itertools.count()

    def rows():
        for n in range(60_000):
            next(read)
            yield [f"第{n}项", n, n / 7, None]

    chunks = xlsx.workbook_chunks([xlsx.Sheet("大表", COLUMNS, rows())], STYLES)
    next(chunks)  # the package's head
    next(chunks)
    assert next(read) < 60_000  # a chunk went out while rows were still coming
    rest = b"".join(chunks)
    assert rest
