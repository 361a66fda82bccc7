"""A PDF page set in columns: its parts in reading order.

A page may be set in two or three columns, under a title or a paragraph that runs the full
width, and may mix full-width and columned parts. pdfplumber reads a line straight across the
page, so two columns come out interleaved line by line. The columns are found from where the
text stands, not from a fraction of the page: a column starts where ``MIN_ROWS`` lines or
more begin at the same place, well right of the page's left margin, and a run of lines that
no text crosses just left of that place, with a gutter of ``GUTTER_EMS`` to ``MAX_GUTTER_EMS``
characters, bears it out when the text left of the gutter is as wide as a column and wraps a
line there (a line at the gutter's edge, mid-sentence, and the next one going on). A
label and its value set apart on a form (``联系人：王芳`` … ``电话：…``) wrap no line: read across.

A columned part is read column by column, left column first, each top to bottom; full-width
parts are read as they stand, between them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from commitments.importer.wrapping import NEW_ITEM, SENTENCE_END

#: The narrowest gutter, in characters of the body's size (a full-width space inside a line
#: is one; typesetters leave two or so between columns), and the widest.
GUTTER_EMS, MAX_GUTTER_EMS = 1.5, 6
#: Lines that begin a column, and lines of the column left of it, in a columned part.
MIN_ROWS = 3
#: Lines of the left column that reach the gutter's edge.
MIN_FLUSH = 2
#: The narrowest column, in characters.
MIN_COLUMN_EMS = 8
#: Points by which the lines of a column may miss its left edge.
ALIGN = 2.0
#: A running header or footer: a short line without a full stop.
FURNITURE_LINE = re.compile(r"[^。；;！!？?]{1,30}")


class Segment(NamedTuple):
    """A stretch of text on a line, between wide gaps."""

    x0: float
    x1: float
    text: str
    ink: float  # x1 less the blank right half of a closing mark that ends it (``，`` ``。``)


#: Full-width marks whose glyph stands in the left half of their box: a typesetter lets one
#: hang past the column's edge rather than begin a line with it.
HANGING = "，。、；：）》」』”’！？"


@dataclass(frozen=True)
class Part:
    """Characters read together: a full-width stretch of the page, or one column of a part."""

    chars: frozenset[int]  # id() of the page's char objects
    top: float
    bottom: float
    x0: float
    x1: float
    width: float  # the width the part's lines are set to, for telling wrapped lines

    def holds(self, obj: dict) -> bool:
        return obj.get("object_type") != "char" or id(obj) in self.chars


def column_parts(lines: list[dict], body_size: float, page_width: float) -> list[Part] | None:
    """The page's parts in reading order, or None when no part of it is set in columns.

    ``lines`` are pdfplumber's text lines (with their chars) read straight across the page.
    """
    em = max(body_size, 1.0)
    rows = [_segments(line["chars"], em * GUTTER_EMS) for line in lines]
    starts = _starts(rows, em)
    runs: list[tuple[list[int], list[float]]] = []
    for _ in range(3):  # a start that begins no column must not split runs of lines
        if not starts:
            return None
        runs = _runs(rows, starts, em)
        valid = {x for _, gutters in runs for x in gutters}
        if valid == set(starts):
            break
        starts = [x for x in starts if x in valid]
    if not any(gutters for _, gutters in runs):
        return None
    parts: list[Part] = []
    wide: list[int] = []
    for members, gutters in runs:
        if not gutters:
            wide.extend(members)
            continue
        if wide:
            parts.append(_part([lines[i] for i in wide], page_width))
            wide = []
        parts.extend(_columns([lines[i] for i in members], gutters))
    if wide:
        parts.append(_part([lines[i] for i in wide], page_width))
    return parts


def _segments(chars: list[dict], gap: float) -> list[Segment]:
    """The stretches of text on a line, split where the gap between two characters is wide."""
    segments: list[Segment] = []
    for char in sorted((c for c in chars if c["text"].strip()), key=lambda c: c["x0"]):
        ink = char["x1"]
        if char["text"] in HANGING:
            ink = (char["x0"] + char["x1"]) / 2
        if segments and char["x0"] - segments[-1].ink < gap:
            last = segments[-1]
            segments[-1] = Segment(
                last.x0, max(last.x1, char["x1"]), last.text + char["text"], max(last.ink, ink)
            )
        else:
            segments.append(Segment(char["x0"], char["x1"], char["text"], ink))
    return segments


def _starts(rows: list[list[Segment]], em: float) -> list[float]:
    """Places where ``MIN_ROWS`` lines or more begin a stretch of text, right of a column."""
    margin = min((row[0].x0 for row in rows if row), default=0.0)
    found = sorted((s.x0, i) for i, row in enumerate(rows) for s in row)
    starts: list[float] = []
    group: list[tuple[float, int]] = []
    for x, i in [*found, (float("inf"), -1)]:
        if group and x - group[0][0] > ALIGN:
            if len({i for _, i in group}) >= MIN_ROWS:
                starts.append(group[0][0])
            group = []
        group.append((x, i))
    return [x for x in starts if x >= margin + (MIN_COLUMN_EMS + GUTTER_EMS) * em]


def _crosses(segment: Segment, start: float, em: float) -> bool:
    """Text in the gutter just left of a column's start: the line runs across there (a
    closing mark hung past the column's edge runs into the gutter, not across it)."""
    return segment.x0 < start - ALIGN and segment.ink > start - GUTTER_EMS * em


