"""A colon or semicolon inside a closed bracket or quotes is part of the pledge.

``1.新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩），6月底前完成。``: the
bracket breaks the pledge down; its parts are no pledges of their own, and its
colon is no ``heading：text`` split. Each case is written in a wording and layout
of its own; the bracket's parts stay targets of the pledge, after its total, as
``其中`` written in prose does (test_unseen_speeches).
"""

from __future__ import annotations

import datetime
from decimal import Decimal as D

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.unseen import targets_of

HEAD = "青山镇2025年工作要点\n一、农业农村\n"
FARMLAND = "新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩），6月底前完成。"
ROADS = "改造农村公路20公里（其中：村道12公里；组道8公里）。"


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def test_the_reported_plan_keeps_both_pledges_whole(parse):
    parsed = parse(f"{HEAD}1.{FARMLAND}\n2.{ROADS}\n")
    farmland, roads = commitments_of(parsed)
    # the one heading over the items is their section (test_blind3_faults)
    assert [s.title for s in parsed.documents[0].sections] == ["农业农村"]
    assert farmland.text == FARMLAND
    assert roads.text == ROADS
    # the title's first clause holds the whole bracket, or leaves it out when too long
    assert farmland.title == "新建高标准农田5000亩"
    assert roads.title == "改造农村公路20公里（其中：村道12公里；组道8公里）"
    assert (farmland.deadline, roads.deadline) == (day("2025-06-30"), day("2025-12-31"))
    assert targets_of(farmland)[0] == (D(5000), "亩", ">=")
    assert [t.value for t in farmland.targets] == [D(5000), D(2000), D(3000)]
    assert [t.value for t in roads.targets] == [D(20), D(12), D(8)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("1、", "2、"),
        ("（1）", "（2）"),
        ("(1)", "(2)"),
        ("（一）", "（二）"),
        ("一是", "二是"),
    ],
)
def test_every_numbering_style_keeps_the_bracket_in_its_item(parse, first, second):
    pledges = commitments_of(
        parse(
            "2025年白沙乡重点工作\n"
            f"{first}建设高标准农田3000亩(含:旱改水800亩;土壤改良2200亩),9月底前完成。\n"
            f"{second}新建村级冷库4座（包括：保鲜库3座）。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "建设高标准农田3000亩(含:旱改水800亩;土壤改良2200亩),9月底前完成。",
        "新建村级冷库4座（包括：保鲜库3座）。",
    ]
    assert pledges[0].deadline == day("2025-09-30")
    assert pledges[0].targets[0].value == D(3000)
    assert pledges[1].targets[0].value == D(4)


def test_shi_items_in_one_paragraph(parse):
    pledges = commitments_of(
        parse(
            "2025年红岩镇工作打算\n一、乡村振兴\n"
            "一是改造农村公路20公里（分别为：村道12公里；组道8公里），"
            "二是新增光伏装机2兆瓦（其中：屋顶光伏1.5兆瓦），年底前完成。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "改造农村公路20公里（分别为：村道12公里；组道8公里），",
        "新增光伏装机2兆瓦（其中：屋顶光伏1.5兆瓦），年底前完成。",
    ]


def test_a_breakdown_without_a_semicolon(parse):
    pledges = commitments_of(
        parse(
            f"{HEAD}1.新建高标准农田5000亩（其中：大豆2000亩），6月底前完成。\n"
            "2.新建村级冷库4座(含:保鲜库3座)。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "新建高标准农田5000亩（其中：大豆2000亩），6月底前完成。",
        "新建村级冷库4座(含:保鲜库3座)。",
    ]
    assert pledges[0].deadline == day("2025-06-30")


def test_square_brackets_and_quotes_hold_their_colons_too(parse):
    pledges = commitments_of(
        parse(
            f"{HEAD}"
            "1.新建高标准农田5000亩【其中：大豆2000亩；玉米3000亩】，6月底前完成。\n"
            "2.举办“村晚：乡村春晚；村BA”系列活动6场。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "新建高标准农田5000亩【其中：大豆2000亩；玉米3000亩】，6月底前完成。",
        "举办“村晚：乡村春晚；村BA”系列活动6场。",
    ]
    assert pledges[0].deadline == day("2025-06-30")


def test_square_brackets_in_prose_end_no_sentence(parse):
    pledges = commitments_of(
        parse(
            f"{HEAD}新建高标准农田5000亩【其中：大豆2000亩；玉米3000亩】，6月底前完成。"
            "改造农村公路20公里。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "新建高标准农田5000亩【其中：大豆2000亩；玉米3000亩】，6月底前完成。",
        "改造农村公路20公里。",
    ]


def test_an_owner_bracket_after_the_breakdown_still_names_the_owner(parse):
    (farmland, roads) = commitments_of(
        parse(
            f"{HEAD}"
            "1.新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩）（镇农业农村办负责，6月底前完成）。\n"
            "2.改造农村公路20公里(分别为:村道12公里;组道8公里)(交通办牵头,财政所配合,三季度)\n"
        )
    )
    assert farmland.text == "新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩）"
    assert (farmland.owner, farmland.deadline) == ("农业农村办公室", day("2025-06-30"))
    assert roads.text == "改造农村公路20公里(分别为:村道12公里;组道8公里)"
    assert roads.owner_source == "explicit"
    assert roads.co_owners == ["财政所"]
    assert roads.deadline == day("2025-09-30")


def test_a_labelled_bracket_after_the_breakdown_is_still_labels(parse):
    farmland, roads = commitments_of(
        parse(
            f"{HEAD}"
            "1.新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩）"
            "（责任单位：农业农村办；完成时限：6月底前）\n"
            "2.改造农村公路20公里（其中：村道12公里；组道8公里）"
            "（责任单位：交通办；配合单位：财政所；完成时限：9月底前）\n"
        )
    )
    assert farmland.text == "新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩）"
    assert (farmland.owner_source, farmland.deadline) == ("explicit", day("2025-06-30"))
    assert roads.text == "改造农村公路20公里（其中：村道12公里；组道8公里）"
    assert (roads.owner_source, roads.co_owners) == ("explicit", ["财政所"])
    assert roads.deadline == day("2025-09-30")


def test_labelled_lines_under_an_item_with_a_breakdown(parse):
    farmland, roads = commitments_of(
        parse(
            f"{HEAD}"
            "1.新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩）\n"
            "责任单位：农业农村办\n完成时限：6月底前\n"
            "2.改造农村公路20公里（含：村道12公里）\n"
            "牵头单位：交通办\n配合单位：财政所\n完成时限：9月底前\n"
        )
    )
    assert farmland.text == "新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩）"
    assert (farmland.owner_source, farmland.deadline) == ("explicit", day("2025-06-30"))
    assert roads.text == "改造农村公路20公里（含：村道12公里）"
    assert (roads.co_owners, roads.deadline) == (["财政所"], day("2025-09-30"))


def test_a_table_cell_with_a_breakdown(parse):
    farmland, roads = commitments_of(
        parse(
            "# 青山镇2025年重点工作任务清单\n\n"
            "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n"
            "| --- | --- | --- | --- |\n"
            "| 1 | 新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩） | 农业农村办 | 6月底前 |\n"
            "| 2 | 改造农村公路20公里(分别为:村道12公里;组道8公里) | 交通办 | 9月底前 |\n",
            "plan.md",
        )
    )
    assert farmland.text == "新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩）"
    assert (farmland.owner_source, farmland.deadline) == ("explicit", day("2025-06-30"))
    assert roads.text == "改造农村公路20公里(分别为:村道12公里;组道8公里)"
    assert roads.deadline == day("2025-09-30")


def test_a_colon_outside_brackets_still_heads_its_item(parse):
    """``1.产业发展：新建…`` is a heading and its pledge; only the bracket's colon is kept."""
    (pledge,) = commitments_of(
        parse(
            "2025年青山镇工作要点\n"
            "1.产业发展：新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩）。\n"
            "2.民生保障：改造农村公路20公里。\n"
        )
    )[:1]
    assert pledge.text == "新建高标准农田5000亩（其中：大豆2000亩；玉米3000亩）。"


# -- the total and each part of a breakdown are targets, each with its own metric -------


def metrics(pledge) -> list[tuple[str, D, str, str]]:
    return [(t.metric, t.value, t.unit, t.comparator) for t in pledge.targets]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "完成招商引资签约项目8个（其中：工业项目5个；现代农业项目3个）。",
            [
                ("招商引资签约项目", D(8), "个", ">="),
                ("工业项目", D(5), "个", ">="),
                ("现代农业项目", D(3), "个", ">="),
            ],
        ),
        (
            "城乡居民医保参保率达到95%以上（其中：脱贫人口参保率60%；低保对象20%）。",
            [
                ("城乡居民医保参保率", D(95), "%", ">="),
                ("脱贫人口参保率", D(60), "%", ">="),
                ("低保对象", D(20), "%", ">="),
            ],
        ),
        (
            "培育新型经营主体30家(含家庭农场20家、农民合作社10家),年底前完成。",
            [
                ("培育新型经营主体", D(30), "家", ">="),
                ("家庭农场", D(20), "家", ">="),
                ("农民合作社", D(10), "家", ">="),
            ],
        ),
        (
            "完成固定资产投资3.5亿元【其中：工业投资1.2亿元，基础设施投资不低于8000万元】。",
            [
                ("固定资产投资", D("3.5"), "亿元", ">="),
                ("工业投资", D("1.2"), "亿元", ">="),
                ("基础设施投资", D(8000), "万元", ">="),
            ],
        ),
    ],
)
def test_a_breakdown_gives_the_total_and_its_parts(parse, sentence, expected):
    (pledge,) = commitments_of(parse(f"{HEAD}1.{sentence}\n"))
    assert metrics(pledge) == expected


def test_breakdowns_in_a_speech_a_labelled_item_and_a_table(parse):
    speech = commitments_of(
        parse(
            "在2025年全乡经济工作会议上的讲话\n二、2025年工作安排\n"
            "（一）抓招商。全年新签约项目10个（其中：亿元以上项目4个），6月底前落地3个。\n"
        )
    )
    assert [(m, v) for m, v, _, _ in metrics(speech[0])][:2] == [
        ("新签约项目", D(10)),
        ("亿元以上项目", D(4)),
    ]
    labelled = commitments_of(
        parse(
            f"{HEAD}1.新增就业岗位600个（其中：公益性岗位80个；见习岗位50个）\n"
            "责任单位：社会事务办\n完成时限：2025年11月底\n"
        )
    )
    assert [m for m, _, _, _ in metrics(labelled[0])] == ["新增就业岗位", "公益性岗位", "见习岗位"]
    table = commitments_of(
        parse(
            "| 序号 | 工作任务 | 责任单位 | 完成时限 |\n| --- | --- | --- | --- |\n"
            "| 1 | 森林覆盖率达到62%以上（其中：新造林地5000亩） | 林业站 | 年底前 |\n",
            "2025年任务.md",
        )
    )
    assert metrics(table[0]) == [
        ("森林覆盖率", D(62), "%", ">="),
        ("新造林地", D(5000), "亩", ">="),
    ]
