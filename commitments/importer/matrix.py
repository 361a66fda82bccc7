"""A 责任分工 matrix read as a task table: one column per unit, each row's cells marking its lead
and the units that help.

``序号 | 重点工作任务 | 完成时限 | 党政办 | 经发办 | 财政所 | …``, the units' names in the header
(often under an upper name merged across them, ``责任单位（★牵头　○配合）``), each task row marking
its lead (``★``, ``●``, ``▲``, ``牵头``) and its helpers (``○``, ``☆``, ``配合``) in the units'
columns. The marks mean what the table's legend says (the upper name's brackets, a legend row
``★牵头　○配合``, a note ``说明：★为牵头单位，○为配合单位``, ``√表示配合``), else the common
conventions (:data:`LEAD_MARKS`, :data:`CO_MARKS`; a tick ``√`` helps beside a lead mark and
leads where the row has none). The table is rewritten as the task table it stands for — the
units' columns become ``牵头单位 | 配合单位`` — so every reader (a workbook, Word, a web page,
a CSV, a Markdown table) reads it through :mod:`commitments.importer.tables` as any other:

- the lead is the unit whose column holds the lead mark; with two lead marks in a row (two
  units leading together), the leftmost, the first named, leads and the other co-owns it;
- the co-owners are the other marked units in the columns' order, left to right;
- a row of counts per unit (``牵头任务数（项）`` | 3 | 1 | …, ``合计``) is no pledge, nor is a
  legend row; a group row merged across (``一、经济发展（4项）``) is left as it is, a heading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from commitments.importer.normalize import to_simplified
from commitments.importer.owners import UNIT
from commitments.importer.vocabulary import CO_ROLES, LEAD_ROLES

if TYPE_CHECKING:  # tables reads a matrix through this module
    from commitments.importer.tables import Cell

#: Marks that make a unit the lead, and marks of a unit that helps, when no legend says.
LEAD_MARKS = "★●▲■◆"
CO_MARKS = "○☆△□◇◎"
#: A tick: what the legend says, else a helper beside a lead mark, the lead without one.
TICKS = "√✓✔"
MARKS = LEAD_MARKS + CO_MARKS + TICKS
#: A role word in a cell: the label roles (``vocabulary.LEAD_ROLES``/``CO_ROLES``), and words
#: that name a role only inside a matrix's cell (``主办``, ``责任``, ``主抓``; ``参与``, ``协作``).
LEAD_WORD = rf"{LEAD_ROLES}|主办|责任|主抓"
CO_WORD = rf"{CO_ROLES}|参与|协作"
#: A cell that marks a unit: a mark, a role word, or both (``★``, ``●牵头``, ``配合``).
MARK_CELL = re.compile(rf"(?P<mark>[{MARKS}])?\s*(?:(?P<word>{LEAD_WORD}|{CO_WORD})(?:单位)?)?\s*")
#: A legend's pair, the mark before its role (``★牵头``, ``★为牵头单位``, ``√表示配合``,
#: ``○：配合``) or after it (``牵头：★``, ``配合单位用○标注``).
MARK_THEN_ROLE = re.compile(
    rf"(?P<mark>[{MARKS}])\s*(?:为|表示|代表|是|指|[:：=－—-])?\s*(?P<role>{LEAD_WORD}|{CO_WORD})"
)
ROLE_THEN_MARK = re.compile(
    rf"(?P<role>{LEAD_WORD}|{CO_WORD})(?:单位|部门)?\s*(?:为|用|以|[:：=－—-])?\s*(?P<mark>[{MARKS}])"
)
#: What a legend row holds besides its pairs (``图例：``, ``说明：``, ``注：``, separators).
LEGEND_REST = re.compile(
    r"(?:图例|符号说明|标注说明|说明|注|备注)?[:：]?|单位|部门|标注|标记|[\s、，,;；。（）()]"
)
#: A header name that is a role, not a unit (``责任科室``, ``牵头部门``, ``配合单位``).
ROLE_NAME = re.compile(rf"^(?:{LEAD_WORD}|{CO_WORD}|分管|联系|包保)")
UNIT_HEADER = re.compile(UNIT)
COUNT = re.compile(r"\d{1,4}")
#: What a unit's cell holds when the unit takes no part: nothing, a dash, a slash, ``×``, ``无``.
FILLER = re.compile(r"[—–\-－/／\\.…·×✗✘无]*")
#: How far down a table its units' header may stand (titles, a legend, an upper header first).
HEADER_ROWS = 12


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _unit_name(text: str) -> str | None:
    name = to_simplified(_squash(text)).replace("（", "(").replace("）", ")")
    if not name or ROLE_NAME.match(name) or not UNIT_HEADER.fullmatch(name):
        return None
    return _squash(text)


def _units(row: list[Cell]) -> dict[int, str]:
    """Column → unit name, for the cells of ``row`` that name a unit (a name merged across two
    columns counted once, at its left)."""
    units: dict[int, str] = {}
    for i, cell in enumerate(row):
        name = _unit_name(cell.text)
        if name and not (i and _squash(row[i - 1].text) == _squash(cell.text)):
            units[i] = name
    return units


def _legend(rows: list[list[Cell]]) -> dict[str, str]:
    """Mark → ``lead``/``co`` as the table's legend says (empty without one)."""
    text = "\n".join(dict.fromkeys(c.text for row in rows for c in row if c.text.strip()))
    pairs = list(MARK_THEN_ROLE.finditer(text)) or list(ROLE_THEN_MARK.finditer(text))
    legend: dict[str, str] = {}
    for pair in pairs:
        role = "lead" if re.fullmatch(LEAD_WORD, pair.group("role")) else "co"
        legend.setdefault(pair.group("mark"), role)
    return legend


