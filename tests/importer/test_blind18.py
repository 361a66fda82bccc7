"""The importer on the eighteenth blind set (tests/importer/blind18/: three 2037 documents
written by a helper who had read neither the importer nor the other sets, committed before the
importer ran on them, dc4d759), scored at 43a0141, after the session's last importer fix
(blind15, blind16 and blind17 at or near 1.00) — the session's final blind measure.

    document                              F1 year    dl    tg   own false
    first run (43a0141)
    沁芦街道2037年重点工作清单.docx                1.00   ok  1.00  1.00  1.00 0
    蓼滩镇2037年人大代表议案办理工作方案.txt            0.12   ok  1.00  1.00  0.00 0
    黛石县2037年县城品质提升攻坚行动任务清单.xlsx         1.00   ok  1.00  0.75  1.00 0
    mean                                0.71  3/3  1.00  0.89  0.96 0
    after heads18 (item heading series, 办理原则/办理要求 no pledges)
    蓼滩镇2037年人大代表议案办理工作方案.txt            1.00   ok  1.00  0.80  1.00 0
    mean                                1.00  3/3  1.00  0.86  1.00 0
    after cells18 (the verbs 打通/提升/接入/设置 and the unit 路; a long object closed by its count)
    蓼滩镇2037年人大代表议案办理工作方案.txt            1.00   ok  1.00  1.00  1.00 0
    黛石县2037年县城品质提升攻坚行动任务清单.xlsx         1.00   ok  1.00  1.00  1.00 0
    mean                                1.00  3/3  1.00  1.00  1.00 0

Faults found (the floors keep the first-run scores, raised as faults are fixed):

- txt (a 镇 人大代表议案办理工作方案: `议案一：关于…的议案` headings, each with labelled lines
  办理单位/协办单位/办结时限/领衔代表/责任领导): the 议案N headings do not start items, so 9 of the
  10 议案 run into the first, which takes every unit as co-owner; the 办理原则/工作要求 sentences
  become 6 pledges (the 【实事N】 fix of art17, cefcc4c, is the same kind for another heading).
  Fixed by heads18 (an item heading series, SPEC §3; tests/importer/test_item_headings.py). Now
  that all ten 议案 are matched its targets read 0.80: `规范设置临时摊位80个` and `设置床位50张，
  年内投入运营` give no target (a target-finding fault) — fixed by cells18 (规范 and 设置 are goal
  verbs, test_blind18_targets.py): targets 1.00;
- xlsx (a 县 攻坚行动 任务清单, 任务 merged down over its 具体措施 rows): ~~a count in a 措施 is no
  target in three rows (`打通县城断头路5条`, `规范提升农贸市场4个`, `接入视频监控点位1500路`)~~ —
  fixed by cells18 (test_blind18_targets.py): 打通, 提升 and 接入 were no goal verbs and 路 no
  unit; alone in its cell the count had passed as a thing and its count, but the 攻坚任务 put
  before the 措施's text (`交通畅通攻坚，打通…`) moved it off the pledge's start. Targets 1.00.
"""

from __future__ import annotations

from tests.importer.blind18 import EXPECTED, FOLDER
from tests.importer.published import check_floors

# document: (F1, deadlines, targets, owners) at 43a0141, raised as faults are fixed
# (txt: heads18 and cells18; xlsx: cells18)
FLOORS = {
    "沁芦街道2037年重点工作清单.docx": (1.0, 1.0, 1.0, 1.0),
    "蓼滩镇2037年人大代表议案办理工作方案.txt": (1.0, 1.0, 1.0, 1.0),
    "黛石县2037年县城品质提升攻坚行动任务清单.xlsx": (1.0, 1.0, 1.0, 1.0),
}
YEARS_RIGHT = 3
FALSE_TARGETS = 0


def test_three_documents_are_written_blind():
    assert len(EXPECTED) == 3 == len(FLOORS)
    assert all((FOLDER / name).is_file() for name in EXPECTED)


def test_it_keeps_its_scores_on_the_eighteenth_blind_set(scores):
    check_floors(scores, FLOORS, YEARS_RIGHT, FALSE_TARGETS)
