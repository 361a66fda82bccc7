"""PDF → text lines: the text layer, with its ruled tables read as tables.

Most published government documents are PDFs. pdfplumber reads each page's
text lines and finds tables by their rules; text and tables are merged in
reading order (top to bottom), and a table that runs on over a page break
is one table. A PDF with no text layer (a scan) cannot be read without OCR:
that is one clear error; scanned pages inside a text PDF become a warning.
"""

from __future__ import annotations

import io
import logging

from django.utils.translation import gettext as _

from commitments.importer.clean import PAGE_NUMBER_LINE
from commitments.importer.errors import PlanImportError
from commitments.importer.readers.limits import (
    MAX_PDF_PAGES,
    MAX_TEXT_CHARS,
    check_pdf_streams,
    check_size,
    too_large,
)
from commitments.importer.readers.pdf_columns import (
    FURNITURE_LINE,
    Part,
    carried_parts,
    column_parts,
)
from commitments.importer.readers.pdf_unruled import Grid, Unruled, unruled_tables
from commitments.importer.tables import CONTEXT_LINES, Cell, lines_text, render_tasks
from commitments.importer.wrapping import FILL, NEW_ITEM
from commitments.wording import listed

#: Fewer readable characters than this on a page with a picture: a scanned page.
SCANNED_PAGE_CHARS = 10


