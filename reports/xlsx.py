"""A streaming XLSX writer: the workbook's bytes as the rows arrive.

openpyxl (even in write-only mode) spends 20–40 µs per cell building cell
objects and hashing styles: a 100k-row ledger (1.2M cells) took longer than
the web timeout (bench/, docs/benchmarks.md). The reports need little of a
spreadsheet: text, whole numbers, decimals, dates, a bold header row with
widths, a frozen header, an auto-filter and three fills for the light. This
module writes exactly that SpreadsheetML by hand, into a zip stream that is
sent while it is written: constant memory, about a microsecond per cell.

Every text cell is an inline string (``t="inlineStr"``): a value starting
with ``=`` is text, never a formula (issue 19); control characters XML cannot
hold are cleaned first (``reports.cells``).
"""

from __future__ import annotations

import datetime
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from openpyxl.utils import get_column_letter

from reports.cells import clean_text

#: Style ids in ``STYLES`` (cellXfs order).
DEFAULT, HEADER, DATE, RED, YELLOW, GREEN, TITLE = range(7)
LIGHT_STYLES = {"red": RED, "yellow": YELLOW, "green": GREEN}
#: Bytes of sheet XML gathered before they go to the zip stream.
CHUNK = 256 * 1024
EPOCH = datetime.date(1899, 12, 30)

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def styles_xml(fills: dict[str, str], header_fill: str) -> str:
    def solid(argb: str) -> str:
        return (
            f'<fill><patternFill patternType="solid"><fgColor rgb="{argb}"/></patternFill></fill>'
        )

    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet {_NS}>'
        '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="6"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill>'
        f"{solid(header_fill)}{solid(fills['red'])}{solid(fills['yellow'])}{solid(fills['green'])}"
        "</fills>"
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
        "</cellStyleXfs>"
        '<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" '
        'applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="center" '
        'wrapText="1"/></xf>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        + "".join(
            f'<xf numFmtId="0" fontId="0" fillId="{fill}" borderId="0" xfId="0" applyFill="1" '
            'applyAlignment="1"><alignment horizontal="center"/></xf>'
            for fill in (3, 4, 5)
        )
        # TITLE: a sheet's caption row, bold, unwrapped (it runs over the empty cells)
        + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        "</cellXfs>"
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def _text(ref: str, value: str, style: int = DEFAULT) -> str:
    s = f' s="{style}"' if style else ""
    return (
        f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">'
        f"{escape(clean_text(value))}</t></is></c>"
    )


class Sheet:
    """One sheet: a title, columns (header, width, kind) and the rows' values;
    ``caption``, when given, is a bold first row above the header.

    Kinds: ``text``, ``int``, ``number``, ``date``, ``light`` (a light code:
    its label in the cell, filled with its colour; ``label`` names it).
    """

    def __init__(
        self,
        title: str,
        columns: Sequence[tuple[str, float, str]],
        rows: Iterable[Sequence[Any]],
        label=str,
        caption: str | None = None,
    ) -> None:
        self.title = clean_text(title)[:31] or "Sheet"
        self.caption = caption
        #: the header's row number (1, or 2 below a caption)
        self.header_row = 2 if caption else 1
        self.columns = columns
        self.rows = rows
        self.label = label
        self.count = 0

    def _cell(self, ref: str, value: Any, kind: str) -> str:
        if value is None or value == "":
            return ""
        if kind == "light":
            return _text(ref, self.label(value), LIGHT_STYLES.get(value, DEFAULT))
        if isinstance(value, datetime.date):
            day = value.date() if isinstance(value, datetime.datetime) else value
            return f'<c r="{ref}" s="{DATE}"><v>{(day - EPOCH).days}</v></c>'
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            return f'<c r="{ref}"><v>{value!r}</v></c>'
        if isinstance(value, Decimal):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return _text(ref, str(value))

    def xml(self) -> Iterator[str]:
        letters = [get_column_letter(i) for i in range(1, len(self.columns) + 1)]
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{width}" customWidth="1"/>'
            for i, (_, width, _) in enumerate(self.columns, start=1)
        )
        top = self.header_row
        title = f'<row r="1">{_text("A1", self.caption, TITLE)}</row>' if self.caption else ""
        yield (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {_NS} {_R_NS}>'
            f'<sheetViews><sheetView workbookViewId="0"><pane ySplit="{top}" '
            f'topLeftCell="A{top + 1}" activePane="bottomLeft" state="frozen"/></sheetView>'
            f"</sheetViews><cols>{cols}</cols><sheetData>{title}"
            f'<row r="{top}">'
            + "".join(
                _text(f"{letter}{top}", header, HEADER)
                for letter, (header, _, _) in zip(letters, self.columns, strict=True)
            )
            + "</row>"
        )
        kinds = [kind for _, _, kind in self.columns]
        cell = self._cell
        parts: list[str] = []
        size = 0
        number = top
        for values in self.rows:
            number += 1
            row = "".join(
                cell(f"{letter}{number}", value, kind)
                for letter, value, kind in zip(letters, values, kinds, strict=True)
            )
            text = f'<row r="{number}">{row}</row>'
            parts.append(text)
            size += len(text)
            if size >= CHUNK:
                yield "".join(parts)
                parts, size = [], 0
        self.count = number - top
        parts.append("</sheetData>")
        if self.count:
            parts.append(f'<autoFilter ref="{self.filter_ref}"/>')
        parts.append("</worksheet>")
        yield "".join(parts)

    @property
    def filter_ref(self) -> str:
        top = self.header_row
        return f"A{top}:{get_column_letter(len(self.columns))}{self.count + top}"


class _Pipe:
    """A write-only file for ``zipfile`` whose bytes are taken as they come."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.position = 0

    def write(self, data: bytes) -> int:
        self.parts.append(bytes(data))
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self.parts)
        self.parts = []
        return data


def workbook_chunks(sheets: Sequence[Sheet], styles: str) -> Iterator[bytes]:
    """The .xlsx file, chunk by chunk (a zip written for an unseekable stream)."""
    pipe = _Pipe()
    with zipfile.ZipFile(pipe, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as book:
        n = len(sheets)
        book.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + "".join(
                f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                for i in range(1, n + 1)
            )
            + "</Types>",
        )
        book.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            f'xmlns="{_PKG_REL}"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        book.writestr("xl/styles.xml", styles)
        yield pipe.take()
        for i, sheet in enumerate(sheets, start=1):
            with book.open(f"xl/worksheets/sheet{i}.xml", "w", force_zip64=True) as entry:
                for text in sheet.xml():
                    entry.write(text.encode("utf-8"))
                    if pipe.position and pipe.parts:
                        yield pipe.take()
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships '
            f'xmlns="{_PKG_REL}">'
            + "".join(
                f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" '
                f'Target="worksheets/sheet{i}.xml"/>'
                for i in range(1, n + 1)
            )
            + f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
            "</Relationships>",
        )
        book.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {_NS} {_R_NS}>'
            "<sheets>"
            + "".join(
                f'<sheet name={quoteattr(sheet.title)} sheetId="{i}" r:id="rId{i}"/>'
                for i, sheet in enumerate(sheets, start=1)
            )
            + "</sheets></workbook>",
        )
    yield pipe.take()
