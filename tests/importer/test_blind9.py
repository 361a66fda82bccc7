"""The importer on the ninth blind set (tests/importer/blind9/: four 2031 documents written
before reading its code and annotated before it ran on them, commit "Ninth blind set: …"),
scored like :mod:`tests.importer.blind8`; written and scored after every fix of the eighth set
had landed (main at 628aab6).

FIRST RUN (expectations as first committed):

    document                              F1 year    dl    tg   own false
    01_xian_mubiao_zerenshu.xlsx        1.00   ok  1.00  0.00  1.00 0
    02_xianzhang_bangonghui_jiyao.docx  0.64   ok  1.00  1.00  1.00 0
    03_zhen_zhongdian_xiangmu_weixin.txt  0.43   ok  0.33  0.00  0.67 12
    04_jiedao_renwu_qingdan_gbk.csv     1.00   ok  0.82  1.00  1.00 0
    mean                                0.77  4/4  0.88  0.55  0.97 12

AFTER THE PROSE FIXES (02 the minutes' decisions, 03 the one-line WeChat items; 01 and 04 as
they were):

    document                              F1 year    dl    tg   own false
    01_xian_mubiao_zerenshu.xlsx        1.00   ok  1.00  0.00  1.00 0
    02_xianzhang_bangonghui_jiyao.docx  1.00   ok  1.00  1.00  1.00 0
    03_zhen_zhongdian_xiangmu_weixin.txt  1.00   ok  1.00  1.00  1.00 0
    04_jiedao_renwu_qingdan_gbk.csv     1.00   ok  0.82  1.00  1.00 0
    mean                                1.00  4/4  0.95  0.69  1.00 0

Faults found (the floors keep the first run's scores; raise them as faults are fixed):

- 01: a target sheet (指标名称 | 单位 | 2030年完成 | 2031年目标 | 责任单位 | … | 考核分值) gives
  no target: the planned year's column with the unit from the 单位 column is not read
  (``≥6.2`` + ``万亩``);
- 02: a 县长办公会纪要's items that only report (``听取了…汇报``, ``研究了…``, ``原则同意…``,
  ``会议对相关工作给予充分肯定``) and the closing ``各单位要…确保会议议定事项落地见效`` are pledges;
- 03: a WeChat list of emoji-bulleted items without a closing ``。`` (``✅２．…——X负责``) runs
  items together: six of nine lost, their targets and owners given to the item before; the
  post's lead and sign-off are pledges;
- 04: ``2031年Q3`` and ``2031.6`` deadline cells give the year's end.

AFTER THE FIXES of 01 and 04 (a target sheet's planned-year column takes the 单位 column's unit,
``≥6.2`` as ``不低于``; a ``Q3`` deadline is the quarter's end; tests in test_blind9_tables.py):

    document                              F1 year    dl    tg   own false
    01_xian_mubiao_zerenshu.xlsx        1.00   ok  1.00  1.00  1.00 0
    04_jiedao_renwu_qingdan_gbk.csv     1.00   ok  1.00  1.00  1.00 0

AFTER BOTH (the prose and the table fixes on one main):

    document                              F1 year    dl    tg   own false
    01_xian_mubiao_zerenshu.xlsx        1.00   ok  1.00  1.00  1.00 0
    02_xianzhang_bangonghui_jiyao.docx  1.00   ok  1.00  1.00  1.00 0
    03_zhen_zhongdian_xiangmu_weixin.txt  1.00   ok  1.00  1.00  1.00 0
    04_jiedao_renwu_qingdan_gbk.csv     1.00   ok  1.00  1.00  1.00 0
    mean                                1.00  4/4  1.00  1.00  1.00 0
"""

from __future__ import annotations

from tests.importer.blind9 import EXPECTED, FOLDER
from tests.importer.published import check_floors

# document: (F1, deadlines, targets, owners) reached (first run, raised after each fix); never lower
FLOORS = {
    "01_xian_mubiao_zerenshu.xlsx": (1.0, 1.0, 1.0, 1.0),
    "02_xianzhang_bangonghui_jiyao.docx": (1.0, 1.0, 1.0, 1.0),
    "03_zhen_zhongdian_xiangmu_weixin.txt": (1.0, 1.0, 1.0, 1.0),
    "04_jiedao_renwu_qingdan_gbk.csv": (1.0, 1.0, 1.0, 1.0),
}
YEARS_RIGHT = 4
FALSE_TARGETS = 0


def test_four_documents_are_written_blind():
    assert len(EXPECTED) == 4 == len(FLOORS)
    assert all((FOLDER / name).is_file() for name in EXPECTED)


def test_it_keeps_its_scores_on_the_ninth_blind_set(scores):
    check_floors(scores, FLOORS, YEARS_RIGHT, FALSE_TARGETS)
