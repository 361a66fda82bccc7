"""PDF tables printed without rules: columns from the header words' positions.

A 任务分解表 printed from Excel or Word without borders has no ruling lines, so pdfplumber
finds no table on the page, and its text lines read as one jumbled pledge each. Such a table
still stands in columns under a header row whose words are the known column names (序号,
重点任务, 目标任务, 完成时限, 牵头单位, 配合单位 …: :func:`tables.header_columns`, the one home of
the column vocabulary). This reader finds that header among the page's words, takes a column
boundary in the gap between each two header words where the fewest words below cross it,
puts each word below in its column, and joins a cell's wrapped lines: a line starts a new row
when it holds text in a column whose text on the line above did not run to the column's right
edge (a wrap runs there), or when it stands further below the line above than the rows' lines
stand from each other (cell padding). The rows go the way a ruled table's do
(:func:`tables.render`: node rows folded, owners, deadlines).

The table ends at a line whose text crosses a column boundary (a paragraph after it; a short
group row ``一、产业发展`` across the columns stays in it, one cell), at a page number, or at a
wide vertical gap. A page whose table runs to its end passes its columns on: the next page's
table goes on under them, with the header printed again or without it.

Cells printed vertically centred in their rows (Excel's merged cells: a task's 序号, name and
owners in the middle of its node rows) are told by a section's first row holding no 序号 while
a later one does; the task's rows are then parted around each 序号 (:func:`_centred_rows`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from commitments.importer.clean import PAGE_NUMBER_LINE
from commitments.importer.tables import NODE_STEP, Cell, header_columns

#: Words on one line stand within this many points of the same top.
SAME_LINE = 2.0
#: A header has at least this many known column names.
HEADER_COLUMNS = 3
#: A cell's line that ends this many characters or fewer short of the column's edge wraps on.
WRAP_SLACK = 1.2
#: … and runs on into the next row (a cell merged down over it) only this close to the edge.
MERGED_SLACK = 0.6
#: Column kinds of a node row's own cells (the rest are the task's, merged over its node rows).
NODE_COLUMN_KINDS = {"deadline", "milestone", "node", "stage"}
#: A line of text across the columns this short or shorter may be a group row (``一、产业发展``).
GROUP_ROW_CHARS = 20


@dataclass(frozen=True)
class Grid:
    """A table's columns: ``bounds`` are the ``n + 1`` x positions parting ``n`` columns."""

    bounds: tuple[float, ...]
    #: the columns holding a node row's own cells (时间节点, 节点任务 …), not the task's
    nodes: frozenset[int] = frozenset()
    #: its cells stand vertically centred in their rows (:func:`_centred_rows`)
    centred: bool = False

    @property
    def count(self) -> int:
        return len(self.bounds) - 1


@dataclass(frozen=True)
class Unruled:
    """A table read from a page: its box (x0, top, x1, bottom) and rows of cells."""

    bbox: tuple[float, float, float, float]
    rows: list[list[Cell]]
    centred: bool = False


def unruled_tables(page, carried: Grid | None) -> tuple[list[Unruled], Grid | None]:
    """The page's tables printed without rules, top to bottom, and the columns to pass on to
    the next page (when the last table runs to the page's end), else None.

    ``carried`` are the columns the page before passed on: text at the page's top that stands
    in them goes on with that table.
    """
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
    lines = _physical_lines(words)
    found: list[Unruled] = []
    start = 0
    passed: Grid | None = None
    if carried is not None and not (lines and _header(lines[0])):
        table, end = _body(lines, 0, carried, [])
        if table is not None and any(len([c for c in row if c.text]) > 1 for row in table.rows):
            found.append(table)
            start = end
            passed = replace(carried, centred=table.centred) if _runs_to_end(lines, end) else None
    while start < len(lines):
        at = next((i for i in range(start, len(lines)) if _header(lines[i])), None)
        if at is None:
            break
        header = _header(lines[at])
        assert header is not None
        grid = _grid(header, lines[at + 1 :], page.width)
        continued = (
            carried is not None
            and not found
            and not any(
                _text(line).strip() and not PAGE_NUMBER_LINE.match(_text(line))
                for line in lines[:at]
            )
        )
        if continued and carried is not None and carried.centred:
            grid = replace(grid, centred=True)  # printed as the page before
        table, end = _body(
            lines, at + 1, grid, [[Cell(_text(t), wrapped=True) for t in header]], continued
        )
        if table is None or len(table.rows) < 2:
            start = at + 1
            continue
        x0, _, x1, bottom = table.bbox
        top = min(w["top"] for w in lines[at])
        found.append(Unruled((x0, top, x1, bottom), table.rows, table.centred))
        passed = replace(grid, centred=table.centred) if _runs_to_end(lines, end) else None
        start = end
    return found, passed


