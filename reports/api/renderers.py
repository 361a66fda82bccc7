"""CSV and XLSX files of ``Table`` lists, written as the rows arrive.

A CSV holds the tables one under the other (each under its title when there
are several, separated by a blank line); an XLSX holds one sheet per table.
Both are produced from the tables' row iterators without keeping the rows,
as chunks of bytes for a streaming response (the XLSX by ``reports.xlsx``,
a zip written as it is sent), so that the memory of a request does not grow
with the ledger (issue 17). Stored text goes through
``reports.cells``: no control character breaks a file and no cell is a
formula (issue 19).

The DRF renderers below keep ``?format=csv|xlsx`` in content negotiation
and the schema; the views return streaming responses themselves.
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Iterable, Iterator
from typing import Any

from rest_framework.renderers import BaseRenderer

from reports import xlsx
from reports.cells import csv_text
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


def csv_chunks(tables: list[Table], caption: str | None = None) -> Iterator[bytes]:
    """The CSV (UTF-8 with a BOM, so that Excel reads the Chinese) in chunks;
    ``caption`` (``exports.caption``), when given, is its first line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    out.write("\ufeff")
    if caption:
        writer.writerow([csv_text(caption)])
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


def xlsx_chunks(tables: Iterable[Table], caption: str | None = None) -> Iterator[bytes]:
    """The workbook (one sheet per table), streamed as it is written; ``caption``,
    when given, is each sheet's first row (above the header), as the CSV's first line."""
    sheets = [
        xlsx.Sheet(
            str(table.title),
            [(str(c.header), c.width, c.kind) for c in table.columns],
            table.rows,
            label=light_label,
            caption=caption,
        )
        for table in tables
    ]
    return xlsx.workbook_chunks(sheets, xlsx.styles_xml(LIGHT_FILLS, HEADER_FILL))


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
        return b"".join(xlsx_chunks(data))
