"""A table cell that lists several tasks of its row's unit: the one home of that rule.

A 责任分工表 exported one row per unit (``序号 | 责任单位 | 分管领导 | 年度重点任务``) puts all
the unit's tasks in one cell, each on its own line and numbered (``1.`` ``1、`` ``（1）`` ``①``,
the numbering starting again in each cell), each with its own bracket of helpers and time
(``（配合单位：便民服务中心；完成时限：12月底前）``). Each task is a pledge of the row's unit
(:func:`task_spans` splits the cell; :func:`commitments.importer.tables.render` makes one item
of each). Without numbers the cell is split only where each part is a whole task: lines (or
parts between ``；``) that each close with a bracket of their own labels, or lines that each
end a sentence (``。``/``；``); a task wrapped over two lines ends only on its last, so it
stays one. A cell of one task is one pledge, as before.

A row of several text columns (``序号 | 重点任务 | 具体举措``) whose one cell lists tasks
numbered from one (``1.新建…；2.引进…``) pledges each of them (:func:`listed_cell`), the other
cells (the 重点任务's name, its own number left out: :func:`cell_parts`) before each, as a
重点任务 merged down over its 具体举措 rows passes its name into theirs; a project's content
(``建设内容``, ``建设规模``) that numbers its parts stays one project, its parts one after
another without their numbers, and so does a row whose two cells both list.
"""

from __future__ import annotations

import re

from commitments.importer.vocabulary import CIRCLED, CLAUSE_OPENERS, CO_WORDS, LABELS, LEAD_WORDS

_LABEL = "|".join(LABELS.values())
#: A task's own bracket of labels at its end: ``（配合单位：…；完成时限：…）``,
#: ``（配合：…，时限：…）``, ``【配合单位：…】``, or labels in 【】 before their values
#: (``【配合单位】…【完成时限】…``).
OWN_LABELS_END = re.compile(
    rf"(?:[(（【][^()（）【】\n]*(?:{_LABEL}|{LEAD_WORDS}|{CO_WORDS})[^()（）【】\n]*[)）】]"
    rf"|【\s*(?:{_LABEL})\s*】[^【】()（）\n]*)\s*[。.；;，,]?\s*$"
)
#: A part that ends a sentence of its own.
SENTENCE_END = re.compile(r"[。；;！!]\s*$")
#: A line that goes on with the task above it (``其中…``, ``确保…``, ``同时…``): no task of its own.
CONTINUED = re.compile(rf"(?:{CLAUSE_OPENERS})")
#: A task's number at the start of a cell, a line, or after a sentence: ``1.`` ``1、`` ``1）``
#: ``（1）`` ``①`` (not ``1.5万亩``).
TASK_NUMBER = re.compile(
    rf"(?:^|(?<=\n)|(?<=[。；;]))[ \t\u3000]*"
    rf"(?:(?P<dot>\d{{1,2}})(?P<mark>[.．、]|[)）])(?!\d)|[(（](?P<paren>\d{{1,2}})[)）]"
    rf"|(?P<circled>[{CIRCLED}]))[ \t\u3000]*"
)
#: Between two parts of one line: ``；`` outside brackets.
PART_BREAK = re.compile(r"[；;]")


def task_spans(text: str, wrapped: bool = False) -> list[tuple[int, int]]:
    """Where each task of a cell listing several stands in ``text`` (its number left out); one
    span of the whole text when it holds one task. ``wrapped`` cells (a PDF's, broken at the
    column's width) are split by their numbers only."""
    whole = [(0, len(text))]
    spans = _numbered(text)
    if spans is None and not wrapped:
        spans = _unnumbered(text)
    return spans or whole


#: A column holding a project's content or scale: its numbered parts are one project's.
PROJECT_CONTENT = re.compile(r"建设|规模")


def listed_cell(texts: list[str], headers: list[str]) -> int | None:
    """In a row of several text cells (``texts``, under the column names ``headers``), the one
    cell that lists tasks numbered from one, each a pledge (:func:`cell_parts`); None when no
    cell or more than one does (which task of one goes with which of the other is not known),
    or the cell is a project's content (:data:`PROJECT_CONTENT`)."""
    found = [n for n, text in enumerate(texts) if len(_numbered(text) or ()) >= 2]
    if len(found) != 1 or PROJECT_CONTENT.search(headers[found[0]] if headers else ""):
        return None
    return found[0]


def cell_parts(text: str) -> list[tuple[int, int]]:
    """Where the parts of one cell of a row of several stand, their numbers left out: each
    part it numbers from one (``1.新建冷库…；2.购置…``), or its whole text without the number
    before it (``2.改善人居环境`` → ``改善人居环境``: the row's own number, no word of it)."""
    spans = _numbered(text)
    if spans:
        return spans
    m = TASK_NUMBER.match(text)
    return [_trimmed(text, m.end() if m else 0, len(text))]


def _numbered(text: str) -> list[tuple[int, int]] | None:
    """The tasks numbered 1, 2, … from the cell's start, in one style (a cell of one task
    numbered ``1.`` is that task, without its number)."""
    marks: list[re.Match[str]] = []
    style = ""
    for m in TASK_NUMBER.finditer(text):
        kind, value = _number(m)
        if not marks:
            if m.start() != 0 or value != 1:
                return None
            style = kind
        elif kind != style or value != len(marks) + 1:
            continue
        marks.append(m)
    if not marks:
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [_trimmed(text, m.end(), end) for m, end in zip(marks, ends, strict=True)]


def _number(m: re.Match[str]) -> tuple[str, int]:
    if m.group("circled"):
        return "circled", CIRCLED.index(m.group("circled")) + 1
    if m.group("paren"):
        return "paren", int(m.group("paren"))
    return m.group("mark").replace("．", "."), int(m.group("dot"))


def _unnumbered(text: str) -> list[tuple[int, int]] | None:
    """Lines that are each a whole task (each closes with its own labels, or each ends a
    sentence), else parts between ``；`` that each close with their own labels."""
    lines = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    if len(lines) >= 2 and (
        all(OWN_LABELS_END.search(text, s, e) for s, e in lines)
        or (
            all(SENTENCE_END.search(text, s, e) for s, e in lines)
            and not any(CONTINUED.match(text[s:e].lstrip()) for s, e in lines[1:])
        )
    ):
        return [_trimmed(text, s, e) for s, e in lines]
    if len(lines) != 1:
        return None
    parts = _parts(text)
    if len(parts) >= 2 and all(OWN_LABELS_END.search(text, s, e) for s, e in parts):
        return [_trimmed(text, s, e) for s, e in parts]
    return None


def _parts(text: str) -> list[tuple[int, int]]:
    """The text's parts between ``；`` outside brackets (a bracket's own ``；`` parts labels)."""
    parts: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "(（【":
            depth += 1
        elif ch in ")）】":
            depth = max(0, depth - 1)
        elif depth == 0 and PART_BREAK.match(ch):
            parts.append((start, i + 1))
            start = i + 1
    if text[start:].strip():
        parts.append((start, len(text)))
    return [(s, e) for s, e in parts if text[s:e].strip(" \t\n；;")]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "；;，,"):
        end -= 1
    return start, end