def _physical_lines(words: list[dict]) -> list[list[dict]]:
    """Words grouped in lines by their top, each line left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= SAME_LINE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _size(word: dict) -> float:
    return max(word["bottom"] - word["top"], 1.0)


def _header(line: list[dict]) -> list[list[dict]] | None:
    """The line's words grouped into header names (a name spaced out by a space, ``序 号``, is one),
    when they name columns of a task table (:func:`tables.header_columns`)."""
    if len(line) < HEADER_COLUMNS:
        return None
    names: list[list[dict]] = []
    for word in line:
        if names and word["x0"] - names[-1][-1]["x1"] < _size(word) * 0.5:
            names[-1].append(word)
        else:
            names.append([word])
    columns = header_columns([Cell(_text(name)) for name in names])
    if columns is None or len(columns) < HEADER_COLUMNS:
        return None
    return names


def _text(words: list[dict]) -> str:
    text = ""
    for word in words:
        piece = word["text"]
        if text and text[-1].isascii() and text[-1].isalnum() and piece[:1].isascii():
            text += " "
        text += piece
    return text


def _grid(header: list[list[dict]], below: list[list[dict]], width: float) -> Grid:
    """Column boundaries: between two header names, where the fewest words below cross."""
    spans = [(w["x0"], w["x1"]) for line in below for w in line]
    bounds = [min([header[0][0]["x0"], *(x0 for x0, _ in spans)]) - 1.0]
    for left, right in zip(header, header[1:], strict=False):
        a, b = left[-1]["x1"], right[0]["x0"]
        points = sorted({a, b, *(x for span in spans for x in span if a < x < b)})
        best: tuple[int, float, float] | None = None
        for p, q in zip(points, points[1:], strict=False):
            mid = (p + q) / 2
            crossing = sum(1 for x0, x1 in spans if x0 < mid < x1)
            if best is None or (crossing, -(q - p)) < (best[0], -best[1]):
                best = (crossing, q - p, mid)
        bounds.append(best[2] if best else (a + b) / 2)
    bounds.append(max([width, *(x1 for _, x1 in spans)]))
    names = [_text(name) for name in header]
    kinds = header_columns([Cell(name) for name in names]) or {}
    nodes = {k for k, kind in kinds.items() if kind in NODE_COLUMN_KINDS}
    nodes |= {k for k, name in enumerate(names) if nodes and NODE_STEP.match(name)}
    return Grid(tuple(bounds), frozenset(nodes))


def _column(word: dict, grid: Grid) -> int | None:
    """The column a word stands in, None when it crosses a boundary."""
    slack = _size(word) * 0.5
    for k in range(grid.count):
        if word["x0"] >= grid.bounds[k] - slack and word["x1"] <= grid.bounds[k + 1] + slack:
            return k
    return None


def _body(
    lines: list[list[dict]],
    start: int,
    grid: Grid,
    rows: list[list[Cell]],
    continued: bool = False,
) -> tuple[Unruled | None, int]:
    """The table's rows from line ``start`` on (after ``rows``, its header) and the index of
    the first line after it; None when its cells are not printed at the top of their rows.

    A table whose first row (under its header, or under a group row) has no text in the first
    column while a later row has (a 序号 printed in the middle of the task's merged cells, its
    node rows above and below it) is printed vertically centred: :func:`_centred_rows`.
    ``continued``: the table goes on from the page before, its first rows a task's rest.
    """
    placed: list[tuple[list[dict], list[list[dict]] | None]] = []  # a line, its cells or None
    end = start
    pitch: float | None = None
    for i in range(start, len(lines)):
        line = lines[i]
        text = _text(line)
        columns = [_column(w, grid) for w in line]
        if placed:
            gap = line[0]["top"] - placed[-1][0][0]["top"]
            if gap > _size(line[0]) * 4:
                break  # far below the table: text of its own
            pitch = gap if pitch is None else min(pitch, gap)
        if any(c is None for c in columns):
            if (
                len(text) <= GROUP_ROW_CHARS
                and columns[0] in (0, None)
                and line[0]["x0"] <= grid.bounds[1]
                and i + 1 < len(lines)
                and all(_column(w, grid) is not None for w in lines[i + 1])
            ):
                placed.append((line, None))  # a group row across the columns
                end = i + 1
                continue
            break
        if PAGE_NUMBER_LINE.match(text) and columns[0] != 0:
            break
        put: list[list[dict]] = [[] for _ in range(grid.count)]
        for word, column in zip(line, columns, strict=True):
            put[column or 0].append(word)
        placed.append((line, put))
        end = i + 1
    if not placed:
        return None, start
    right = [0.0] * grid.count  # how far each column's text reaches
    for _, cells in placed:
        for k, words in enumerate(cells or []):
            if words:
                right[k] = max(right[k], words[-1]["x1"])
    out = list(rows)
    texts: list[list[list[str]]] = []  # each body row's cells, each cell's lines
    owner = [-1] * grid.count  # the row whose cell a column's text above belongs to
    above: list[list[dict]] | None = None
    above_top = 0.0
    lead_blank: bool | None = None if not continued else False  # the segment's first row's
    centred = grid.centred
    if centred:
        texts = _centred_rows(placed, grid) or []
        placed = placed if texts else []

    def runs_on(k: int, slack: float) -> bool:
        """The column's text on the line above ran to its edge, but for ``slack`` characters."""
        return bool(
            above and above[k] and above[k][-1]["x1"] >= right[k] - _size(above[k][-1]) * slack
        )

    for line, cells in placed if not centred else []:
        top = line[0]["top"]
        if cells is None:
            texts.append([[_text(line)]] + [[] for _ in range(grid.count - 1)])
            owner = [-1] * grid.count
            above, above_top = None, top
            lead_blank = None
            continue
        gapped = pitch is not None and top - above_top > pitch * 1.5
        wraps = [
            bool(words) and not gapped and owner[k] >= 0 and runs_on(k, WRAP_SLACK)
            for k, words in enumerate(cells)
        ]
        if above is None or gapped or any(words and not wraps[k] for k, words in enumerate(cells)):
            texts.append([[] for _ in range(grid.count)])
            if lead_blank is None:
                lead_blank = not cells[0]
            elif lead_blank and cells[0]:
                # cells printed vertically centred over their rows
                found = _centred_rows(placed, grid)
                if found is None:
                    return None, start
                texts, centred = found, True
                break
            # a cell merged down over the new row runs on only from a line filled to its edge
            # (never into a row whose first column starts anew: a task's 序号)
            wraps = [
                w and runs_on(k, MERGED_SLACK) and not (cells[0] and not wraps[0])
                for k, w in enumerate(wraps)
            ]
        for k, words in enumerate(cells):
            if not words:
                continue
            if wraps[k]:  # a wrapped line of the cell above, merged down over this row or not
                texts[owner[k]][k].append(_text(words))
            else:
                owner[k] = len(texts) - 1
                texts[-1][k].append(_text(words))
        above, above_top = cells, top
    if not texts:
        return None, start
    out += [[Cell("\n".join(parts), wrapped=True) for parts in row] for row in texts]
    x1 = grid.bounds[-1]
    bottom = max(w["bottom"] for line, _ in placed for w in line)
    top = min(w["top"] for w in placed[0][0])
    return Unruled((grid.bounds[0], top, x1, bottom), out, centred), end


