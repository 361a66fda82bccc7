"""Tables flattened into text: Markdown tables, ``|`` rows, tab rows, one cell per line.

A table copied out of a web page or a spreadsheet reaches a text file in one
of these shapes. Each run of rows whose header names the usual columns
(see :mod:`commitments.importer.tables`) is rewritten as labelled items (the parts of one
list spread over several tables joined first, :mod:`table_join`); the
rest of the text is left as it is. The rewrite keeps a map from each of its
characters to the source text, so commitments still point into the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commitments.importer.table_join import (
    is_appendix,
    is_table_heading,
    join_appendix,
    join_tables,
)
from commitments.importer.tables import (
    CONTEXT_LINES,
    ITEM_NUMBER,
    NUMBERED_HEADING,
    Cell,
    Line,
    column_kind,
    find_header,
    render,
)

PIPE = re.compile(r"[|｜]")
HTML_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)
SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
#: How far ahead (in lines) the next row number may be in one-cell-per-line text.
LOOKAHEAD = 8


@dataclass(frozen=True)
class SourceLine:
    text: str  # without its line break
    start: int
    end: int  # after the line break


@dataclass(frozen=True)
class Block:
    first: int  # line indexes [first, last)
    last: int
    rows: list[list[Cell]]


def rewrite_tables(raw: str) -> tuple[str, list[int]] | None:
    """``raw`` with its tables as labelled items, and the map back to ``raw``.

    Returns ``None`` when the text holds no table with a recognizable header.
    The map has one entry per character of the rewrite, plus its end.
    """
    lines = _lines(raw)
    blocks = _blocks(lines)
    if not blocks:
        return None
    chars: list[str] = []
    offsets: list[int] = []
    index = 0
    joined = join_tables([block.rows for block in blocks])
    labels: dict[int, str] = {}  # an appendix's owners and times on the items' lines
    appendices: set[int] = set()
    for b, (block, rows) in enumerate(zip(blocks, joined.tables, strict=True)):
        texts = [line.text for line in lines[: block.first]]
        if rows is not None and (appended := join_appendix(texts, rows)) is not None:
            labels.update(appended.labels)
            appendices.add(b)
    for b, (block, rows) in enumerate(zip(blocks, joined.tables, strict=True)):
        before = lines[index : block.first]
        if rows is None:  # joined into the task table: its heading goes with it
            while before and not before[-1].text.strip():
                before = before[:-1]
            if before and is_table_heading(before[-1].text):
                before = before[:-1]
        for at, line in enumerate(before, index):
            _copy_labelled(raw, line, labels.get(at, ""), chars, offsets)
        if b in appendices:
            pass  # read into the items it names
        elif rows is not None and find_header(rows) is None:  # no task table: the lines as they are
            for line in lines[block.first : block.last]:
                _copy(raw, line.start, line.end, chars, offsets)
        else:
            above = [line.text for line in lines[index : block.first] if line.text.strip()]
            context = above[-CONTEXT_LINES:]  # ``单位：万元`` over a Markdown table
            for rendered in render(rows, context=context) if rows is not None else []:
                _emit(raw, rendered, chars, offsets)
        index = block.last
        if chars and index >= len(lines) and not raw.endswith(("\n", "\r")):
            chars.pop()
            offsets.pop()
    for line in lines[index:]:
        _copy(raw, line.start, line.end, chars, offsets)
    offsets.append(len(raw))
    return "".join(chars), offsets


def _lines(raw: str) -> list[SourceLine]:
    out, pos = [], 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        out.append(SourceLine(body, pos, pos + len(piece)))
        pos += len(piece)
    return out


def _copy_labelled(
    raw: str, line: SourceLine, label: str, chars: list[str], offsets: list[int]
) -> None:
    """A line as it is, with an appendix's labels (pointing at its last character) at its end."""
    stop = line.start + len(line.text)
    _copy(raw, line.start, stop, chars, offsets)
    chars.extend(label)
    offsets.extend([max(stop - 1, line.start)] * len(label))
    _copy(raw, stop, line.end, chars, offsets)