def _runs(
    rows: list[list[Segment]], starts: list[float], em: float
) -> list[tuple[list[int], list[float]]]:
    """Runs of lines that no text crosses at the same column starts; each with the gutters
    it bears out, as (middle of the gutter) left to right."""
    runs: list[tuple[list[int], tuple[float, ...]]] = []
    for i, row in enumerate(rows):
        open_ = tuple(x for x in starts if not any(_crosses(s, x, em) for s in row))
        if runs and runs[-1][1] == open_:
            runs[-1][0].append(i)
        else:
            runs.append(([i], open_))
    found = []
    for members, open_ in runs:
        gutters = []
        before = float("-inf")
        for start in open_:
            edge = _edge(start, before, [rows[i] for i in members], em)
            if edge is not None:
                gutters.append(start)
                before = start
        found.append((members, gutters))
    return found


def _edge(start: float, before: float, rows: list[list[Segment]], em: float) -> float | None:
    """The right edge of the column that ends left of ``start`` (and begins at ``before`` or
    later), when the lines bear out a column there; else None."""
    lefts = [
        next((s for s in reversed(row) if s.x0 >= before - ALIGN and s.x1 <= start), None)
        for row in rows
    ]
    ends = [s for s in lefts if s is not None]
    begins = [
        next(s for s in row if s.x0 >= start - ALIGN) for row in rows if row[-1].x0 >= start - ALIGN
    ]
    if len(ends) < MIN_ROWS or sum(abs(s.x0 - start) <= ALIGN for s in begins) < MIN_ROWS:
        return None
    edge = max(s.ink for s in ends)
    if not GUTTER_EMS * em <= start - edge <= MAX_GUTTER_EMS * em:
        return None
    last = max(s.x1 for row in rows for s in row if s.x0 >= start - ALIGN)
    flush = [s.x1 >= edge - GUTTER_EMS * em for s in ends]
    wraps = any(
        at_edge and line.text[-1] not in SENTENCE_END and not NEW_ITEM.match(after.text)
        for line, at_edge, after in zip(ends, flush, ends[1:], strict=False)
    )
    wide = edge - min(s.x0 for s in ends) >= MIN_COLUMN_EMS * em
    if wide and last - start >= MIN_COLUMN_EMS * em and sum(flush) >= MIN_FLUSH and wraps:
        return edge
    return None


