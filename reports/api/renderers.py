"""CSV and XLSX renderers keyed by ``?format=``: they render ``Table`` lists.

Views hand these renderers a list of ``reports.exports.Table``; a CSV holds
one table (several are stacked, each under its title, separated by a blank
line), an XLSX holds one sheet per table.
"""

from __future__ import annotations

import csv
import datetime
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from rest_framework.renderers import BaseRenderer

from reports.exports import Table, light_label

#: Fill colours (ARGB) of the light column in spreadsheets.
LIGHT_FILLS = {"red": "FFF28B82", "yellow": "FFFDD663", "green": "FF81C995"}
HEADER_FILL = "FFD9E2F3"
FILE_FORMATS = ("csv", "xlsx")


def _cell_text(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "light":
        return light_label(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


class CSVRenderer(BaseRenderer):
    """UTF-8 with a BOM, so that Excel opens the Chinese text correctly."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        tables: list[Table] = data
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        for index, table in enumerate(tables):
            if len(tables) > 1:
                if index:
                    writer.writerow([])
                writer.writerow([str(table.title)])
            writer.writerow([str(c.header) for c in table.columns])
            for row in table.rows:
                writer.writerow(
                    [_cell_text(v, c.kind) for v, c in zip(row, table.columns, strict=True)]
                )
        return ("\ufeff" + out.getvalue()).encode("utf-8")


class XLSXRenderer(BaseRenderer):
    """A real spreadsheet: bold header, widths, dates as dates, light fills."""

    media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    format = "xlsx"
    charset = None
    render_style = "binary"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        tables: list[Table] = data
        book = Workbook()
        book.remove(book.active)
        for table in tables:
            self._sheet(book, table)
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    @staticmethod
    def _sheet(book: Workbook, table: Table) -> None:
        sheet = book.create_sheet(str(table.title)[:31])
        sheet.append([str(c.header) for c in table.columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.freeze_panes = "A2"
        for index, column in enumerate(table.columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        for row_index, row in enumerate(table.rows, start=2):
            for col_index, (value, column) in enumerate(
                zip(row, table.columns, strict=True), start=1
            ):
                cell = sheet.cell(row=row_index, column=col_index)
                if column.kind == "light":
                    cell.value = light_label(value)
                    cell.fill = PatternFill("solid", fgColor=LIGHT_FILLS[value])
                    cell.alignment = Alignment(horizontal="center")
                else:
                    cell.value = value
                if column.kind == "date" and value is not None:
                    cell.number_format = "yyyy-mm-dd"
        if table.rows:
            sheet.auto_filter.ref = sheet.dimensions
