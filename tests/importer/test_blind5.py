"""The importer on the fifth blind set (tests/importer/blind5/: six 2027 documents written
before reading its code and annotated from their text and SPEC §3 before it was run on them,
commit "Fifth blind set: …"), scored like :mod:`tests.importer.blind4`;
``.venv/bin/python -m tests.importer.blind5`` prints the table.

FIRST RUN (main at 063e2d8, after every fix of the fourth set; expectations as first
committed, none changed since):

    document                              F1 year    dl    tg   own false
    01_zhenzhang_bangonghui_jiyao.txt   0.00   NO  1.00  1.00  1.00 0   (refused)
    02_jiedao_zongjie_jihua.docx        1.00   ok  1.00  1.00  0.60 0
    03_duban_tongzhidan.csv             0.88   ok  0.86  0.86  0.14 0
    04_zhongdian_xiangmu_renwubiao.xlsx 0.93   ok  1.00  0.00  1.00 0
    05_zerenfengong_fangan.pdf          0.00   ok  1.00  1.00  1.00 0
    06_weixin_gongzhonghao.txt          0.67   ok  0.90  0.80  1.00 1
    mean                                0.58  5/6  0.94  0.69  0.60 1

AFTER the fixes of kinds 01, 02 and 06 (test_blind5_kinds.py; expectations unchanged):

    document                              F1 year    dl    tg   own false
    01_zhenzhang_bangonghui_jiyao.txt   1.00   ok  1.00  1.00  1.00 0
    02_jiedao_zongjie_jihua.docx        1.00   ok  1.00  1.00  1.00 0
    03_duban_tongzhidan.csv             0.88   ok  0.86  0.86  0.14 0
    04_zhongdian_xiangmu_renwubiao.xlsx 0.93   ok  1.00  0.00  1.00 0
    05_zerenfengong_fangan.pdf          0.00   ok  1.00  1.00  1.00 0
    06_weixin_gongzhonghao.txt          1.00   ok  1.00  0.90  1.00 0
    mean                                0.80  6/6  0.97  0.77  0.78 0

06's ``6月底前完成15公里`` is a milestone of 12-31 now, but its count is still no target:
tests/importer/published.py (first-part-villages-inline.txt) expects ``改造…5个，上半年完成3个``
to give 5 个 only, this set expects 15 公里 too; SPEC §3 says neither, so neither was changed.
Since the product decision of 2026-12-06 (an interim share is a target too, as the blind3,
blind5 and blind7 annotators read it; test_blind7_kinds.py) 06 gives 15 公里: targets 1.00,
and published.py expects 5 个 and 3 个.

Faults found (by kind):

- 01, meeting minutes (纪要): the part ``二、会议议定事项`` is not seen as the arrangement, so
  the file is refused (``该讲话在工作安排部分之前结束（只有“关于2026年工作情况”）``);
- 02: a trailing bracket ``（牵头：经发办；配合：财政所）`` gives the lead 财政所 and no
  co-owner; ``（牵头：街道城建办；配合：各社区居委会）`` gives 生态环境办公室 (by rule);
- 03, an office system's CSV with headers mixing English and Chinese
  (``No.,任务事项 Task,责任单位（牵头）,协办单位 Co-units,完成时间 Deadline,进度要求,…``): the
  header row is a pledge, 协办单位 gives no co-owners, the 进度要求 milestone
  (``3月底前完成苗木采购``) is taken as the deadline over 完成时间, a 县 bureau lead
  (``县发展和改革局``) is lost to a co-owner glued to the next (``经济发展办公室供电所``), a
  milestone cell's second line is a pledge of its own, ``整治山塘15口`` is no target;
- 04: the investment column's unit only in its header (``年度计划投资（万元）``) gives no
  target; the signature row ``审核人：陈强`` is a pledge;
- 05, a PDF of one two-column table per task (rows 工作任务/目标要求/牵头单位/配合单位/完成时限):
  every row is a pledge of its own, no task is found;
- 06, a WeChat article: the ✅ list of 2026's results, the news lead ``📢 1月14日，…闭幕。``,
  the keycap section headings (``1️⃣ 产业发展 · 做大做强``) and the 往期推荐 titles are
  pledges; ``新建通组公路25公里，6月底前完成15公里`` takes the milestone as the deadline and
  loses 15 公里; ``20户以上自然村`` (a qualifier) is a target.

AFTER the table kinds (03, 04, 05; tests/importer/test_blind5_tables.py), on main with the
fixes of 01, 02 and 06 (34b8755):

    document                              F1 year    dl    tg   own false
    01_zhenzhang_bangonghui_jiyao.txt   1.00   ok  1.00  1.00  1.00 0
    02_jiedao_zongjie_jihua.docx        1.00   ok  1.00  1.00  1.00 0
    03_duban_tongzhidan.csv             1.00   ok  1.00  1.00  1.00 0
    04_zhongdian_xiangmu_renwubiao.xlsx 1.00   ok  1.00  1.00  1.00 0
    05_zerenfengong_fangan.pdf          1.00   ok  1.00  1.00  1.00 0
    06_weixin_gongzhonghao.txt          1.00   ok  1.00  0.90  1.00 0
    mean                                1.00  6/6  1.00  0.98  1.00 0
"""

from __future__ import annotations

from tests.importer.blind5 import EXPECTED, FOLDER
from tests.importer.published import check_floors, table

# document: (F1, deadlines, targets, owners), the scores of the importer the set was first
# run on; raise them as faults are fixed
FLOORS = {
    "01_zhenzhang_bangonghui_jiyao.txt": (1.0, 1.0, 1.0, 1.0),
    "02_jiedao_zongjie_jihua.docx": (1.0, 1.0, 1.0, 1.0),
    "03_duban_tongzhidan.csv": (1.0, 1.0, 1.0, 1.0),
    "04_zhongdian_xiangmu_renwubiao.xlsx": (1.0, 1.0, 1.0, 1.0),
    "05_zerenfengong_fangan.pdf": (1.0, 1.0, 1.0, 1.0),
    "06_weixin_gongzhonghao.txt": (1.0, 1.0, 1.0, 1.0),
}
YEARS_RIGHT = 6
MEAN_F1 = 0.99
FALSE_TARGETS = 0


def test_six_documents_are_written_blind():
    assert len(EXPECTED) == 6 == len(FLOORS)
    assert {name.rsplit(".", 1)[1] for name in EXPECTED} == {"txt", "docx", "csv", "xlsx", "pdf"}
    assert all((FOLDER / name).is_file() for name in EXPECTED)
    assert 40 <= sum(len(e.pledges) for e in EXPECTED.values()) <= 50


def test_it_keeps_its_scores_on_the_fifth_blind_set(scores):
    summary = table(scores)
    assert sum(s.f1 for s in scores) / len(scores) >= MEAN_F1, summary
    check_floors(scores, FLOORS, YEARS_RIGHT, FALSE_TARGETS)