def _centred_rows(
    placed: list[tuple[list[dict], list[list[dict]] | None]], grid: Grid
) -> list[list[list[str]]] | None:
    """The rows of a table whose cells stand vertically centred in their rows, each cell's lines.

    Each task's first-column text (its 序号) stands in the middle of the task's rows: from the
    top of a section's first line, the task's rows end as far below its 序号 as they began above
    it, and the next task's begin there. A line belongs to the task whose rows hold its middle.
    Within a task, each line holding a node column's text (时间节点) is a node row, the node
    columns' text on the line nearest to it; the task's other cells are joined into the first.
    None when a section's rows cannot be parted so (a task's rows would end above their start).
    """
    rows: list[list[list[str]]] = []
    sections: list[list[list[list[dict]]]] = [[]]  # each section's lines, each line's cells
    for line, cells in placed:
        if cells is None:
            rows_of = _centred_section(sections[-1], grid)
            if rows_of is None:
                return None
            rows += rows_of
            rows.append([[_text(line)]] + [[] for _ in range(grid.count - 1)])
            sections.append([])
        else:
            sections[-1].append(cells)
    rows_of = _centred_section(sections[-1], grid)
    if rows_of is None:
        return None
    return rows + rows_of


def _middle(words: list[dict]) -> float:
    return (min(w["top"] for w in words) + max(w["bottom"] for w in words)) / 2


