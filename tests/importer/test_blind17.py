"""The importer on the seventeenth blind set (tests/importer/blind17/: four 2036 documents
written by a helper who had read neither the importer nor the other sets, committed before the
importer ran on them, 4efaeb0), scored at 1638817, after every importer fix of the session
(blind15's and blind16's kinds: blind16 at 1.00 on every measure) — the session's blind measure.

    document                              F1 year    dl    tg   own false
    first run (1638817)
    在中共栖凤镇第十六届委员会第九次全体会议上的报告.docx       1.00   ok  0.75  1.00  0.00 0
    柘溪乡2036年度目标管理责任书.xlsx               0.97   ok  1.00  1.00  0.73 0
    桐岭发布_2036年桐岭镇十件民生实事出炉（公众号文章）.txt    0.18   ok  0.00  1.00  0.00 0
    鹤鸣县2036年重点项目建设计划表.pdf               1.00   ok  1.00  0.00  1.00 0
    mean                                0.79  4/4  0.89  0.73  0.52 0

Faults found (the floors keep the first-run scores; raise them as faults are fixed):

- docx (a 镇党委全会报告 whose numbered items name no unit; owners, co-owners and most times in a
  closing 附件 责任分工表 keyed by 任务序号): fixed by the appendix join (table_join.join_appendix,
  dl 1.00, own 0.94; the row keyed 主要预期目标 reaches its line but not the target's co-owners);
- xlsx (a 乡 目标管理责任书, a 汇总 sheet and a sheet per department whose unit stands in a
  `责任单位：` line above the table): ~~the sheet's unit does not own its rows, the signature
  line is a pledge~~ — fixed by sheets17 (1.00 on every measure);
- ~~txt (a 公众号 民生实事 article: 【实事N】 headings, emoji bullets, dated after 春节): 9 of the
  10 实事 are lost into the first, which takes every unit as co-owner~~ — fixed by art17's
  【】-numbered items and line marks (test_blind17_articles.py): 1.00 on every measure;
- pdf (a 县 重点项目建设计划 on landscape pages, a merged two-row header `2036年计划` over
  `计划投资（万元）`): ~~the year's planned investment is no target~~ — fixed by sheets17
  (targets 0.91; left: `建成…生产线3条并投产` gives no 3 条, as on the first run) — the
  long object fixed by cells18 (test_blind18_targets.py): targets 1.00.
"""

from __future__ import annotations

from tests.importer.blind17 import EXPECTED, FOLDER
from tests.importer.published import check_floors

# document: (F1, deadlines, targets, owners) at 1638817, raised as faults are fixed
FLOORS = {
    "在中共栖凤镇第十六届委员会第九次全体会议上的报告.docx": (1.0, 1.0, 1.0, 0.93),
    "柘溪乡2036年度目标管理责任书.xlsx": (1.0, 1.0, 1.0, 1.0),
    "桐岭发布_2036年桐岭镇十件民生实事出炉（公众号文章）.txt": (1.0, 1.0, 1.0, 1.0),
    "鹤鸣县2036年重点项目建设计划表.pdf": (1.0, 1.0, 1.0, 1.0),
}
YEARS_RIGHT = 4
FALSE_TARGETS = 0


def test_four_documents_are_written_blind():
    assert len(EXPECTED) == 4 == len(FLOORS)
    assert all((FOLDER / name).is_file() for name in EXPECTED)


def test_it_keeps_its_scores_on_the_seventeenth_blind_set(scores):
    check_floors(scores, FLOORS, YEARS_RIGHT, FALSE_TARGETS)