def _legend_row(row: list[Cell]) -> bool:
    """A row that only says what the marks mean (``★牵头　○配合``,
    ``图例：★牵头单位 ○配合单位``)."""
    text = "".join(dict.fromkeys(_squash(c.text) for c in row if c.text.strip()))
    rest = MARK_THEN_ROLE.sub("", text)
    if rest == text:
        rest = ROLE_THEN_MARK.sub("", text)
    return rest != text and not LEGEND_REST.sub("", rest)


def _role(text: str, legend: dict[str, str]) -> str | None:
    """``lead``, ``co``, ``tick`` (a tick the legend leaves open) or None (no mark)."""
    found = MARK_CELL.fullmatch(_unmarked(text))
    if not found or not (found.group("mark") or found.group("word")):
        return None
    if word := found.group("word"):
        return "lead" if re.fullmatch(LEAD_WORD, word) else "co"
    mark = found.group("mark")
    if mark in legend:
        return legend[mark]
    if mark in LEAD_MARKS:
        return "lead"
    return "co" if mark in CO_MARKS else "tick"


def _unmarked(text: str) -> str:
    """A unit's cell without a filler that marks nothing (``—``, ``/``, ``×``, ``无``): blank."""
    squashed = _squash(text)
    return "" if FILLER.fullmatch(squashed) else squashed


def _merged_upper(upper: list[Cell], columns: list[int]) -> bool:
    """Does ``upper`` hold one name over ``columns`` (merged across them, or written at their
    left with the other cells blank, as a CSV leaves a merge) and other names beside them?"""
    over = {_squash(upper[i].text) for i in columns if i < len(upper)} - {""}
    if len(over) != 1 or not upper[columns[0]].text.strip():
        return False
    name = over.pop()
    inside = set(columns)
    return any(_squash(c.text) not in ("", name) for i, c in enumerate(upper) if i not in inside)


def _blank(row: list[Cell]) -> list[Cell]:
    return [replace(c, text="") for c in row]


def unfold(rows: list[list[Cell]]) -> list[list[Cell]]:
    """``rows`` with a 责任分工 matrix rewritten as a task table (``牵头单位 | 配合单位`` in the
    first two units' columns, the other units' columns blank, the legend and the counts per unit
    blanked, as many rows as before); any other table as it is."""
    found = _find(rows)
    if found is None:
        return rows
    at, units = found
    columns = sorted(units)
    legend = _legend(rows)
    lead_column, co_column = columns[0], columns[1]
    out = [list(row) for row in rows]

    def set_cell(row: list[Cell], i: int, text: str) -> None:
        if i < len(row):
            row[i] = replace(row[i], text=text)

    if at and _merged_upper(rows[at - 1], columns):
        for i in columns:  # the group's name, its legend in brackets left out
            if i < len(out[at - 1]) and out[at - 1][i].text.strip():
                set_cell(out[at - 1], i, "责任单位")
    for i in columns:
        set_cell(out[at], i, "")
    set_cell(out[at], lead_column, "牵头单位")
    set_cell(out[at], co_column, "配合单位")
    for n, row in enumerate(rows):
        if n == at:
            continue
        if _legend_row(row):
            out[n] = _blank(row)
            continue
        if n < at:
            continue
        roles = {i: _role(row[i].text, legend) for i in columns if i < len(row)}
        if any(roles.values()):
            lead, co = _owners(roles, units)
            for i in columns:
                set_cell(out[n], i, "")
            set_cell(out[n], lead_column, lead)
            set_cell(out[n], co_column, co)
        elif _counts(row, columns):
            out[n] = _blank(row)
    return out


def _owners(roles: dict[int, str | None], units: dict[int, str]) -> tuple[str, str]:
    """The row's lead and its co-owners (joined with ``、``) from its marks: the leftmost lead
    mark leads (a tick, where the legend leaves it open, when no lead mark stands in the row),
    every other marked unit co-owns it, in the columns' order."""
    marked = [i for i in sorted(roles) if roles[i]]
    leads = [i for i in marked if roles[i] == "lead"] or [i for i in marked if roles[i] == "tick"]
    lead = leads[0] if leads else None
    co = [units[i] for i in marked if i != lead]
    return (units[lead] if lead is not None else ""), "、".join(co)


def _counts(row: list[Cell], columns: list[int]) -> bool:
    """A row of counts per unit (``牵头任务数（项）`` | 3 | 1 | …): numbers in the units' columns
    and nothing else there."""
    values = [_unmarked(row[i].text) for i in columns if i < len(row)]
    filled = [v for v in values if v]
    return bool(filled) and all(COUNT.fullmatch(v) for v in filled)


def _find(rows: list[list[Cell]]) -> tuple[int, dict[int, str]] | None:
    """The row naming the units (three or more, one a column) and those columns, when the rows
    under it mark them (two rows at least, no other text in the units' cells but counts or a
    value merged across the row)."""
    for at in range(min(len(rows), HEADER_ROWS)):
        units = _units(rows[at])
        if len(set(units.values())) < 3:
            continue
        columns = sorted(units)
        legend = _legend(rows)
        marked = 0
        for row in rows[at + 1 :]:
            cells = [_unmarked(row[i].text) for i in columns if i < len(row)]
            roles = [_role(text, legend) for text in cells]
            if any(roles):
                marked += 1
                if any(text and not role for text, role in zip(cells, roles, strict=True)):
                    break  # a unit's cell holds words: no matrix
            elif not (_counts(row, columns) or len({t for t in cells if t}) <= 1):
                break
        else:
            if marked >= 2:
                return at, units
    return None
