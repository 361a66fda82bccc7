"""The importer on the fourth blind set (tests/importer/blind4/: six 2027 documents written
before reading its code and annotated from their text and SPEC §3 before it was run on them,
commit "Fourth blind set: …"), scored like :mod:`tests.importer.blind3`;
``.venv/bin/python -m tests.importer.blind4`` prints the table.

FIRST RUN (main at 0aa5ec8, expectations as first committed, none changed since):

    document                              F1 year    dl    tg   own false
    01_shuji_jingji_huiyi.txt           0.56   ok  1.00  1.00  0.67 0
    02_gongzuo_yaodian.docx             0.80   NO  0.17  0.83  0.67 1
    03_zhongdian_renwu_qingdan.xlsx     1.00   ok  1.00  1.00  1.00 0
    04_web_zhengfu_baogao_2027.txt      1.00   ok  1.00  1.00  1.00 0
    05_shishi_fangan.pdf                1.00   ok  1.00  0.83  1.00 2
    06_shequ_minsheng_gongshi.txt       0.33   ok  1.00  0.00  0.00 0
    mean                                0.78  5/6  0.88  0.93  0.78 3

Faults found (the blind tester's report gives each with its snippet):

- 01: the review part ``一、正视成绩，坚定做好今年经济工作的信心`` (2026's achievements, its
  存在的问题) and the part after the tasks ``三、强化保障，确保各项任务落地见效`` are imported as
  plan sections (14 extra pledges, the review's numbers as targets); headed
  ``一、2026年经济工作回顾`` instead, the file is refused: ``二、突出重点，全力以赴抓好2027年
  经济工作`` is not seen as the arrangement part; ``首先，``/``其次，`` open no section and the
  heading clauses (``首先，聚焦项目建设，筑牢发展支撑。``, ``聚焦城镇建设，…``) and the framing
  ``围绕上述目标，重点抓好四个方面：`` become pledges; owners in prose: ``由自然资源所具体负责``
  → ``自然资源所具体``, ``由农业办会同财政所推进`` loses 财政所 (owner by rule),
  ``经济发展办公室、市场监管所要密切配合`` → owner by rule, no co-owner;
- 02: the 印发 notice's 文件头 ``中共桃源镇委员会文件`` is the title and no plan year is found
  (every deadline None) though the notice and the Title-styled line say 2027; an item
  ``4.6月底前完成…`` is not an item, so it is joined to its heading ``（三）生态环境治理`` and
  swallows the next item ``5.全年森林覆盖率…`` (text lost, its owner 林业站 made a co-owner);
  a Word table after an introductory line (``6.2027年安排镇级重点项目如下：``) becomes one
  pledge with its first row, the other rows are lost and their owners made co-owners; a
  baseline ``由2026年的58%提高到65%`` → also 58 %;
- 05: a ratio of a standard ``按照每300名村民配备1名保洁员的标准`` → 300 名, 1 名;
- 06: ``项目一：`` numbering is not seen: the whole 公示 (preamble included) is one pledge
  with every item's units as co-owners and the 公示期 dates as milestones; renumbered
  ``一、`` it splits, but an item's content line that does not follow its title
  (``建设内容：``/``主要内容：``/``实施内容：`` after the owner or time lines) is dropped with its
  targets, and ``资金估算：约320万元`` is never a target.
"""

from __future__ import annotations

from tests.importer.blind4 import EXPECTED, FOLDER
from tests.importer.published import check_floors, table

# document: (F1, deadlines, targets, owners), the scores of the importer the set was first
# run on; raise them as faults are fixed
FLOORS = {
    "01_shuji_jingji_huiyi.txt": (1.0, 1.0, 1.0, 1.0),
    "02_gongzuo_yaodian.docx": (1.0, 1.0, 1.0, 1.0),
    "03_zhongdian_renwu_qingdan.xlsx": (1.0, 1.0, 1.0, 1.0),
    "04_web_zhengfu_baogao_2027.txt": (1.0, 1.0, 1.0, 1.0),
    "05_shishi_fangan.pdf": (1.0, 1.0, 1.0, 1.0),
    "06_shequ_minsheng_gongshi.txt": (1.0, 1.0, 1.0, 1.0),
}
YEARS_RIGHT = 6
FALSE_TARGETS = 0


def _rate(values: list[bool]) -> float:
    return sum(values) / len(values) if values else 1.0


def test_six_documents_are_written_blind():
    assert len(EXPECTED) == 6 == len(FLOORS)
    assert {name.rsplit(".", 1)[1] for name in EXPECTED} == {"txt", "docx", "xlsx", "pdf"}
    assert all((FOLDER / name).is_file() for name in EXPECTED)
    assert 40 <= sum(len(e.pledges) for e in EXPECTED.values()) <= 50


def test_it_keeps_its_scores_on_the_fourth_blind_set(scores):
    summary = table(scores)
    assert sum(s.f1 for s in scores) / len(scores) >= 1.0, summary
    assert _rate([d for s in scores for d in s.deadlines]) >= 0.99, summary
    assert _rate([t for s in scores for t in s.targets]) >= 1.0, summary
    assert _rate([o for s in scores for o in s.owners]) >= 1.0, summary
    check_floors(scores, FLOORS, YEARS_RIGHT, FALSE_TARGETS)