def _copy(raw: str, start: int, end: int, chars: list[str], offsets: list[int]) -> None:
    chars.extend(raw[start:end])
    offsets.extend(range(start, end))


def _emit(raw: str, line: Line, chars: list[str], offsets: list[int]) -> None:
    last = offsets[-1] + 1 if offsets else 0
    for text, start in line:
        if start >= 0 and raw[start : start + len(text)] == text:
            positions = list(range(start, start + len(text)))
        else:
            anchor = start if start >= 0 else last
            positions = [anchor] * len(text)
        chars.extend(text)
        offsets.extend(positions)
        if text:
            last = positions[-1] + 1
    chars.append("\n")
    offsets.append(min(last, len(raw) - 1) if raw else 0)


def _blocks(lines: list[SourceLine]) -> list[Block]:
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        block = _delimited_block(lines, index, "pipe") or _delimited_block(lines, index, "tab")
        block = block or _one_per_line_block(lines, index)
        if block:
            blocks.append(block)
            index = block.last
        else:
            index += 1
    return blocks


def _cells(line: SourceLine, kind: str, outer: bool = True) -> list[Cell] | None:
    """The cells of a ``|`` or tab row, or ``None`` when the line is not one.

    ``outer``: the table writes pipes around its rows (Markdown); without them a
    row that starts with a pipe starts with an empty cell.
    """
    text = line.text
    if kind == "pipe":
        stripped = text.strip()
        if not PIPE.search(stripped):
            return None
        lo = len(text) - len(text.lstrip())
        hi = lo + len(stripped)
        if PIPE.match(text, lo) and outer:
            lo += 1
        if hi > lo and PIPE.match(text[hi - 1]) and outer:
            hi -= 1
        bounds = [lo, *[m.start() for m in PIPE.finditer(text, lo, hi)], hi]
        pieces = [(bounds[0], bounds[1])] + [
            (bounds[i] + 1, bounds[i + 1]) for i in range(1, len(bounds) - 1)
        ]
        if len(pieces) < 2 and not stripped.startswith(("|", "｜")):
            return None
    else:
        if "\t" not in text:
            return None
        pieces, lo = [], 0
        for m in re.finditer(r"\t", text):
            pieces.append((lo, m.start()))
            lo = m.end()
        pieces.append((lo, len(text)))
        if sum(1 for a, b in pieces if text[a:b].strip()) < 2:
            return None
    cells = []
    for a, b in pieces:
        value = text[a:b]
        lead = len(value) - len(value.lstrip())
        value = value.strip()
        while len(value) > 4 and value[:2] in ("**", "__") and value[-2:] == value[:2]:
            value, lead = value[2:-2].strip(), lead + 2  # Markdown bold around a cell
        value = HTML_BREAK.sub("；", value)  # ``<br>`` inside a cell: a line of its own
        value = re.sub(r"([。；;，,])；", r"\1", value)
        cells.append(Cell(value, line.start + a + lead))
    return cells


def _delimited_block(lines: list[SourceLine], index: int, kind: str) -> Block | None:
    rows: list[list[Cell]] = []
    last = index
    outer = bool(PIPE.match(lines[index].text.strip()))
    while last < len(lines):
        cells = _cells(lines[last], kind, outer)
        if cells is None:
            break
        if not all(SEPARATOR_CELL.match(c.text) for c in cells if c.text) or not any(
            c.text for c in cells
        ):
            rows.append(cells)
        last += 1
    if len(rows) < 2 or (find_header(rows) is None and not is_appendix(rows)):
        return None
    return Block(index, last, rows)


