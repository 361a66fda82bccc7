"""What must not happen is a target of naught (SPEC §3, walk14 m6): ``重大事故零发生``,
``零伤亡``, ``零死亡``, ``重大安全事故“零”发生``, ``安全生产零事故``, ``不发生较大以上事故``,
``杜绝重大森林火灾发生`` and ``事故起数控制在0起`` each give the pledge a target of 0, ``<=``,
counted in 起 (events) or 人 (casualties), so a supervisor can record what happened against it.
Slogans with 零 (``零距离``, ``零跑腿``, ``最多跑一次``, ``零门槛``, ``零容忍``, ``积案清零``) count
nothing and are no targets; a past 零事故 in a clause about last year is none either.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs
from tests.importer.table_documents import xlsx
from tests.importer.unseen import targets_of

HEAD = "青山镇2027年重点工作任务\n"

#: (pledge, its targets, the metric of its naught target).
ZEROS = [
    (
        "开展安全生产大检查4次，重大事故零发生。",
        [(D(4), "次", ">="), (D(0), "起", "<=")],
        "重大事故",
    ),
    ("确保汛期人员零伤亡。", [(D(0), "人", "<=")], "汛期人员伤亡"),
    ("全镇道路交通事故零死亡。", [(D(0), "人", "<=")], "道路交通事故死亡"),
    ("重大安全事故“零”发生。", [(D(0), "起", "<=")], "重大安全事故"),
    ("全年较大以上安全生产事故实现零发生。", [(D(0), "起", "<=")], "较大以上安全生产事故"),
    ("全年不发生较大以上安全生产事故。", [(D(0), "起", "<=")], "较大以上安全生产事故"),
    ("确保不发生重大森林火灾。", [(D(0), "起", "<=")], "重大森林火灾"),
    ("坚决杜绝重大食品安全事件发生。", [(D(0), "起", "<=")], "重大食品安全事件"),
    ("实现安全生产零事故。", [(D(0), "起", "<=")], "安全生产事故"),
    ("生产安全事故起数控制在0起。", [(D(0), "起", "<=")], "生产安全事故起数"),
]
SLOGANS = [
    "推行零距离服务，群众办事零跑腿。",
    "深化“最多跑一次”改革，政务服务事项网上可办率达到95%。",
    "落实创业零门槛政策，对违法行为零容忍。",
    "信访积案动态清零。",
]


def numbered(texts) -> str:
    return HEAD + "".join(
        f"{n}.{text}（牵头单位：应急管理办公室；完成时限：2027年12月底前）\n"
        for n, text in enumerate(texts, 1)
    )


def test_naught_targets_in_a_numbered_list(parse):
    pledges = commitments_of(parse(numbered([text for text, _, _ in ZEROS])))
    assert [targets_of(p) for p in pledges] == [wanted for _, wanted, _ in ZEROS]
    assert [p.targets[-1].metric for p in pledges] == [metric for _, _, metric in ZEROS]


def test_slogans_with_zero_are_no_targets(parse):
    pledges = commitments_of(parse(numbered(SLOGANS)))
    assert [targets_of(p) for p in pledges] == [[], [(D(95), "%", ">=")], [], []]


def test_naught_targets_in_a_word_file(parse):
    texts = [text for text, _, _ in ZEROS] + SLOGANS
    pledges = commitments_of(parse(paragraphs(numbered(texts)), "青山镇2027年重点工作任务.docx"))
    assert [targets_of(p) for p in pledges] == [w for _, w, _ in ZEROS] + [
        [],
        [(D(95), "%", ">=")],
        [],
        [],
    ]


def test_in_a_speech_and_not_of_last_year(parse):
    text = (
        "在全镇2027年安全生产工作会议上的讲话\n一、2026年工作回顾\n去年全镇实现安全生产零事故。\n"
        "二、2027年工作安排\n（一）守牢安全底线\n"
        "应急办要牵头开展安全生产大排查，整改隐患不少于200处，全年不发生较大以上安全事故。"
        "汛期前完成12座小型水库除险加固，确保汛期零伤亡。\n"
    )
    pledges = commitments_of(parse(text))
    assert [targets_of(p) for p in pledges] == [
        [(D(200), "处", ">="), (D(0), "起", "<=")],
        [(D(12), "座", ">="), (D(0), "人", "<=")],
    ]


@pytest.mark.parametrize("name", ["xlsx", "csv"])
def test_in_a_task_table(parse, name):
    rows: list[list[object]] = [["序号", "重点任务", "牵头单位", "完成时限"]]
    rows += [
        [n, text, "应急管理办公室", "2027年12月31日"]
        for n, text in enumerate([t for t, _, _ in ZEROS] + SLOGANS[:1], 1)
    ]
    if name == "xlsx":
        data = xlsx({"任务": rows})
    else:
        data = "\n".join(",".join(f'"{c}"' for c in row) for row in rows).encode()
    pledges = commitments_of(parse(data, f"青山镇2027年重点工作任务.{name}"))
    assert [targets_of(p) for p in pledges] == [w for _, w, _ in ZEROS] + [[]]


def test_a_naught_target_is_kept_while_nothing_happens():
    """The pledge's page and API show a naught target met (100 %) while none has happened, and
    missed (0 %) once one has, as any cap does."""
    from commitments.models import Target

    target = Target(metric="重大事故", value=D(0), unit="起", comparator="<=")
    assert target.progress_percent() is None  # nothing reported yet
    target.current_value = D(0)
    assert target.progress_percent() == 100
    target.current_value = D(1)
    assert target.progress_percent() == 0


#: A count said to be naught (walk14b m4): (pledge, its targets, the metric of its naught target).
NAUGHT_COUNTS = [
    ("重大安全事故为零。", [(D(0), "起", "<=")], "重大安全事故"),
    ("较大以上火灾事故为零。", [(D(0), "起", "<=")], "较大以上火灾事故"),
    ("欠薪案件动态为0。", [(D(0), "起", "<=")], "欠薪案件"),
    ("全年较大以上生产安全事故保持为零。", [(D(0), "起", "<=")], "较大以上生产安全事故"),
    ("道路交通事故死亡人数为零。", [(D(0), "人", "<=")], "道路交通事故死亡人数"),
    ("实现重大安全事故零增长。", [(D(0), "%", "<=")], "重大安全事故增长"),
]
#: 零 as part of a name, or in no cap: no naught target.
ZERO_NAMES = [
    ("深化党建引领，服务群众零距离。", []),
    ("开展零基础电商技能培训200人次。", [(D(200), "人次", ">=")]),
    ("社会消费品零售总额增长6%。", [(D(6), "%", ">=")]),
    ("推行审批服务“零跑腿”。", []),
    ("建设零工市场1个。", [(D(1), "个", ">=")]),
]


def test_a_count_said_to_be_naught_in_a_numbered_list(parse):
    pledges = commitments_of(parse(numbered([t for t, _, _ in NAUGHT_COUNTS])))
    assert [targets_of(p) for p in pledges] == [w for _, w, _ in NAUGHT_COUNTS]
    assert [p.targets[-1].metric for p in pledges] == [m for _, _, m in NAUGHT_COUNTS]


def test_zero_in_a_name_is_no_naught_target(parse):
    pledges = commitments_of(parse(numbered([t for t, _ in ZERO_NAMES])))
    assert [targets_of(p) for p in pledges] == [w for _, w in ZERO_NAMES]


def test_a_count_said_to_be_naught_in_prose(parse):
    text = (
        "在全镇2027年安全生产工作会议上的讲话\n一、2027年工作安排\n（一）守牢安全底线\n"
        "应急办要牵头开展隐患大排查，整改隐患不少于200处，确保全年重大安全事故为零。"
        "人社所要加强劳动保障监察，欠薪案件动态为0。\n"
    )
    pledges = commitments_of(parse(text))
    assert [targets_of(p) for p in pledges] == [
        [(D(200), "处", ">="), (D(0), "起", "<=")],
        [(D(0), "起", "<=")],
    ]


def test_a_count_said_to_be_naught_in_a_word_file_and_a_table_cell(parse):
    texts = [t for t, _, _ in NAUGHT_COUNTS] + [t for t, _ in ZERO_NAMES]
    wanted = [w for _, w, _ in NAUGHT_COUNTS] + [w for _, w in ZERO_NAMES]
    pledges = commitments_of(parse(paragraphs(numbered(texts)), "青山镇2027年重点工作任务.docx"))
    assert [targets_of(p) for p in pledges] == wanted
    rows: list[list[object]] = [["序号", "重点任务", "牵头单位", "完成时限"]]
    rows += [[n, text, "应急管理办公室", "2027年12月31日"] for n, text in enumerate(texts, 1)]
    pledges = commitments_of(parse(xlsx({"任务": rows}), "青山镇2027年重点工作任务.xlsx"))
    assert [targets_of(p) for p in pledges] == wanted
