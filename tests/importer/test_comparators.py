"""Pledges of the same kind compare alike (SPEC §3, walk14 m6): a count or amount the pledge
sets out to deliver is a number to reach, ``>=`` (不少于), whatever its verb (新增, 引进, 新建,
招引, 改造, 建成…一处, 投资) and however the plan is laid out; ``以上``/``不少于``/``至少``/
``不低于`` say so outright; a cap (``以内``, ``不超过``, ``控制在…以下``) is ``<=``; only
``左右``/``约`` (about) is ``=``. What a user sees: the review and the pledge's page show
``不低于 300个`` for ``新增城镇就业岗位300个``, as they do for ``新建高标准农田5000亩``.
"""

from __future__ import annotations

import io
from decimal import Decimal as D

import docx
import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs
from tests.importer.table_documents import xlsx
from tests.importer.unseen import targets_of

HEAD = "青山镇2027年重点工作任务\n"

#: (pledge, its targets as (value, unit, comparator)).
FLOORS = [
    ("引进亿元以上招商项目3个，到位资金2亿元。", [(D(3), "个", ">="), (D(2), "亿元", ">=")]),
    ("新建高标准农田5000亩。", [(D(5000), "亩", ">=")]),
    ("新增城镇就业岗位300个。", [(D(300), "个", ">=")]),
    ("改造农村危房30户。", [(D(30), "户", ">=")]),
    ("招引规上工业企业5家。", [(D(5), "家", ">=")]),
    ("建成冷链物流中心一处。", [(D(1), "处", ">=")]),
    ("新建一所幼儿园。", [(D(1), "所", ">=")]),
    ("完成固定资产投资5亿元。", [(D(5), "亿元", ">=")]),
    ("新增就业岗位300个以上。", [(D(300), "个", ">=")]),
    ("新增就业岗位不少于300个。", [(D(300), "个", ">=")]),
    ("至少引进项目3个。", [(D(3), "个", ">=")]),
    ("城乡居民医保参保率不低于95%。", [(D(95), "%", ">=")]),
    ("城乡居民医保参保率达到95%。", [(D(95), "%", ">=")]),
]
CAPS = [
    ("城镇登记失业率控制在3.5%以内。", [(D("3.5"), "%", "<=")]),
    ("全年用水总量不超过500万吨。", [(D(500), "万吨", "<=")]),
    ("信访积案控制在3件以下。", [(D(3), "件", "<=")]),
    ("一般生产安全事故控制在2起以内。", [(D(2), "起", "<=")]),
]
ABOUT = [
    ("特色种植面积增长8%左右。", [(D(8), "%", "=")]),
    ("完成投资约5000万元。", [(D(5000), "万元", "=")]),
]
CASES = FLOORS + CAPS + ABOUT


def numbered(cases) -> str:
    return HEAD + "".join(
        f"{n}.{text}（牵头单位：经发办；完成时限：2027年12月底前）\n"
        for n, (text, _) in enumerate(cases, 1)
    )


def test_every_kind_compares_as_its_words_say_in_a_numbered_list(parse):
    pledges = commitments_of(parse(numbered(CASES)))
    assert [targets_of(p) for p in pledges] == [wanted for _, wanted in CASES]


def test_a_count_to_deliver_is_a_floor_in_a_speech(parse):
    text = (
        "在全镇2027年经济工作会议上的讲话\n二、2027年工作安排\n（一）产业发展\n"
        "今年，经发办要引进亿元以上招商项目3个。农业农村办要新建高标准农田5000亩。"
        "社会事务办要新增城镇就业岗位300个。城镇登记失业率控制在3.5%以内。\n"
    )
    pledges = commitments_of(parse(text))
    assert [targets_of(p) for p in pledges] == [
        [(D(3), "个", ">=")],
        [(D(5000), "亩", ">=")],
        [(D(300), "个", ">=")],
        [(D("3.5"), "%", "<=")],
    ]


def test_in_the_walk_s_word_file(parse):
    """The walker's plan (walk14 m6): every count reads alike, as 不少于."""
    data = paragraphs(numbered(FLOORS[:6]))
    pledges = commitments_of(parse(data, "青山镇2027年重点工作任务.docx"))
    comparators = {t.comparator for p in pledges for t in p.targets}
    assert comparators == {">="}
    assert [targets_of(p) for p in pledges] == [wanted for _, wanted in FLOORS[:6]]


@pytest.mark.parametrize("name", ["xlsx", "csv", "docx"])
def test_in_a_task_table(parse, name):
    rows: list[list[object]] = [["序号", "重点任务", "牵头单位", "完成时限"]]
    rows += [[n, text, "经发办", "2027年12月31日"] for n, (text, _) in enumerate(CASES, 1)]
    if name == "xlsx":
        data = xlsx({"任务": rows})
    elif name == "csv":
        data = "\n".join(",".join(f'"{c}"' for c in row) for row in rows).encode()
    else:
        document = docx.Document()
        document.add_paragraph("青山镇2027年重点工作任务分解表")
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = str(cell)
        out = io.BytesIO()
        document.save(out)
        data = out.getvalue()
    pledges = commitments_of(parse(data, f"青山镇2027年重点工作任务.{name}"))
    assert [targets_of(p) for p in pledges] == [wanted for _, wanted in CASES]


def test_a_series_under_a_cap_keeps_the_cap(parse):
    """``分别控制在…以内``: the cap of the series holds for each count."""
    pledges = commitments_of(
        parse(HEAD + "1.城镇登记失业率和调查失业率分别控制在3.5%和5%以内。（牵头单位：经发办）\n")
    )
    assert targets_of(pledges[0]) == [(D("3.5"), "%", "<="), (D(5), "%", "<=")]
