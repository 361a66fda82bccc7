"""A table-shaped plan's year when its text states none (no ``--year``).

The order of evidence (SPEC §3: a plan year is found, never guessed from today):

1. the document's own words: its title or heading (``2028年重点任务台账``), or its body's
   arrangement part (:func:`commitments.importer.pipeline.parse_document` reads them);
2. the file's name, when it writes one year as a year (``2028年重点任务台账.xlsx``,
   ``重点任务台账_2028.csv``) — not a 文号's issuing year (``〔2027〕15号``, often the year
   before the plan), not a date stamp (``2028-03-15``) nor a range (``2028-2030``);
3. the year that more than half of the explicit dated deadline cells agree on
   (``2028年5月底``, ``2028-09-30``, ``2028/11/15``; one ``2029年3月底`` spilling over
   does not outvote them).

Steps 2 and 3 read only plans made of labelled items (a ledger's rows, in any format),
whose deadline cells are explicit; the year they give comes with a warning saying where it
was taken from. Without any of them the plan has no year and says so. Each such warning,
and the refusal to import a plan without a year, ends by saying how its reader gives the
year (:func:`how_to_give_year`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import PurePath
from typing import Literal

from django.utils.translation import gettext as _

from commitments.importer.deadlines import find_periods

#: Who reads an import's words: the command (``import_plan``), the API
#: (``POST /api/v1/plans/import/``) or the admin's review page.
Writer = Literal["cli", "api", "web"]


def how_to_give_year(writer: Writer) -> str:
    """How ``writer``'s reader gives the plan year, to end a warning or refusal about it:
    the command's ``--year``, the API's ``year`` field, the review page's 计划年度 box."""
    if writer == "web":
        return _("请在本页“计划年度”中填写年度")
    if writer == "api":
        return _("请在 year 字段填写年度")
    return _("请用 --year 指定年度")


#: A 文号's year: ``〔2027〕15号``, ``[2027]3号``, ``（2027）15号``.
DOCUMENT_NUMBER = re.compile(
    r"〔\s*20\d{2}\s*〕\s*\d*\s*号?|[\[［(（【]\s*20\d{2}\s*[\]］)）】]\s*\d+\s*号"
)
#: A year written as a year: four digits alone, not in a date (``2028-03-15``, ``20280315``)
#: nor a range (``2028-2030``, ``2028至2030年``).
NAMED_YEAR = re.compile(
    r"(?<![\d\-－—~～至到./])(20\d{2})(?![\d\-－—~～至到./]|\s*[-~至到]\s*20\d{2})"
)
#: The year a plan word follows: ``2027年总结及2028年计划``.
PLANNED_YEAR = re.compile(r"(20\d{2})\s?年[^\d年]{0,8}?(?:计划|安排|打算|要点|任务|台账|清单|重点)")


def file_name_year(filename: str) -> int | None:
    """The one year a file's name states as a year, else ``None``."""
    stem = DOCUMENT_NUMBER.sub(" ", PurePath(filename).stem)
    planned = {int(y) for y in PLANNED_YEAR.findall(stem)}
    if len(planned) == 1:
        return planned.pop()
    years = {int(y) for y in NAMED_YEAR.findall(stem)}
    return years.pop() if len(years) == 1 else None


def deadline_cells_year(cells: Iterable[str | None]) -> tuple[int, int, int] | None:
    """``(year, agreeing, dated)``: the year more than half of the dated deadline cells are
    in (a cell's latest date decides it), of ``dated`` cells that state a date at all."""
    years = Counter(
        max(p.due for p in periods).year
        for cell in cells
        if cell and (periods := find_periods(cell, None))
    )
    if not years:
        return None
    (year, agreeing), dated = years.most_common(1)[0], sum(years.values())
    return (year, agreeing, dated) if agreeing * 2 > dated else None
