# ruff: noqa: E501  (document text in Chinese runs past the line limit)
"""The importer on the thirteenth blind set (tests/importer/blind13/: four 2032 documents written
by a helper who had read neither the importer nor the other sets, committed before the importer
ran on them), scored at 0602c62, after every importer fix of the session (blind11 and blind12
at 1.00).

FIRST RUN (owners as changed before any fix: a unit named by an alias of a catalog
department is that department):

    document                              F1 year    dl    tg   own false
    2032年重点工作任务分解表.docx                 0.86   ok  1.00  1.00  1.00 0
    督查督办任务清单_2032.csv                   0.96   ok  1.00  1.00  1.00 0
    镇党委书记在2032年工作动员大会上的讲话.txt           0.77   ok  0.75  1.00  0.75 0
    青溪区2032年十件民生实事.pdf                  0.80   ok  1.00  0.88  1.00 1
    mean                                0.85  4/4  0.93  0.98  0.93 1

Faults found (the floors keep the first run's scores, raised as faults are fixed):

- speech (a 镇党委书记's spoken 动员大会 speech): seven narrative sentences are pledges
  (``我们镇是农业大镇…``, ``我再强调一下…``, ``大家要注意…``, ``去年夏天那场暴雨…``) — fixed by
  the narrative rule (commitments.importer.prose.is_narrative); festival and spoken deadlines
  are not read (``五一之前`` → 04-30, ``端午节前`` → 06-11; ``新的茶叶加工厂三季度要建成投产``) —
  fixed by the festival rule (deadlines.festival_eve, the lunar calendar) and ``今年`` beside a
  time that completes the pledge; ``这件事由王镇长牵头，农业办具体抓，财政所、自然资源所配合``
  takes the official as the owner; ``下半年交通办要…`` takes ``下半年交通办`` as a unit; ``应急办配合``
  in the same sentence is not read as a co-owner — fixed by the spoken owners (owners.OFFICIAL,
  MORE_HELP, TIME_BEFORE). After the fixes the speech scores 1.00 on every score (F1, deadlines,
  targets, owners; no false target) and the floors are raised to it;
- docx (a 任务分解表 whose parent rows, 牵头单位 merged down, hold sub-tasks ``1.1``…): the four
  parent rows without a target of their own are pledges too (they head their sub-tasks) —
  fixed by the table outline (tables._outline: a parent row without a goal of its own heads a
  section, its sub-tasks the pledges; tests/importer/test_blind13_tables.py): F1 0.86 → 1.00;
- csv (a GBK 督查督办 export): the closing row ``共13条`` is a pledge — fixed by
  tables._closing_row (a count, a sum, a note or a sign-off closes any table): F1 0.96 → 1.00;
- pdf (a 区 十件民生实事 page): two items whose heading ``一、扩大优质教育资源供给`` stands on its own
  line lose the heading (read as a section), so the pledge's text starts at its body — fixed
  in pipeline.build_sections (a heading over one body, no numbered items of its own, is the
  pledge's title; tests/importer/test_blind13_items.py): F1 0.80 → 1.00;
  ``对80周岁以上老人给予每餐3元补贴`` gives 3 元 (a subsidy's rate, no target) — fixed by
  targets.RATE_OF_MONEY (tests/importer/test_blind13_targets.py): targets 0.88 → 1.00, false
  targets 1 → 0.
"""

from __future__ import annotations

from tests.importer.blind13 import EXPECTED, FOLDER
from tests.importer.published import check_floors

# document: (F1, deadlines, targets, owners); the first run's, raised as faults are fixed
FLOORS = {
    "2032年重点工作任务分解表.docx": (1.0, 1.0, 1.0, 1.0),
    "督查督办任务清单_2032.csv": (1.0, 1.0, 1.0, 1.0),
    "镇党委书记在2032年工作动员大会上的讲话.txt": (1.0, 1.0, 1.0, 1.0),
    "青溪区2032年十件民生实事.pdf": (1.0, 1.0, 1.0, 1.0),
}
YEARS_RIGHT = 4
FALSE_TARGETS = 0


def test_four_documents_are_written_blind():
    assert len(EXPECTED) == 4 == len(FLOORS)
    assert all((FOLDER / name).is_file() for name in EXPECTED)


def test_it_keeps_its_scores_on_the_thirteenth_blind_set(scores):
    check_floors(scores, FLOORS, YEARS_RIGHT, FALSE_TARGETS)
