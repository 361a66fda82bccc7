"""Step 4, for a compilation: a plan made of several units' plans (``各办站所重点工作计划汇编``).

Each unit's plan is a chapter headed by its number and the unit's name with the year and the
plan's name (``一、经济发展办公室2033年重点工作计划``, ``第二章 水利站2033年工作要点``). Every
chapter is a plan of its own: its parts are numbered one level down (``（一）2032年工作完成情况``,
``（二）2033年重点工作``, ``（三）保障措施``), and each chapter's plan part is found as a
document's would be (:func:`arrangement.find_arrangement`): its review and its safeguards are no
pledges. The unit named in the heading owns the chapter's pledges unless a pledge names its own
owner. A compilation is one plan: each chapter is a section.

Two such headings at least, counting up from one, make a compilation; so do two headed by
their plans' titles alone (``县发改局2035年工作要点``, ``县教育局2035年工作计划`` on their
own lines) in a file that calls itself a compilation (``…汇编``, ``目录``). A table of contents
(``一、经济发展办公室2033年重点工作计划……1``) is page furniture, gone before this step
(:func:`commitments.importer.clean.contents_lines`); one without page numbers lists headings
with nothing under them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commitments.importer.arrangement import (
    BOUNDARY,
    PART_RES,
    Arrangement,
    Part,
    find_arrangement,
)
from commitments.importer.numerals import cn_to_int
from commitments.importer.owners import UNIT_NAME
from commitments.importer.vocabulary import CN_DIGITS, YEAR

#: A chapter's heading after its number: the unit's name, the year, the plan's name.
_TITLE = (
    rf"[ \t]*(?P<title>(?P<unit>{UNIT_NAME})[ \t]*(?:{YEAR}度?)?"
    r"(?:重点|主要)?(?:工作计划|工作要点|工作安排|工作任务|重点工作|工作打算|工作思路))[ \t]*$"
)
CHAPTER = re.compile(
    rf"(?m)^[ \t]*(?:(?P<dun>[{CN_DIGITS}]{{1,3}})、|第(?P<di>[{CN_DIGITS}]{{1,3}})(?:章|部分|篇))"
    + _TITLE
)
#: A chapter headed by its plan's title alone (``县发改局2035年工作要点`` on its own line).
PLAN_TITLE = re.compile(r"(?m)^" + _TITLE)
#: What says a file is a compilation before its first chapter: its name (``…工作计划汇编``) or
#: its table of contents (``目录``).
COMPILATION = re.compile(r"汇编|目[ \t\u3000]*录")
#: A chapter's parts: ``（一）``, ``一是`` never (those are a plan's sections).
CHAPTER_PARTS = (re.compile(BOUNDARY + r"\(([一二三四五六七八九十]{1,3})\)"),)
#: The parts of a chapter its heading does not number: a plan's own (``一、``), else ``（一）``.
TITLED_CHAPTER_PARTS = PART_RES + CHAPTER_PARTS


@dataclass(frozen=True)
class Chapter:
    start: int
    body_start: int
    end: int
    title: str
    unit: str  # as written in the heading
    numbered: bool = True  # ``一、…``; else headed by its plan's title alone


def find_chapters(view: str, start: int, end: int, title: str = "") -> list[Chapter]:
    """The units' chapters of a compilation in ``[start, end)`` (a document titled ``title``),
    or none."""
    found: list[re.Match[str]] = []
    for m in CHAPTER.finditer(view, start, end):
        number = cn_to_int(m.group("dun") or m.group("di"))
        if number == len(found) + 1:
            found.append(m)
    numbered = len(found) >= 2
    if not numbered:
        found = _titled_chapters(view, start, end, title)
    if len(found) < 2:
        return []
    return [
        Chapter(
            m.start() + len(m.group()) - len(m.group().lstrip()),
            m.end(),
            found[i + 1].start() if i + 1 < len(found) else end,
            m.group("title").strip(),
            m.group("unit"),
            numbered,
        )
        for i, m in enumerate(found)
    ]


def _titled_chapters(view: str, start: int, end: int, title: str) -> list[re.Match[str]]:
    """Chapters headed by their plans' titles alone, without numbers: two units' at least, each
    once, in a file that calls itself a compilation (``…汇编``, ``目录``) before the first. A
    heading with nothing under it before the next is a table of contents' entry, no chapter."""
    headings = list(PLAN_TITLE.finditer(view, start, end))
    bounds = [m.start() for m in headings[1:]] + [end] if headings else []
    found = [m for m, stop in zip(headings, bounds, strict=True) if view[m.end() : stop].strip()]
    units = [m.group("unit") for m in found]
    if len(found) < 2 or len(set(units)) < len(units):
        return []
    if not (COMPILATION.search(title) or COMPILATION.search(view, start, found[0].start())):
        return []
    return found


def chapter_plans(view: str, chapters: list[Chapter]) -> list[tuple[Arrangement, list[Part]]]:
    """Each chapter's plan part, with its parts; a chapter without one plans throughout."""
    plans = []
    for chapter in chapters:
        styles = CHAPTER_PARTS if chapter.numbered else TITLED_CHAPTER_PARTS
        arrangement, parts = find_arrangement(view, chapter.body_start, chapter.end, styles)
        if arrangement is None:  # a review alone: the chapter pledges nothing
            arrangement = Arrangement(chapter.end, chapter.end, "", None, False)
        plans.append((arrangement, parts))
    return plans
