"""The importer on the sixteenth blind set (tests/importer/blind16/: five 2035 documents written
by a helper who had read neither the importer nor the other sets, committed before the importer
ran on them, c256c9f), scored at c464a1d, after every importer fix of the session (blind15's
three kinds: 三张清单 joined by 序号, quarter-milestone workbooks, OCR text; festival deadlines;
officials in prose; unnumbered compilations) — the session's blind measure.

    document                              F1 year    dl    tg   own false
    first run (c464a1d)
    松汀镇二〇三五年工作计划.txt                    0.97   NO  0.00  0.93  1.00 1
    榆坪镇2035年政府工作报告（责任单位标注稿）.docx        1.00   ok  0.93  0.93  0.93 0
    澄湖街道2035年重点工作责任分工表_导出.csv           0.18   ok  1.00  1.00  0.00 0
    苇塘乡2035年重点工作月度推进计划表.xlsx            1.00   ok  0.67  0.92  1.00 1
    霁川县2035年政府工作报告重点任务分解表.pdf           1.00   ok  1.00  1.00  1.00 0
    mean                                0.83  4/5  0.66  0.95  0.96 2

(The txt's false target was 两万人次 read as 2 万人次, which SPEC §3 asks for; the expectation was
changed to it after the first run.)

Faults found (the floors keep the first-run scores; raise them as faults are fixed):

- txt (GB18030 镇 工作计划 dated 二〇三五年一月二十日): ~~the year written with 〇 (二〇三五年) not
  read, so no pledge had a deadline~~ (fixed by the dates16 commit "a year written in Chinese
  digits"); ~~the goals in the 总体思路 (力争…增长５％以上, ７％) are no pledge~~ — fixed by 499b564
  (section 0, the goals pledge);
- ~~csv (a 街道 责任分工 export: a row of pinyin field codes over the Chinese header, one row per
  unit, its tasks numbered 1. 2. … inside one cell, each with （配合单位：…；完成时限：…））: the
  cell is one pledge per unit, so 9 of 10 tasks are lost and the first takes every co-owner~~
  — fixed by the cells16 branch (commitments/importer/cell_tasks.py; 1.00 on every column);
- xlsx (a 乡 月度推进计划, 1月…12月 milestone columns, 完成时限 column): ~~上旬/中旬 read as the
  month's end, 12月20日前 read as 12-31, 长期坚持 beside month nodes taking the last node (10-31)~~
  (fixed by the dates16 commit "a stated 完成时限 wins over month nodes": the nodes had outvoted
  the 完成时限 cell); ~~a month cell's 60% a target~~ — fixed by 499b564;
- docx (a 镇 政府工作报告 with bracketed owners): ~~春节前 in a report given 2035-01-12 (its date
  line `——2035年1月12日在…会议上`) read as the year end~~ (fixed by the dates16 commit "a speech's
  date line is its issue date"); ~~a bracket without 牵头/配合 words (`（社事办、镇卫生院）`) loses
  its second unit; `不少于8天` no target~~ — fixed by 499b564.
"""

from __future__ import annotations

from tests.importer.blind16 import EXPECTED, FOLDER
from tests.importer.published import check_floors

# document: (F1, deadlines, targets, owners) at c464a1d, raised as faults are fixed
FLOORS = {
    "松汀镇二〇三五年工作计划.txt": (1.0, 1.0, 1.0, 1.0),
    "榆坪镇2035年政府工作报告（责任单位标注稿）.docx": (1.0, 1.0, 1.0, 1.0),
    "澄湖街道2035年重点工作责任分工表_导出.csv": (1.0, 1.0, 1.0, 1.0),
    "苇塘乡2035年重点工作月度推进计划表.xlsx": (1.0, 1.0, 1.0, 1.0),
    "霁川县2035年政府工作报告重点任务分解表.pdf": (1.0, 1.0, 1.0, 1.0),
}
YEARS_RIGHT = 5
FALSE_TARGETS = 0


def test_five_documents_are_written_blind():
    assert len(EXPECTED) == 5 == len(FLOORS)
    assert all((FOLDER / name).is_file() for name in EXPECTED)


def test_it_keeps_its_scores_on_the_sixteenth_blind_set(scores):
    check_floors(scores, FLOORS, YEARS_RIGHT, FALSE_TARGETS)