def _centred_section(lines: list[list[list[dict]]], grid: Grid) -> list[list[list[str]]] | None:
    """One section's rows (:func:`_centred_rows`); ``lines`` are each line's cells."""
    if not lines:
        return []
    anchors = [_middle(cells[0]) for cells in lines if cells[0]]
    if not anchors:  # a task's rest, run on from the page before
        return _band_rows(lines, grid)
    edge = min(w["top"] for cells in lines for words in cells for w in words)
    edges = [edge]
    for middle in anchors:
        edges.append(2 * middle - edges[-1])
        if edges[-1] <= edges[-2]:
            return None
    rows: list[list[list[str]]] = []
    for n in range(len(anchors)):
        last = n == len(anchors) - 1
        rows += _band_rows(
            [
                cells
                for cells in lines
                if edges[n] <= _line_middle(cells) and (last or _line_middle(cells) < edges[n + 1])
            ],
            grid,
        )
    return rows


def _line_middle(cells: list[list[dict]]) -> float:
    return _middle([w for words in cells for w in words])


def _band_rows(band: list[list[list[dict]]], grid: Grid) -> list[list[list[str]]]:
    """One task's rows: a row per line holding a node column's text, the node columns' text on
    the line nearest it; the task's other cells joined into the first."""
    node_lines = [_line_middle(cells) for cells in band if any(cells[k] for k in grid.nodes)]
    rows: list[list[list[str]]] = [[[] for _ in range(grid.count)] for _ in node_lines or [0]]
    for cells in band:
        middle = _line_middle(cells)
        for k, words in enumerate(cells):
            if not words:
                continue
            at = 0
            if k in grid.nodes and node_lines:
                at = min(range(len(node_lines)), key=lambda i: abs(node_lines[i] - middle))
            rows[at][k].append(_text(words))
    return rows


def _runs_to_end(lines: list[list[dict]], end: int) -> bool:
    """Nothing but a page number stands after the table on its page."""
    return all(PAGE_NUMBER_LINE.match(_text(line)) for line in lines[end:])