def _part(lines: list[dict], width: float) -> Part:
    chars = [c for line in lines for c in line["chars"]]
    return Part(
        frozenset(id(c) for c in chars),
        min(line["top"] for line in lines),
        max(line["bottom"] for line in lines),
        min(line["x0"] for line in lines),
        max(line["x1"] for line in lines),
        width,
    )


def _columns(lines: list[dict], starts: list[float]) -> list[Part]:
    """One part a column, left to right; a character goes to the column it stands in."""
    splits = [x - ALIGN for x in starts]
    bounds = [min(line["x0"] for line in lines), *starts, max(line["x1"] for line in lines)]
    top = min(line["top"] for line in lines)
    bottom = max(line["bottom"] for line in lines)
    columns: list[set[int]] = [set() for _ in bounds[1:]]
    for line in lines:
        for c in line["chars"]:
            columns[bisect.bisect_right(splits, (c["x0"] + c["x1"]) / 2)].add(id(c))
    return [
        Part(frozenset(chars), top, bottom, x0, x1, x1 - x0)
        for chars, x0, x1 in zip(columns, bounds, bounds[1:], strict=False)
        if chars
    ]


def carried_parts(
    lines: list[dict], columns: list[tuple[float, float]], body_size: float, page_width: float
) -> list[Part] | None:
    """The parts of a page the page before's columns run on to, or None.

    ``columns`` are the page before's columns, left to right, as (x0, x1) in points. The last
    page of a columned list may hold too little in a later column to bear the columns out on
    its own (two closing lines in the right column): when no line but the page's first or last
    (a running head, a footer with the page number, set across the page) crosses a gutter of
    those columns, and a stretch of text begins right at a later column's edge, the page is read
    in those columns, its crossing first and last lines full-width before and after them. The
    first column's lines must run up to its gutter (``MIN_FLUSH`` of them, wrapped text): a
    form's labels and values set apart on a full-width page are read across.
    """
    run = columns[-1:]
    for x0, x1 in reversed(columns[:-1]):  # the last columned part's columns, side by side
        if abs(x1 - run[0][0]) > ALIGN:
            break
        run.insert(0, (x0, x1))
    if len(run) < 2 or not lines:
        return None
    em = max(body_size, 1.0)
    starts = [x0 for x0, _ in run[1:]]
    rows = [_segments(line["chars"], em * GUTTER_EMS) for line in lines]
    crossing = [any(_crosses(s, x, em) for s in row for x in starts) for row in rows]
    furniture = [bool(FURNITURE_LINE.fullmatch(line["text"].strip())) for line in lines]
    head = 1 if crossing[0] and furniture[0] else 0
    foot = len(lines) - 1 if len(lines) > 1 and crossing[-1] and furniture[-1] else len(lines)
    inner = rows[head:foot]
    if head >= foot or any(crossing[head:foot]):
        return None
    if not any(abs(s.x0 - x) <= ALIGN for row in inner for s in row for x in starts):
        return None
    reach = starts[0] - MAX_GUTTER_EMS * em  # the first column's lines run up to its gutter
    if sum(s.ink >= reach for row in inner for s in row if s.x1 <= starts[0]) < MIN_FLUSH:
        return None  # a form's labels and values set apart (``联系人：…`` ``电话：…``)
    splits = [x - ALIGN for x in starts]
    held: list[set[int]] = [set() for _ in run]
    for line in lines[head:foot]:
        for c in line["chars"]:
            held[bisect.bisect_right(splits, (c["x0"] + c["x1"]) / 2)].add(id(c))
    middle = lines[head:foot]
    top = min(line["top"] for line in middle)
    bottom = max(line["bottom"] for line in middle)
    parts = [_part(lines[:head], page_width)] if head else []
    parts.extend(
        Part(frozenset(chars), top, bottom, x0, x1, x1 - x0)
        for chars, (x0, x1) in zip(held, run, strict=True)
        if chars
    )
    if foot < len(lines):
        parts.append(_part(lines[foot:], page_width))
    return parts
