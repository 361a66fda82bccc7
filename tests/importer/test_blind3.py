"""The importer on the third blind set (tests/importer/blind3/: ten documents written before
reading its code and annotated from their text and SPEC §3 before it was run on them, commit
"Third blind set: …"), scored like :mod:`tests.importer.blind2`;
``.venv/bin/python -m tests.importer.blind3`` prints the table.

BEFORE (main at 75519a6, expectations as first committed):

    document                              F1 year    dl    tg   own false
    01_zhenzhang_jianghua.txt           1.00   ok  1.00  0.93  0.90 0
    02_zhengfu_gongzuo_baogao.txt       1.00   ok  1.00  0.92  1.00 1
    03_gongzuo_yaodian.txt              1.00   ok  1.00  0.94  0.81 0
    04_renwu_fenjie.csv                 1.00   ok  1.00  1.00  1.00 0
    05_dubantaizhang.xlsx               1.00   ok  1.00  0.86  0.43 1
    06_minsheng_shishi.txt              0.00   ok  1.00  1.00  1.00 0
    07_fangan.pdf                       1.00   NO  0.14  1.00  1.00 0
    08_web_xiabannian.txt               1.00   ok  1.00  1.00  1.00 0
    09_cun_jihua.txt                    0.88   ok  1.00  0.91  0.75 0
    10_fanti_quanjiao.txt               0.87   ok  0.80  1.00  0.80 0
    mean                                0.87  9/10  0.92  0.95  0.83 2

One expectation corrected by SPEC §3, not by the output: 02's ``加快推进年产20万吨饲料加工项目
建设`` was annotated as a project's name without a target; SPEC §3's own example
``新建5兆瓦光伏电站一处`` counts the capacity of what is built, so 20 万吨 is a target (02: tg
1.00, no false target; mean tg 0.96, 1 false target). Those are the floors below.

06 scores F1 0.00 because every item's text is its ``建设内容：…`` line without the item's
title (``1. 农村饮水安全巩固提升工程``), which the keys name; its dl/tg/own columns are empty
(1.00). Matched on their content lines, its deadlines and owners would all be right and one
target short (``对8个村卫生室进行标准化改造`` → no 8 个).

AFTER (the faults below fixed by kind, each with documents of its own in
tests/importer/test_blind3_kinds.py; floors raised with each commit):

    document                              F1 year    dl    tg   own false
    (every document)                    1.00   ok  1.00  1.00  1.00 0
    mean                                1.00 10/10  1.00  1.00  1.00 0

Faults found (the report of the blind tester lists them with the snippets):

- a ledger's multi-line owner cell is joined without a separator or keeps its role words:
  ``生态办（牵头）\\n水利站、规划建设办`` → owner ``生态办水利站``; ``县教育局\\n镇中心校`` → one
  unit ``县教育局镇中心校``; ``规划建设办牵头；\\n各社区配合`` → ``规划建设办牵头`` and
  ``各社区配合``; ``经发办\\n（配合：国土所、供电所）`` loses both co-owners and the cell is
  appended to the text as ``责任单位：…`` (05);
- ``，Y配合`` after a ``责任单位：`` list keeps ``配合`` in the co-owner's name
  (``各村配合``, ``镇规划建设办配合``, ``镇中心校配合``) (03);
- a trailing bracket in traditional characters with ``１０月份``, ``長期堅持`` or
  ``具體實施`` becomes a pledge of its own, and its item loses owner and deadline (10);
- a labelled item's title line is dropped and its ``建设内容：`` label kept in the text (06);
- a PDF whose first line is a document number (``石政发〔2026〕5号``) takes it as the title
  and finds no plan year, though the next line is ``石门镇2026年…实施方案``: every deadline is
  None; its running page header (``石门镇人民政府``) is pasted into a sentence broken by the
  page (07);
- a village plan's signature block (``中共青松村支部委员会``, ``青松村村民委员会``,
  ``2026年1月5日``) becomes three pledges (09);
- targets missed: ``食用菌200万棒`` (01), ``越级上访控制在3批次以内`` (03),
  ``装机200千瓦的村集体光伏电站一座`` (09), ``对8个村卫生室`` (06); a baseline counted:
  ``由2000吨提升至5000吨`` → also 2000 吨 (05);
- owners missed in prose: ``配合县交通运输局完成…`` (the town helps, the county bureau leads;
  01), ``由村股份经济合作社统一经营`` (09).
"""

from __future__ import annotations

from tests.importer.blind3 import EXPECTED, FOLDER
from tests.importer.published import check_floors, table

# document: (F1, deadlines, targets, owners), the scores of the importer the set was first
# run on; raise them as faults are fixed
FLOORS = {
    "01_zhenzhang_jianghua.txt": (1.0, 1.0, 1.0, 1.0),
    "02_zhengfu_gongzuo_baogao.txt": (1.0, 1.0, 1.0, 1.0),
    "03_gongzuo_yaodian.txt": (1.0, 1.0, 1.0, 1.0),
    "04_renwu_fenjie.csv": (1.0, 1.0, 1.0, 1.0),
    "05_dubantaizhang.xlsx": (1.0, 1.0, 1.0, 1.0),
    "06_minsheng_shishi.txt": (1.0, 1.0, 1.0, 1.0),
    "07_fangan.pdf": (1.0, 1.0, 1.0, 1.0),
    "08_web_xiabannian.txt": (1.0, 1.0, 1.0, 1.0),
    "09_cun_jihua.txt": (1.0, 1.0, 1.0, 1.0),
    "10_fanti_quanjiao.txt": (1.0, 1.0, 1.0, 1.0),
}


def _rate(values: list[bool]) -> float:
    return sum(values) / len(values) if values else 1.0


def test_ten_documents_are_written_blind():
    assert len(EXPECTED) == 10 == len(FLOORS)
    assert {name.rsplit(".", 1)[1] for name in EXPECTED} == {"txt", "csv", "xlsx", "pdf"}
    assert all((FOLDER / name).is_file() for name in EXPECTED)


def test_it_keeps_its_scores_on_the_third_blind_set(scores):
    summary = table(scores)
    assert sum(s.f1 for s in scores) / len(scores) >= 0.99, summary
    assert _rate([d for s in scores for d in s.deadlines]) >= 1.0, summary
    assert _rate([t for s in scores for t in s.targets]) >= 1.0, summary
    assert _rate([o for s in scores for o in s.owners]) >= 1.0, summary
    check_floors(scores, FLOORS, len(scores), 0)
