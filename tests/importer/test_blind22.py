"""The importer on the twenty-second blind set (tests/importer/blind22/: four 2041 documents
written by a helper who had read neither the importer nor the other sets, committed before the
importer ran on them, 737ad7d), scored at 5101885 — after every importer fix of the earlier
sessions, before this session's (imp14) landed.

    document                                  F1 year    dl    tg   own false
    first run (5101885)
    杉岭街道2041年重点工作责任分工表.xlsx             0.33   ok  1.00  1.00  0.00 0
    椿桥街道2041年重点工作任务清单（飞书文档导出）.md        1.00   ok  1.00  0.92  1.00 1
    泓川县2041年为民办实事项目责任分解表.pdf            0.95   ok  1.00  0.90  1.00 0
    蒲塘镇2041年工作要点.docx                   0.15   ok  1.00  1.00  0.00 0
    mean                                      0.61  4/4  1.00  0.92  0.85 1

Faults found at the first run (the floors keep the first-run scores; raise them as faults are
fixed):

- xlsx (a 责任分工 matrix: one column per department under a merged `责任单位（★牵头　○配合）`,
  ★ the lead and ○ a co-owner in each row's cells): 3 of 14 rows found, no owner read from the
  marks; a group row read as a pledge (`重点工作任务`);
- docx (a 工作要点 with no numbers: items separated only by empty paragraphs under bold
  headings): 1 of 12 items — the paragraphs run together into one pledge;
- pdf (a landscape table whose row 7 breaks across the page and goes on in a row with its other
  cells blank under the repeated header): the continuation is read as a pledge of its own;
- md (a 飞书 wiki export): a `~~struck-out~~` old goal's number read as a target (`300个`).

After imp14 (items without numbers parted by blank lines, each with its owner: a pledge each):
docx 1.00 / owners 1.00 (mean 0.82); the bold headings between the paragraphs are no pledges,
though not yet sections of their own.

After mat22 (a 责任分工 matrix read by its legend, :mod:`commitments.importer.matrix`; a note's
later points in rows of their own; a row broken over a PDF page, or cut after a comma, joined to
the row above; `~~struck-out~~` text and task-list boxes left out of the Markdown): xlsx
0.33→1.00, owners 0.00→1.00; pdf 0.95→1.00, targets 0.90→1.00; md targets 0.92→1.00, no false
target.
"""

from __future__ import annotations

from tests.importer.blind22 import EXPECTED, FOLDER
from tests.importer.published import check_floors

# document: (F1, deadlines, targets, owners) at 5101885, raised as faults are fixed (mat22)
FLOORS = {
    "杉岭街道2041年重点工作责任分工表.xlsx": (1.0, 1.0, 1.0, 1.0),
    "椿桥街道2041年重点工作任务清单（飞书文档导出）.md": (1.0, 1.0, 1.0, 1.0),
    "泓川县2041年为民办实事项目责任分解表.pdf": (1.0, 1.0, 1.0, 1.0),
    "蒲塘镇2041年工作要点.docx": (1.0, 1.0, 1.0, 1.0),  # imp14: paragraph items
}
YEARS_RIGHT = 4
FALSE_TARGETS = 0


def test_four_documents_are_written_blind():
    assert len(EXPECTED) == 4 == len(FLOORS)
    assert all((FOLDER / name).is_file() for name in EXPECTED)


def test_it_keeps_its_scores_on_the_twenty_second_blind_set(scores):
    check_floors(scores, FLOORS, YEARS_RIGHT, FALSE_TARGETS)
