"""Step 4, for a compilation: a plan made of several units' plans (``各办站所重点工作计划汇编``).

Each unit's plan is a chapter headed by its number and the unit's name with the year and the
plan's name (``一、经济发展办公室2033年重点工作计划``, ``第二章 水利站2033年工作要点``). Every
chapter is a plan of its own: its parts are numbered one level down (``（一）2032年工作完成情况``,
``（二）2033年重点工作``, ``（三）保障措施``), and each chapter's plan part is found as a
document's would be (:func:`arrangement.find_arrangement`): its review and its safeguards are no
pledges. The unit named in the heading owns the chapter's pledges unless a pledge names its own
owner. A compilation is one plan: each chapter is a section.

Two such headings at least, counting up from one, make a compilation; a table of contents
(``一、经济发展办公室2033年重点工作计划……1``) is page furniture, gone before this step
(:func:`commitments.importer.clean.contents_lines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commitments.importer.arrangement import BOUNDARY, Arrangement, Part, find_arrangement
from commitments.importer.numerals import cn_to_int
from commitments.importer.owners import UNIT_NAME
from commitments.importer.vocabulary import CN_DIGITS, YEAR

CHAPTER = re.compile(
    rf"(?m)^[ \t]*(?:(?P<dun>[{CN_DIGITS}]{{1,3}})、|第(?P<di>[{CN_DIGITS}]{{1,3}})(?:章|部分|篇))"
    rf"[ \t]*(?P<title>(?P<unit>{UNIT_NAME})[ \t]*(?:{YEAR}度?)?"
    r"(?:重点|主要)?(?:工作计划|工作要点|工作安排|工作任务|重点工作|工作打算|工作思路))[ \t]*$"
)
#: A chapter's parts: ``（一）``, ``一是`` never (those are a plan's sections).
CHAPTER_PARTS = (re.compile(BOUNDARY + r"\(([一二三四五六七八九十]{1,3})\)"),)


@dataclass(frozen=True)
class Chapter:
    start: int
    body_start: int
    end: int
    title: str
    unit: str  # as written in the heading


def find_chapters(view: str, start: int, end: int) -> list[Chapter]:
    """The units' chapters of a compilation in ``[start, end)``, or none."""
    found: list[re.Match[str]] = []
    for m in CHAPTER.finditer(view, start, end):
        number = cn_to_int(m.group("dun") or m.group("di"))
        if number == len(found) + 1:
            found.append(m)
    if len(found) < 2:
        return []
    return [
        Chapter(
            m.start() + len(m.group()) - len(m.group().lstrip()),
            m.end(),
            found[i + 1].start() if i + 1 < len(found) else end,
            m.group("title").strip(),
            m.group("unit"),
        )
        for i, m in enumerate(found)
    ]


def chapter_plans(view: str, chapters: list[Chapter]) -> list[tuple[Arrangement, list[Part]]]:
    """Each chapter's plan part, with its parts; a chapter without one plans throughout."""
    plans = []
    for chapter in chapters:
        arrangement, parts = find_arrangement(view, chapter.body_start, chapter.end, CHAPTER_PARTS)
        if arrangement is None:  # a review alone: the chapter pledges nothing
            arrangement = Arrangement(chapter.end, chapter.end, "", None, False)
        plans.append((arrangement, parts))
    return plans
