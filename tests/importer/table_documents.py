"""Spreadsheets and PDFs for the format tests, built in code (openpyxl, fpdf2).

Built rather than stored so a reader sees what each file holds; each imitates
how a 督查室 or a county office really leaves such a file.
"""

from __future__ import annotations

import io
import subprocess
from functools import cache
from pathlib import Path

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")  # tests/tools/ensure-chromium


@cache
def cjk_font() -> str:
    """A font with Chinese glyphs: WenQuanYi when installed, else what fontconfig offers."""
    if WQY.exists():
        return str(WQY)
    found = subprocess.run(
        ["fc-match", "-f", "%{file}", ":lang=zh"], capture_output=True, text=True, check=True
    )
    return found.stdout.strip()


def xlsx(
    sheets: dict[str, list[list[object]]], merges: dict[str, list[str]] | None = None
) -> bytes:
    """A workbook with one sheet per entry; ``merges`` lists ranges like ``A1:E1`` per sheet."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cell_range in (merges or {}).get(title, []):
            first = sheet[cell_range.split(":")[0]].value
            sheet.merge_cells(cell_range)
            sheet[cell_range.split(":")[0]] = first
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def pdf(blocks: list[tuple[str, object]]) -> bytes:
    """A PDF of text lines (``("line", text)``), ruled tables (``("table", rows)``)
    and page breaks (``("page", None)``), in the WenQuanYi font."""
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.add_font("wqy", fname=cjk_font())
    document.set_font("wqy", size=11)
    document.add_page()
    for kind, value in blocks:
        if kind == "line":
            document.multi_cell(0, 8, str(value), new_x="LMARGIN", new_y="NEXT")
        elif kind == "page":
            document.add_page()
        elif kind == "table":
            rows = value
            widths = _widths(rows)
            with document.table(
                col_widths=widths, text_align="LEFT", first_row_as_headings=False
            ) as table:
                for values in rows:
                    row = table.row()
                    for cell in values:
                        row.cell(str(cell))
    return bytes(document.output())


def _widths(rows: list[list[str]]) -> tuple[int, ...]:
    longest = [max(len(str(row[i])) for row in rows if i < len(row)) for i in range(len(rows[0]))]
    return tuple(max(3, min(n, 30)) for n in longest)


def scanned_pdf() -> bytes:
    """A page holding only a picture of text: what a scanner produces."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(image).rectangle((20, 20, 580, 60), fill="black")
    document = FPDF()
    document.add_page()
    document.image(image, x=10, y=10, w=180)
    return bytes(document.output())