def read_pdf(data: bytes, name: str) -> tuple[str, list[str]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    check_size(data, name)
    check_pdf_streams(data, name)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        pages = pdf.pages
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise PlanImportError(
            _("PDF 文件已加密，请去除密码后再导入：%(name)s") % {"name": name}
        ) from exc
    except Exception as exc:  # pdfminer raises many kinds for a broken file
        raise PlanImportError(_("不是有效的 PDF 文件：%(name)s") % {"name": name}) from exc
    with pdf:
        if len(pages) > MAX_PDF_PAGES:
            raise too_large(name, _("超过 %(n)d 页") % {"n": MAX_PDF_PAGES})
        lines: list[str] = []
        scanned: list[int] = []
        pending: list[list[Cell]] = []  # a table that may run on over the page break
        context: list[str] = []  # the lines right above it (``单位：万元``, ``责任单位：…``)
        tasks = [0]  # tasks laid out one key-value table each, numbered on across tables
        size = 0
        # the last line written reached the right margin: it runs on (True), or it nearly
        # did, and runs on unless the next line starts an item of its own (None)
        wrapped: bool | None = False
        read: list[tuple[list[tuple[str, object]], bool]] = []
        body_size = _body_size(pages)
        columns: list[tuple[float, float]] = []  # the last columned page's columns
        grid: Grid | None = None  # an unruled table's columns, running on to the next page
        for number, page in enumerate(pages, start=1):
            try:
                items, has_text, columns, grid = _page_items(page, body_size, columns, grid)
                read.append((items, has_text))
            except Exception as exc:  # a broken content stream
                raise PlanImportError(
                    _("PDF 第 %(page)d 页无法读取：%(name)s") % {"page": number, "name": name}
                ) from exc
        running = _running_lines([items for items, _ in read])
        for number, (items, has_text) in enumerate(read, start=1):
            page = pages[number - 1]
            if not has_text and (page.images or not items):
                scanned.append(number)
            for kind, value in items:
                if kind == "table":
                    if pending and len(value[0]) == len(pending[0]):
                        pending.extend(value)  # continued: same columns, nothing in between
                    else:
                        lines.extend(_flush(pending, tasks, context))
                        pending = list(value)
                        context = lines[-CONTEXT_LINES:]
                elif PAGE_NUMBER_LINE.match(value[0]) or value[0] in running:
                    continue  # page furniture between two halves of a table or a sentence
                else:
                    text, full = value
                    if pending:
                        lines.extend(_flush(pending, tasks, context))
                        pending = []
                        wrapped = False
                    if lines and (wrapped or (wrapped is None and not NEW_ITEM.match(text))):
                        lines[-1] = _join(lines[-1], text)
                    else:
                        lines.append(text)
                    wrapped = full if text[-1:] not in SENTENCE_END else False
                    if wrapped and text[-1:] in CLOSING_BRACKET:
                        wrapped = None  # ``…。（牵头单位：…）`` at the margin ends its item
                    size += len(text)
            if size > MAX_TEXT_CHARS:
                raise too_large(name, _("文字过多"))
        lines.extend(_flush(pending, tasks, context))
    text = "\n".join(lines)
    if len(scanned) == len(pages) or not text.strip():
        raise PlanImportError(
            _("PDF 没有文字层（可能是扫描件），需要先进行文字识别（OCR）再导入：%(name)s")
            % {"name": name}
        )
    warnings = []
    if scanned:
        warnings.append(
            _("PDF 第 %(pages)s 页没有文字层（可能是扫描页），其中内容未导入，请核对")
            % {"pages": listed(scanned)}
        )
    return text, warnings


def _flush(rows: list[list[Cell]], tasks: list[int], context: list[str]) -> list[str]:
    """The table's lines; ``tasks`` counts the tasks laid out one table each, so far;
    ``context`` are the lines above it."""
    if not rows:
        return []
    lines, found = render_tasks(rows, tasks[0], context)
    tasks[0] += found
    return lines_text(lines).split("\n")


SENTENCE_END = "。！？；：!?;:"
CLOSING_BRACKET = "）)"


def _join(before: str, after: str) -> str:
    """A line wrapped by the layout, joined back (a space only between two Latin words)."""
    if (
        before[-1:].isascii()
        and before[-1:].isalnum()
        and after[:1].isascii()
        and after[:1].isalnum()
        and not (before[-1:].isdigit() and after[:1].isdigit())  # a number the line broke
    ):
        return f"{before} {after}"
    return before + after


def _running_lines(pages: list[list[tuple[str, object]]]) -> set[str]:
    """Lines that stand first or last on two or more pages: a running header or footer."""
    seen: dict[str, int] = {}
    for items in pages:
        lines = [value[0] for kind, value in items if kind == "line"]
        for text in {*lines[:1], *lines[-1:]}:
            seen[text] = seen.get(text, 0) + 1
    return {text for text, n in seen.items() if n >= 2 and FURNITURE_LINE.fullmatch(text)}


def _size(line: dict) -> float:
    sizes = sorted(round(c.get("size", 0.0), 1) for c in line.get("chars", ()))
    return sizes[len(sizes) // 2] if sizes else 0.0


def _body_size(pages) -> float:
    """The size most of the document's characters have: its body text's."""
    weight: dict[float, int] = {}
    for page in pages:
        try:
            for char in page.chars:
                size = round(char.get("size", 0.0), 1)
                weight[size] = weight.get(size, 0) + 1
        except Exception:  # a broken content stream: reported when the page is read
            continue
    return max(weight, key=lambda size: weight[size], default=0.0)


def _page_items(
    page, body_size: float, columns: list[tuple[float, float]], grid: Grid | None = None
) -> tuple[list[tuple[str, object]], bool, list[tuple[float, float]], Grid | None]:
    """The page's text lines and tables, top to bottom; whether it has text; its columns; an
    unruled table's columns when it runs on to the next page.

    A page without ruled tables may hold a table printed without rules, its columns under a
    header of known column names (:mod:`.pdf_unruled`); ``grid`` are the columns of such a
    table running on from the page before.

    A page set in columns is read part by part, each column top to bottom
    (:mod:`.pdf_columns`). ``columns`` are those of the page before when it had any: a page
    whose text stands in one of them (the last page of a columned document, its text all in
    the left column) wraps its lines at that column's width, and passes them on.

    The body's size is the size most of the document's characters have. A short line in a
    smaller size first or last on the page is a running header or footer (``石门镇人民政府``
    over page 2): left out. Only lines in the body's size wrap at the right margin; a
    title's lines in a larger size run on to each other, never into the body.
    """
    tables = [t for t in page.find_tables() if len(t.rows) >= 2]
    unruled: list[Unruled] = []
    if not tables:
        unruled, grid = unruled_tables(page, grid)
    else:
        grid = None
    boxes = [t.bbox for t in tables] + [t.bbox for t in unruled]

    def outside(obj: dict) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    rest = page.filter(outside) if boxes else page
    items: list[tuple[tuple[float, float], str, object]] = []
    chars = 0
    found = _lines(rest)
    parts = column_parts(found, body_size, page.width) or carried_parts(
        found, columns, body_size, page.width
    )
    widths = [page.width]
    if parts:  # read part by part, each column top to bottom
        found, part_of = [], []
        for n, part in enumerate(parts):
            lines = _lines(rest.filter(part.holds))
            found.extend(lines)
            part_of.extend([n] * len(lines))
        widths = [part.width for part in parts]
        columns = [(part.x0, part.x1) for part in parts if part.width < page.width]
    else:
        part_of = [0] * len(found)
        text = [line for i, line in enumerate(found) if not _furniture(found, i)]
        within = [
            (x0, x1)
            for x0, x1 in columns
            if text and all(x0 - 2 <= line["x0"] and line["x1"] <= x1 for line in text)
        ]
        widths = [within[0][1] - within[0][0]] if within else widths
        columns = within and columns

    def body(line: dict) -> bool:
        return abs(_size(line) - body_size) <= max(0.5, body_size * 0.1)

    if len(found) > 2:
        kept = [
            i
            for i, line in enumerate(found)
            if body(line)
            or i not in (0, len(found) - 1)
            or _size(line) > body_size
            or not FURNITURE_LINE.fullmatch(line["text"].strip())
        ]
        found, part_of = [found[i] for i in kept], [part_of[i] for i in kept]
    margin = max(12.0, page.width * 0.03)  # about two characters
    edges = [_edges(found, part_of, n, width, body) for n, width in enumerate(widths)]
    for i, line in enumerate(found):
        text = line["text"].strip()
        left, right, justified = edges[part_of[i]]
        full: bool | None
        if body(line):
            full = justified and line["x1"] >= right - margin
            if justified and not full and line["x1"] - left >= (right - left) * FILL:
                full = None  # half-width digits make a wrapped line shorter: likely wraps
        else:  # a title over two lines in its own size
            after = found[i + 1] if i + 1 < len(found) else None
            full = (
                after is not None
                and not body(after)
                and abs(_size(after) - _size(line)) < 0.5
                and line["x1"] - line["x0"] > (right - left) * 0.6
            )
        items.append(((part_of[i], line["top"]), "line", (text, full)))
        chars += len(text)
    for table in tables:
        rows = _fill_merged(table.extract())
        if rows:
            items.append(((_part_of(table.bbox, parts), table.bbox[1]), "table", rows))
            chars += sum(len(c.text) for row in rows for c in row)
    for found_table in unruled:
        items.append(
            ((_part_of(found_table.bbox, parts), found_table.bbox[1]), "table", found_table.rows)
        )
        chars += sum(len(c.text) for row in found_table.rows for c in row)
    items.sort(key=lambda item: item[0])
    return (
        [(kind, value) for _, kind, value in items],
        chars >= SCANNED_PAGE_CHARS,
        columns,
        grid,
    )


def _furniture(found: list[dict], i: int) -> bool:
    """The page's first or last line, short and without a full stop (``第 2 页 共 2 页``, a
    running head set across the page): no text of a column, whatever its width."""
    return i in (0, len(found) - 1) and bool(FURNITURE_LINE.fullmatch(found[i]["text"].strip()))


def _lines(page) -> list[dict]:
    return [
        line
        for line in page.extract_text_lines(keep_blank_chars=False, return_chars=True)
        if line["text"].strip()
    ]


def _edges(
    found: list[dict], part_of: list[int], part: int, width: float, body
) -> tuple[float, float, bool]:
    """A part's left and right margins, and whether its body text spans it (lines wrap)."""
    lines = [(i, line) for i, line in enumerate(found) if part_of[i] == part]
    left = min((line["x0"] for _, line in lines), default=0)
    indent = width * 0.25
    in_body = [
        line
        for i, line in lines
        if body(line)
        and not (  # a header in the body's size, set right or centred: not the margin
            i in (0, len(found) - 1)
            and line["x0"] > left + indent
            and FURNITURE_LINE.fullmatch(line["text"].strip())
        )
    ] or [line for _, line in lines]
    left = min((line["x0"] for line in in_body), default=0)
    right = max((line["x1"] for line in in_body), default=0)
    return left, right, right - left > width * 0.5


def _part_of(bbox: tuple[float, float, float, float], parts: list[Part] | None) -> float:
    """Where a table falls among the page's parts: in the one it stands in, else before the
    first part below it."""
    if not parts:
        return 0
    x = (bbox[0] + bbox[2]) / 2
    for n, part in enumerate(parts):
        if part.top <= bbox[1] <= part.bottom and part.x0 <= x <= part.x1:
            return n
    return next((n - 0.5 for n, part in enumerate(parts) if part.top > bbox[1]), len(parts))


def _fill_merged(raw: list[list[str | None]]) -> list[list[Cell]]:
    """Cells merged down take the value above (``None`` marks a covered cell).

    A row with one value and the rest covered is a heading merged across: left so.
    """
    rows: list[list[Cell]] = []
    above: list[str] = []
    for values in raw:
        covered = sum(v is None for v in values)
        row = []
        for i, value in enumerate(values):
            if value is None and covered < len(values) - 1 and i < len(above):
                text = above[i]
            else:
                text = value or ""
            row.append(text.strip())
        above = row
        if any(row):
            rows.append([Cell(text, wrapped=True) for text in row])
    return rows
