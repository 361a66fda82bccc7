"""CSV and XLSX files of ``Table`` lists, written as the rows arrive.

A CSV holds the tables one under the other (each under its title when there
are several, separated by a blank line); an XLSX holds one sheet per table.
Both are produced from the tables' row iterators without keeping the rows:
the CSV as chunks of bytes for a streaming response, the XLSX with
openpyxl's write-only mode into a temporary file, so that the memory of a
request does not grow with the ledger (issue 17). Stored text goes through
``reports.cells``: no control character breaks a file and no cell is a
formula (issue 19).

The DRF renderers below keep ``?format=csv|xlsx`` in content negotiation
and the schema; the views return streaming responses themselves.
"""

from __future__ import annotations

import csv
import datetime
import io
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from rest_framework.renderers import BaseRenderer

from reports.cells import clean_text, csv_text
from reports.exports import Table, light_label

#: Fill colours (ARGB) of the light column in spreadsheets.
LIGHT_FILLS = {"red": "FFF28B82", "yellow": "FFFDD663", "green": "FF81C995"}
HEADER_FILL = "FFD9E2F3"
FILE_FORMATS = ("csv", "xlsx")
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: Bytes of CSV gathered before a chunk is sent.
CSV_CHUNK = 64 * 1024


def _csv_cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "light":
        return light_label(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if kind == "text":
        return csv_text(str(value))
    return str(value)


def csv_chunks(tables: list[Table]) -> Iterator[bytes]:
    """The CSV (UTF-8 with a BOM, so that Excel reads the Chinese) in chunks."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    out.write("\ufeff")
    for index, table in enumerate(tables):
        if len(tables) > 1:
            if index:
                writer.writerow([])
            writer.writerow([csv_text(str(table.title))])
        writer.writerow([str(c.header) for c in table.columns])
        kinds = [c.kind for c in table.columns]
        for row in table.rows:
            writer.writerow([_csv_cell(v, k) for v, k in zip(row, kinds, strict=True)])
            if out.tell() >= CSV_CHUNK:
                yield out.getvalue().encode("utf-8")
                out.seek(0)
                out.truncate()
    yield out.getvalue().encode("utf-8")


class _Styles:
    """Style objects made once per file (openpyxl shares them between cells)."""

    def __init__(self) -> None:
        self.header_font = Font(bold=True)
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.header_alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.light_fills = {k: PatternFill("solid", fgColor=v) for k, v in LIGHT_FILLS.items()}
        self.center = Alignment(horizontal="center")


def _sheet(book: Workbook, table: Table, styles: _Styles) -> None:
    sheet = book.create_sheet(clean_text(str(table.title))[:31])
    sheet.freeze_panes = "A2"
    for index, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    header = []
    for column in table.columns:
        cell = WriteOnlyCell(sheet, value=str(column.header))
        cell.font, cell.fill = styles.header_font, styles.header_fill
        cell.alignment = styles.header_alignment
        header.append(cell)
    sheet.append(header)
    kinds = [c.kind for c in table.columns]
    rows = 0
    for row in table.rows:
        sheet.append(
            [_xlsx_cell(sheet, value, kind, styles) for value, kind in zip(row, kinds, strict=True)]
        )
        rows += 1
    if rows:
        last = f"{get_column_letter(len(table.columns))}{rows + 1}"
        sheet.auto_filter.ref = f"A1:{last}"


def _xlsx_cell(sheet, value: Any, kind: str, styles: _Styles) -> Any:
    if value is None:
        return None
    if kind == "light":
        cell = WriteOnlyCell(sheet, value=light_label(value))
        cell.fill = styles.light_fills[value]
        cell.alignment = styles.center
        return cell
    if kind == "date":
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, str):
        # A text cell, whatever it starts with: openpyxl would store "=…" as a formula.
        cell = WriteOnlyCell(sheet, value=clean_text(value))
        cell.data_type = "s"
        return cell
    return value


def write_xlsx(tables: Iterable[Table], out: IO[bytes]) -> None:
    """The workbook into ``out``, one write-only sheet per table."""
    book = Workbook(write_only=True)
    styles = _Styles()
    for table in tables:
        _sheet(book, table, styles)
    book.save(out)


def xlsx_file(tables: Iterable[Table]) -> IO[bytes]:
    """The workbook in a temporary file (on disk past 1 MiB), rewound."""
    out = tempfile.SpooledTemporaryFile(max_size=1024 * 1024)
    write_xlsx(tables, out)
    out.seek(0)
    return out


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        return b"".join(csv_chunks(data))


class XLSXRenderer(BaseRenderer):
    media_type = XLSX_MEDIA_TYPE
    format = "xlsx"
    charset = None
    render_style = "binary"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        return xlsx_file(data).read()
