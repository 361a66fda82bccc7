"""Task ledgers kept in a spreadsheet: .xlsx (every visible sheet) and .csv.

Each sheet is a table for :mod:`commitments.importer.tables`: title rows,
then a header row mapped by column names, then task rows. Merged cells carry
their value into every cell they cover (a unit merged down several tasks
owns each of them; a heading merged across a row heads a section).
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from pathlib import PurePath

from django.utils.translation import gettext as _

from commitments.importer.errors import PlanImportError
from commitments.importer.numerals import to_chinese
from commitments.importer.readers.limits import MAX_SHEET_CELLS, check_zip, too_large
from commitments.importer.table_join import join_tables, joined_sheet
from commitments.importer.tables import (
    Cell,
    Line,
    find_header,
    lines_text,
    render,
    render_tasks,
    title_rows,
)

DEFAULT_SHEET_NAME = ("sheet", "工作表", "表")
#: A sheet beside the task sheets that only sums them up or tells how to fill them in (汇总,
#: 总表, 目录, 填报说明): its counts and scores are no pledges when other sheets hold the tasks.
ASIDE_SHEET = re.compile(r"汇总|总表|总览|概览|目录|封面|说明|须知|注意事项|附注|备注|图例")


def read_xlsx(data: bytes, name: str) -> tuple[str, list[str]]:
    import openpyxl

    broken = _("不是有效的 Excel 文件（.xlsx）：%(name)s") % {"name": name}
    check_zip(data, name, broken)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken package
        raise PlanImportError(broken) from exc
    warnings: list[str] = []
    sheets: list[tuple[str, list[list[Cell]]]] = []
    cells = 0
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            if sheet.max_row > 1 or sheet.max_column > 1:
                warnings.append(_("已跳过隐藏的工作表“%(sheet)s”") % {"sheet": sheet.title})
            continue
        cells += sheet.max_row * sheet.max_column
        if cells > MAX_SHEET_CELLS:
            raise too_large(name, _("单元格超过 %(n)d 个") % {"n": MAX_SHEET_CELLS})
        rows = _sheet_rows(sheet)
        if rows:
            sheets.append((sheet.title, rows))
        if getattr(sheet, "_images", None) or getattr(sheet, "_charts", None):
            warnings.append(
                _("工作表“%(sheet)s”中的图片或图表未导入，请核对") % {"sheet": sheet.title}
            )
    if not sheets:
        raise PlanImportError(_("文件为空：%(name)s") % {"name": name})
    lines, joined = render_sheets(sheets, _stem(name))
    return lines_text(lines), warnings + joined


def _stem(name: str) -> str:
    """A file name that says what the table is (``2025年民生实事.xlsx``), else ``""``."""
    stem = PurePath(name).stem.strip()
    return stem if re.search(r"[\u4e00-\u9fff]{2}", stem) else ""


def render_sheets(
    sheets: list[tuple[str, list[list[Cell]]]], fallback_title: str = ""
) -> tuple[list[Line], list[str]]:
    """All sheets, one after another; with several task sheets, each heads a section; and
    the warnings of joining them.

    A list laid out over several sheets or blocks of one sheet (任务清单, 责任清单, 时限清单)
    is read as one, the parts joined into its task table (:mod:`table_join`). A summary or
    notes sheet (:data:`ASIDE_SHEET`) is left out when another sheet holds
    tasks. The first task sheet's title rows title the document (without them, the
    file's name does); a later sheet is headed by its name (or, for a default
    name like ``Sheet2``, its own title).
    """
    blocks: list[tuple[str, list[list[Cell]]]] = []
    warnings: list[str] = []
    for title, rows in sheets:
        parts, joined = joined_sheet(rows)
        blocks.extend((title, part) for part in parts)
        warnings += joined
    across = join_tables([rows for _, rows in blocks])
    sheets = [(t, rows) for (t, _), rows in zip(blocks, across.tables, strict=True) if rows]
    return _rendered_sheets(sheets, fallback_title), warnings + across.warnings


def _rendered_sheets(sheets: list[tuple[str, list[list[Cell]]]], fallback_title: str) -> list[Line]:
    tables = [(title, rows, found) for title, rows in sheets if (found := find_header(rows))]
    if any(not ASIDE_SHEET.search(title) for title, _, _ in tables):
        tables = [t for t in tables if not ASIDE_SHEET.search(t[0])]
    if not tables:  # no task table: a card of label cells a sheet, numbered on as one list
        cards: list[Line] = []
        tasks = 0
        for _, rows in sheets:
            rendered, found = render_tasks(rows, tasks)
            cards.extend(rendered)
            tasks += found
        return cards
    lines: list[Line] = []
    for number, (title, rows, (header_at, _columns)) in enumerate(tables, start=1):
        titles = ["  ".join(c.text for c in _distinct(row)) for row in title_rows(rows, header_at)]
        if number == 1:
            lines.extend([(t, -1)] for t in titles or ([fallback_title] if fallback_title else []))
        body = render(rows, titles=False)
        if len(tables) > 1 and not (body and body[0] and body[0][0][0].startswith("一、")):
            label = title
            if title.lower().startswith(DEFAULT_SHEET_NAME):
                label = (
                    titles[-1]
                    if titles and number > 1
                    else _("第%(n)s部分") % {"n": to_chinese(number)}
                )
            lines.append([(f"{to_chinese(number)}、{label}", -1)])
        lines.extend(body)
    return lines


def _distinct(row: list[Cell]) -> list[Cell]:
    out: list[Cell] = []
    for cell in row:
        if cell.text.strip() and (not out or out[-1].text != cell.text):
            out.append(cell)
    return out


def _sheet_rows(sheet) -> list[list[Cell]]:
    values = [[_text(c.value, c.number_format) for c in row] for row in sheet.iter_rows()]
    continued: set[tuple[int, int]] = set()  # (row, column) under the top of a merge
    for merged in sheet.merged_cells.ranges:
        if merged.min_row > len(values):
            continue
        top = values[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row, min(merged.max_row, len(values)) + 1):
            row = values[r - 1]
            for c in range(merged.min_col, merged.max_col + 1):
                if c - 1 < len(row):
                    row[c - 1] = top
                    if r > merged.min_row:
                        continued.add((r - 1, c - 1))
    rows = [
        [Cell(v, continued=(r, c) in continued) for c, v in enumerate(row)]
        for r, row in enumerate(values)
    ]
    while rows and not any(c.text.strip() for c in rows[-1]):
        rows.pop()
    return rows


#: A number format's decimals (``0.00``, ``#,##0.0``, ``0.0%``): the number reads as shown.
FIXED_DECIMALS = re.compile(r"^[#,]*0\.(0+)(%?)$")


def _text(value: object, number_format: str = "General") -> str:
    """A cell's value as the sheet shows it: a date in words, a number with the decimals and
    percent sign of its format (``2031.10`` stays October, ``0.97`` shown ``97%`` is 97%)."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        shown = _as_shown(value, number_format)
        if shown:
            return shown
    if isinstance(value, datetime.datetime):
        value = value.date() if value.time() == datetime.time() else value
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _as_shown(value: float, number_format: str) -> str | None:
    """``value`` as a percentage when its format shows one (``0.97`` → ``97%``, all its digits
    kept), with the decimals its format fixes when it has a fraction (``2031.1`` → ``2031.10``);
    else None."""
    fmt = (number_format or "").replace("\\", "").replace('"', "")
    decimals = FIXED_DECIMALS.match(fmt)
    if fmt in ("0%", "#,##0%") or (decimals and decimals.group(2)):
        return f"{round(value * 100, 6):f}".rstrip("0").rstrip(".") + "%"
    if decimals and isinstance(value, float) and not value.is_integer():
        return f"{value:.{len(decimals.group(1))}f}"
    return None


def read_csv(text: str, name: str) -> tuple[str, list[str]]:
    """A decoded .csv (comma, semicolon, tab or ``|`` separated) rendered as a table (or as
    the parts of one list joined, :func:`table_join.joined_sheet`), and the warnings."""
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = max(",;\t|", key=sample.count)
    rows = [
        [Cell(value.strip()) for value in row]
        for row in csv.reader(io.StringIO(text), delimiter=delimiter)
    ]
    tables, warnings = joined_sheet(rows)
    if len(tables) > 1:
        return lines_text(render_sheets([("", t) for t in tables], _stem(name))[0]), warnings
    rows = [row for row in tables[0] if any(c.text for c in row)]
    if not rows:
        raise PlanImportError(_("文件为空：%(name)s") % {"name": name})
    found = find_header(rows)
    stem = _stem(name)
    if found and not title_rows(rows, found[0]) and stem:
        return lines_text([[(stem, -1)], *render(rows)]), warnings
    return lines_text(render(rows)), warnings
