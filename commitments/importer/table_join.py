"""One plan spread over several tables joined by a key (a 镇's “三张清单”).

Offices often lay one list of tasks out as two or three tables that share a 序号: a 任务清单
(``序号 | 重点任务 | 具体内容及量化目标``) says what is to be done, a 责任清单
(``序号 | 重点任务 | 牵头单位 | 配合单位 | 分管领导``) who does it and a 时限清单
(``序号 | 重点任务 | 阶段性目标 | 完成时限``) by when — the last often sorted by date, not by
序号. Read one by one, each table would be a list of its own: its rows extra pledges, the
tasks without owners or deadlines. Here the tables of one document (Word's tables, a
workbook's sheets, a sheet's blocks side by side) are joined before they are rendered: the
task table takes the owner and time columns of the others, row by row, by the 序号 (``1``,
``一``, ``（一）`` alike), or by the 重点任务 label the tables repeat when they have no 序号;
the joined tables are read no more. A table that looks like a part of the list (it only
names the tasks by their label beside owners or times) but whose numbers or labels do not
match the tasks' is not joined: it is read as its own list, with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

from commitments.importer.numerals import cn_to_int
from commitments.importer.tables import Cell, _closing_row, column_kind, find_header
from commitments.wording import listed

#: The columns a joined table gives the task table.
FIELD_KINDS = ("lead", "co", "official", "deadline", "milestone", "stage")
#: A 序号 cell: ``1``, ``1.``, ``1、``, ``（1）``, ``一``, ``一、``, ``（一）``.
KEY = re.compile(r"[(（]?\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）.、．]?")
#: A label cell is short (``招商引资``, ``人居环境整治``); a table whose text cells are
#: longer states tasks of its own and is no part of another's list.
LABEL_LENGTH = 20
#: A header's names are short (``具体内容及量化目标``).
HEADER_NAME = 12
#: The heading right above a table (``二、责任清单``, ``表2 时限清单``): short, no clause in it.
#: A table joined into another takes its heading with it.
TABLE_HEADING = re.compile(r"[^，。；;,！!？?]{1,24}")
Rows = list[list[Cell]]


@dataclass(frozen=True)
class Joined:
    #: Each table as it is to be read: the task table with the joined columns after its own,
    #: None for a table joined into another, the others as they were.
    tables: list[Rows | None]
    warnings: list[str]


@dataclass
class _Table:
    rows: Rows
    header_at: int
    columns: dict[int, str]

    @property
    def names(self) -> list[str]:
        return [_squash(c.text) for c in self.rows[self.header_at]]

    def body(self) -> list[int]:
        """The indexes of the task rows (not blank, not the header repeated, not a sum)."""
        header = self.names
        return [
            n
            for n in range(self.header_at + 1, len(self.rows))
            if [_squash(c.text) for c in self.rows[n]] != header and not _closing_row(self.rows[n])
        ]

    def column(self, kind: str) -> int | None:
        return next((i for i, k in sorted(self.columns.items()) if k == kind), None)

    def texts(self) -> list[int]:
        return [i for i, k in sorted(self.columns.items()) if k == "text"]

    def cell(self, n: int, i: int) -> str:
        row = self.rows[n]
        return _squash(row[i].text) if i < len(row) else ""


def join_tables(tables: list[Rows]) -> Joined:
    """The tables of one document with the parts of one list joined into its task table."""
    found = [_header(rows) for rows in tables]
    out: list[Rows | None] = list(tables)
    read = [_Table(rows, *h) if h else None for rows, h in zip(tables, found, strict=True)]
    warnings: list[str] = []
    for s, part in enumerate(read):
        if part is None or not _is_part(part):
            continue
        candidates = [
            (t, tasks)
            for t, tasks in enumerate(read)
            if t != s and tasks is not None and out[t] is not None and _holds_tasks(tasks, part)
        ]
        paired = next(
            ((t, tasks, pairs) for t, tasks in candidates if (pairs := _pairs(tasks, part))),
            None,
        )
        if paired is not None:
            t, tasks, pairs = paired
            joined = _joined(tasks, part, pairs)
            read[t], out[t], read[s], out[s] = joined, joined.rows, None, None
        elif candidates:
            warnings.append(
                _("表格（%(columns)s）的序号与任务表对不上，未合并到任务中，请核对")
                % {"columns": listed(n for n in part.names if n)}
            )
    return Joined(out, warnings)


def joined_sheet(rows: Rows) -> tuple[list[Rows], list[str]]:
    """A sheet (or a CSV) that lays the parts of one list side by side (blank columns between)
    or one under another (a blank row between), as its tables with the parts joined; else the
    sheet as it is, one table."""
    warnings: list[str] = []
    for blocks in (_side_by_side(rows), _stacked(rows)):
        if len(blocks) < 2 or not all(_header(block) for block in blocks):
            continue
        joined = join_tables(blocks)
        kept = [block for block in joined.tables if block is not None]
        if len(kept) < len(blocks):
            return kept, joined.warnings
        warnings += joined.warnings
    return [rows], warnings


def _side_by_side(rows: Rows) -> list[Rows]:
    """The blocks of columns between columns blank in every row that holds two values or more
    (a title merged across them does not join them), each under the titles above them all."""
    wide = [r for r in rows if _wide(r)]
    width = max((len(r) for r in rows), default=0)
    filled = [any(i < len(r) and r[i].text.strip() for r in wide) for i in range(width)]
    spans: list[tuple[int, int]] = []
    for i, used in enumerate(filled):
        if used and spans and spans[-1][1] == i:
            spans[-1] = (spans[-1][0], i + 1)
        elif used:
            spans.append((i, i + 1))
    # the titles above the blocks title each of them
    top = next((n for n, r in enumerate(rows) if _wide(r)), len(rows))
    return [
        rows[:top] + [r[lo:hi] for r in rows[top:] if any(c.text.strip() for c in r[lo:hi])]
        for lo, hi in spans
    ]


def _wide(row: list[Cell]) -> bool:
    return len({_squash(c.text) for c in row if c.text.strip()}) >= 2


def _stacked(rows: Rows) -> list[Rows]:
    """The tables one under another: a blank row, then a header, starts the next (after a
    block that has one: titles above the first table stay with it)."""
    blocks: list[Rows] = [[]]
    for n, row in enumerate(rows):
        if not any(c.text.strip() for c in row):
            ahead = [r for r in rows[n + 1 : n + 8] if any(c.text.strip() for c in r)][:3]
            if _header(blocks[-1]) is not None and _header(ahead) is not None:
                blocks.append([])
            continue
        blocks[-1].append(row)
    return [block for block in blocks if block]


def is_table_heading(line: str) -> bool:
    return bool(TABLE_HEADING.fullmatch(line.strip()))


def _header(rows: Rows) -> tuple[int, dict[int, str]] | None:
    """The header of a table; a part that names no task (``序号 | 牵头单位 | 配合单位``) has
    one too, though it has no text column."""
    found = find_header(rows)
    if found:
        return found
    for index, row in enumerate(rows[:5]):
        kinds = {i: column_kind(c.text) for i, c in enumerate(row) if c.text.strip()}
        known = {i: k for i, k in kinds.items() if k}
        if "number" in known.values() and any(k in FIELD_KINDS for k in known.values()):
            if len(known) == len(kinds):
                return index, known
        elif list(known.values()).count("text") >= 2 and all(
            len(_squash(row[i].text)) <= HEADER_NAME for i in kinds
        ):
            return index, known  # 工作类别 | 重点任务 | 具体内容: tasks by a label, no 序号
    return None


def _is_part(table: _Table) -> bool:
    """Does a table only tell the owners or times of tasks it names by number or label?"""
    if not any(k in FIELD_KINDS for k in table.columns.values()):
        return False
    labels = table.texts()
    if len(labels) > 1 or (not labels and table.column("number") is None):
        return False
    cells = [table.cell(n, labels[0]) for n in table.body()] if labels else []
    return all(len(c) <= LABEL_LENGTH for c in cells)


def _holds_tasks(tasks: _Table, part: _Table) -> bool:
    """Is ``tasks`` the table whose tasks ``part`` names: it states them beside the label the
    part repeats (its column of the same name), or by the same 序号 when the part has no
    label?"""
    if _is_part(tasks):
        return False
    labels = part.texts()
    if not labels:
        return tasks.column("number") is not None
    name = part.names[labels[0]]
    return len(tasks.texts()) > 1 and any(tasks.names[i] == name for i in tasks.texts())


def _pairs(tasks: _Table, part: _Table) -> dict[int, int] | None:
    """Task row → the part's row: by 序号 when both are numbered, each number once (the label,
    when both state one, must agree), else by the label; None when they do not match."""
    label = part.texts()[0] if part.texts() else None
    task_label = next(
        (i for i in tasks.texts() if label is not None and tasks.names[i] == part.names[label]),
        None,
    )
    t_number, p_number = tasks.column("number"), part.column("number")
    if t_number is not None and p_number is not None and _numbered(tasks) and _numbered(part):
        pairs = _match(
            [(n, _key(tasks.cell(n, t_number))) for n in tasks.body()],
            [(n, _key(part.cell(n, p_number))) for n in part.body()],
        )
        if pairs is None or label is None or task_label is None:
            return pairs
        agree = all(
            _same_label(tasks.cell(t, task_label), part.cell(p, label)) for t, p in pairs.items()
        )
        return pairs if agree else None
    if label is None or task_label is None:
        return None
    return _match(
        [(n, tasks.cell(n, task_label) or None) for n in tasks.body()],
        [(n, part.cell(n, label) or None) for n in part.body()],
    )


def _match(
    tasks: list[tuple[int, object | None]], part: list[tuple[int, object | None]]
) -> dict[int, int] | None:
    """Rows paired by key: every row of the part finds the one task row of its key."""
    task_rows: dict[object, int | None] = {}
    for n, key in tasks:
        if key is not None:
            task_rows[key] = None if key in task_rows else n  # a key twice identifies none
    pairs: dict[int, int] = {}
    for n, key in part:
        row = task_rows.get(key) if key is not None else None
        if row is None or row in pairs:
            return None
        pairs[row] = n
    return pairs or None


def _numbered(table: _Table) -> bool:
    """Does each task row have a 序号 of its own?"""
    number = table.column("number")
    if number is None:
        return False
    keys = [_key(table.cell(n, number)) for n in table.body()]
    keys = [k for k in keys if k is not None]
    return bool(keys) and len(set(keys)) == len(keys)


def _key(text: str) -> int | None:
    m = KEY.fullmatch(text)
    if not m:
        return None
    value = m.group(1)
    return int(value) if value.isdigit() else cn_to_int(value)


def _same_label(task: str, part: str) -> bool:
    return bool(task and part) and (task in part or part in task)


def _joined(tasks: _Table, part: _Table, pairs: dict[int, int]) -> _Table:
    """The task table with the part's owner and time columns after its own (a kind it
    already has is left to it)."""
    have = set(tasks.columns.values())
    added = [i for i, k in sorted(part.columns.items()) if k in FIELD_KINDS and k not in have]
    width = max(len(row) for row in tasks.rows[tasks.header_at :])
    header = tasks.names
    rows: Rows = list(tasks.rows[: tasks.header_at])
    for n in range(tasks.header_at, len(tasks.rows)):
        row = tasks.rows[n] + [Cell("")] * (width - len(tasks.rows[n]))
        if n == tasks.header_at or [_squash(c.text) for c in tasks.rows[n]] == header:
            source = part.rows[part.header_at]
        elif n in pairs:
            source = part.rows[pairs[n]]
        else:
            source = []
        rows.append(row + [source[i] if i < len(source) else Cell("") for i in added])
    columns = dict(tasks.columns)
    columns.update({width + j: part.columns[i] for j, i in enumerate(added)})
    return _Table(rows, tasks.header_at, columns)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# -- an appendix table keyed by the numbers of the items above it -------------------------

#: A numbered item's line: ``1．``, ``1、``, ``（1）``, ``第1项：``.
ITEM_KEY = re.compile(
    r"\s*(?:第\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*项\s*[：:、．.]?"
    r"|[(（]\s*(\d{1,3})\s*[)）]|(\d{1,3})\s*[．.、](?!\d))"
)
#: The label each kind of column becomes on its item's line (read as the item's own labels).
APPENDIX_LABELS = {
    "lead": "牵头单位",
    "co": "配合单位",
    "official": "分管领导",
    "deadline": "完成时限",
}
#: A cell that says nothing (``/``, ``—``, ``无``).
EMPTY_CELL = re.compile(r"[/／\-—–无]*")


@dataclass(frozen=True)
class Appended:
    #: Line index → the labels that go on the end of that item's line.
    labels: dict[int, str]
    warnings: list[str]

    def applied(self, lines: list[str]) -> list[str]:
        return [
            line.rstrip() + self.labels[at] if at in self.labels else line
            for at, line in enumerate(lines)
        ]


def is_appendix(rows: Rows) -> bool:
    """Does a table only tell owners or times of items it names (``任务序号 | 牵头单位 | …``)?"""
    found = _header(rows)
    return found is not None and _is_part(_Table(rows, *found))


def join_appendix(lines: list[str], rows: Rows) -> Appended | None:
    """An appendix table's owners and times as labels for the item lines its rows name.

    A 责任分工表 after a report (``任务序号 | 牵头单位 | 配合单位 | 完成时限``) keys its rows
    by the numbers of the items above it (``1．``, ``（1）``, ``第1项``), or by their names (a
    name is the start of one item's line, of one only); a row that has both must name the
    item of its number (else the table lists tasks of its own). Each row's columns go on the
    end of its item's line as labels, the table itself is read no more. None when the table tells no
    owners or times, or when fewer than half its rows (or fewer than two) find their item; a
    row that finds none, and a numbered item that no row names, are warned about."""
    found = _header(rows)
    if found is None:
        return None
    table = _Table(rows, *found)
    if not _is_part(table):
        return None
    label = table.texts()[0] if table.texts() else None
    key_column = table.column("number")
    if key_column is None:
        key_column, label = label, None
    items = _numbered_items(lines)
    body = table.body()
    pairs: dict[int, int] = {}
    unmatched: list[str] = []
    for n in body:
        cell = table.cell(n, key_column)
        number = _key(cell)
        at = items.get(number) if number is not None else _named_item(lines, cell)
        if label is not None and at is not None and _named_item(lines, table.cell(n, label)) != at:
            at = None  # a row that names another task than the item of its number
        if at is None or at in pairs.values():
            unmatched.append(cell)
        else:
            pairs[n] = at
    if len(pairs) < 2 or len(pairs) * 2 < len(body):
        return None
    out: dict[int, str] = {}
    for n, at in pairs.items():
        labels = [
            f"{APPENDIX_LABELS[kind]}：{text}"
            for i, kind in sorted(table.columns.items())
            if kind in APPENDIX_LABELS and not EMPTY_CELL.fullmatch(text := table.cell(n, i))
        ]
        if labels:
            out[at] = f"（{'；'.join(labels)}）"
    warnings = []
    if unmatched:
        warnings.append(
            _("附件表格中的序号或事项（%(keys)s）在正文中找不到对应事项，未合并，请核对")
            % {"keys": listed(k or "?" for k in unmatched)}
        )
    missing = [str(k) for k, at in sorted(items.items()) if at not in pairs.values()]
    if missing:
        warnings.append(
            _("正文第 %(numbers)s 项在附件表格中没有对应行，其责任单位与时限未从表格读取，请核对")
            % {"numbers": listed(missing)}
        )
    return Appended(out, warnings)


def _numbered_items(lines: list[str]) -> dict[int, int]:
    """Item number → its line; a number used twice (numbering restarted) keys no line."""
    items: dict[int, int | None] = {}
    for at, line in enumerate(lines):
        m = ITEM_KEY.match(line)
        if not m or not line[m.end() :].strip():
            continue
        value = next(g for g in m.groups() if g)
        number = int(value) if value.isdigit() else cn_to_int(value)
        if number is not None:
            items[number] = None if number in items else at
    return {k: at for k, at in items.items() if at is not None}


def _named_item(lines: list[str], name: str) -> int | None:
    """The one line that is the named item, or starts with its name (after its number)."""
    if not name:
        return None
    texts = [_squash(line[m.end() :] if (m := ITEM_KEY.match(line)) else line) for line in lines]
    for same in (
        [at for at, text in enumerate(texts) if text.rstrip("。；;") == name],
        [at for at, text in enumerate(texts) if text.startswith(name)],
    ):
        if same:
            return same[0] if len(same) == 1 else None
    return None