def _one_per_line_block(lines: list[SourceLine], index: int) -> Block | None:
    """``序号`` / ``目标任务`` / ``牵头单位`` / ``1`` / ``建成…`` / ``农业股``: one cell a line."""
    kinds: list[str] = []
    header: list[Cell] = []
    i = index
    while i < len(lines):
        line = lines[i]
        if not line.text.strip():
            if header:
                i += 1
                continue
            return None
        kind = column_kind(line.text)
        if kind is None:
            break
        kinds.append(kind)
        header.append(_cell(line))
        i += 1
    if not kinds or kinds[0] != "number" or "text" not in kinds or len(kinds) < 3:
        return None
    width = len(kinds)
    rows: list[list[Cell]] = [header]
    expected = 1
    last = i
    while True:
        j = _next_filled(lines, i)
        if j is None:
            break
        if _is_number(lines[j], expected):
            row = [_cell(lines[j])]
            i = j + 1
            while True:
                k = _next_filled(lines, i)
                if k is None or _is_number(lines[k], expected + 1):
                    break
                if len(row) >= width and (
                    NUMBERED_HEADING.match(lines[k].text)
                    or _number_ahead(lines, k, expected + 1) is None
                ):
                    break
                if len(row) >= width:  # a cell written on several lines
                    row[-1] = _extend(row[-1], lines[k])
                else:
                    row.append(_cell(lines[k]))
                i = k + 1
            rows.append(align(row, kinds))
            last = i
            expected += 1
        elif NUMBERED_HEADING.match(lines[j].text) and _number_ahead(lines, j + 1, expected):
            rows.append([_cell(lines[j])])
            i = last = j + 1
        else:
            break
    if len(rows) < 2:
        return None
    return Block(index, last, rows)


DATE_LIKE = re.compile(
    r"^(?:\d{4}\s*[年./-])?\s*(?:\d{1,2}\s*月|[一二三四1-4]季度|[上下]半年|年底|年内|年末|全年|长期|持续)"
    r"|^\d{4}[./-]\d{1,2}|^\d{4}年(?:底|内)?(?:前)?$|前$"
)
UNIT_LIKE = re.compile(
    r"(?:办|所|站|中心|局|委|会|室|院|队|组|部|股|村|社区|公司|街道|乡|镇)(?:[(（]牵头[)）])?$"
)
NAME_LIKE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[、，,][\u4e00-\u9fff]{2,4})*$")


def _fits(kind: str, text: str) -> bool:
    text = text.strip()
    if kind == "deadline":
        return bool(DATE_LIKE.search(text)) and len(text) <= 30
    if kind in ("lead", "co"):
        return all(UNIT_LIKE.search(n) for n in re.split(r"[、，,;；\s]+", text) if n)
    if kind == "official":
        return bool(NAME_LIKE.match(text)) and not UNIT_LIKE.search(text)
    return True


def align(row: list[Cell], kinds: list[str]) -> list[Cell]:
    """Cells of a row that left its empty cells out, put under the columns they fit.

    One cell per line loses the empty cells; a unit, a name or a date still
    shows which column it belongs to.
    """
    if len(row) >= len(kinds):
        return row
    out = [Cell("", -1) for _ in kinds]
    column = 0
    for index, cell in enumerate(row):
        left = len(row) - index  # cells still to place, this one included
        target = column
        while target < len(kinds) and not _fits(kinds[target], cell.text):
            target += 1
        if target >= len(kinds) or len(kinds) - target < left:
            target = column  # no column fits: keep the order
        out[target] = cell
        column = target + 1
        if column >= len(kinds):
            break
    return out


def _cell(line: SourceLine) -> Cell:
    lead = len(line.text) - len(line.text.lstrip())
    return Cell(line.text.strip(), line.start + lead)


def _extend(cell: Cell, line: SourceLine) -> Cell:
    """A cell continued on the next line (the text between stays in the source)."""
    return Cell(f"{cell.text}\n{line.text.strip()}", cell.start)


def _next_filled(lines: list[SourceLine], i: int) -> int | None:
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    return i if i < len(lines) else None


def _is_number(line: SourceLine, expected: int) -> bool:
    m = ITEM_NUMBER.match(line.text)
    return m is not None and int(m.group(1)) == expected and "、" not in line.text


def _number_ahead(lines: list[SourceLine], i: int, expected: int) -> int | None:
    for k in range(i, min(len(lines), i + LOOKAHEAD)):
        if _is_number(lines[k], expected):
            return k
    return None
