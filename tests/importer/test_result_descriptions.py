"""Counts that describe how things will stand once the work is done, or what a count
includes, are no targets (SPEC §3): ``建成后全镇共有公园12个`` tells the result of building
one park, ``行政村12个（含社区2个）`` counts 12 of which 2 are communities. What a user sees:
the pledge's targets are what it delivers (1 个 park; 12 个 villages, once), never the
town's total after it nor the part in brackets. A running total the pledge sets out to reach
(``累计达到80家``) is a goal and stays one, and a result stated alone (the pledge names no
other number) is the goal still. Written in several wordings, in text, Word and a workbook.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs
from tests.importer.table_documents import xlsx
from tests.importer.unseen import targets_of

HEAD = "青石镇2040年重点工作\n"

#: (pledge, the targets it sets): the result after the work, in several wordings, is none.
RESULTS = [
    ("新建城东公园1个，建成后全镇共有公园12个。", [(D(1), "个", ">=")]),
    ("新建村级综合服务站5个，届时全镇服务站达到20个。", [(D(5), "个", ">=")]),
    ("改造提升农贸市场2个，改造完成后全镇标准化农贸市场总数达到6个。", [(D(2), "个", ">=")]),
    ("整合撤并村民小组30个，调整后全镇行政村12个（含社区2个）。", [(D(30), "个", ">=")]),
    ("新建污水管网12公里，项目投用后全镇污水管网总长达到86公里。", [(D(12), "公里", ">=")]),
    ("新建幼儿园2所，建成之后全镇公办幼儿园达到9所。", [(D(2), "所", ">=")]),
    ("新建城东公园1个，全镇共有公园12个。", [(D(1), "个", ">=")]),
    ("新建便民服务点3个，届时全镇将拥有服务点15个。", [(D(3), "个", ">=")]),
]
#: A bracket that says what the count includes: the count once, the bracket's part none.
INCLUDED = [
    ("全镇行政村12个（含社区2个）全部建成综合服务站。", [(D(12), "个", ">=")]),
    ("新建农村公路25公里（含产业路8公里）。", [(D(25), "公里", ">=")]),
    ("完成危房改造60户（包括易地搬迁户15户）。", [(D(60), "户", ">=")]),
]
#: Totals the pledge sets out to reach, and a result that is the pledge's only number: goals.
GOALS = [
    ("新增规上工业企业6家，累计达到80家。", [(D(6), "家", ">="), (D(80), "家", ">=")]),
    (
        "完成户厕改造600户，全镇累计改造户厕达到5000户。",
        [(D(600), "户", ">="), (D(5000), "户", ">=")],
    ),
    ("到年底全镇公园总数达到12个。", [(D(12), "个", ">=")]),
    ("新建城东公园1个，使全镇公园总数达到12个。", [(D(1), "个", ">="), (D(12), "个", ">=")]),
    ("建成后全镇污水处理能力达到每日2万吨。", [(D(2), "万吨", ">=")]),
    ("项目建成后可新增就业岗位200个。", [(D(200), "个", ">=")]),
]
CASES = RESULTS + INCLUDED + GOALS


def numbered(cases) -> str:
    return HEAD + "".join(
        f"{n}.{text}（责任单位：经发办）\n" for n, (text, _) in enumerate(cases, 1)
    )


def test_results_and_inclusions_are_no_targets_in_a_numbered_list(parse):
    pledges = commitments_of(parse(numbered(CASES)))
    assert [targets_of(p) for p in pledges] == [wanted for _, wanted in CASES]


def test_in_prose_sentences_of_a_speech(parse):
    text = (
        "青石镇2040年工作安排\n二、2040年工作安排\n（一）城乡建设\n"
        + "".join(text for text, _ in RESULTS[:3] + GOALS[:1])
        + "\n"
    )
    pledges = commitments_of(parse(text))
    assert [targets_of(p) for p in pledges] == [w for _, w in RESULTS[:3] + GOALS[:1]]


def test_in_a_word_file(parse):
    pledges = commitments_of(parse(paragraphs(numbered(CASES)), "青石镇2040年重点工作.docx"))
    assert [targets_of(p) for p in pledges] == [wanted for _, wanted in CASES]


@pytest.mark.parametrize("name", ["xlsx", "csv"])
def test_in_a_task_table(parse, name):
    rows: list[list[object]] = [["序号", "重点任务", "牵头单位", "完成时限"]]
    rows += [[n, text, "经发办", "2040年12月31日"] for n, (text, _) in enumerate(CASES, 1)]
    if name == "xlsx":
        data = xlsx({"任务": rows})
    else:
        data = "\n".join(",".join(f'"{c}"' for c in row) for row in rows).encode()
    pledges = commitments_of(parse(data, f"青石镇2040年重点工作.{name}"))
    assert [targets_of(p) for p in pledges] == [wanted for _, wanted in CASES]
