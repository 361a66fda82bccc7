"""Kinds of fault the twelfth blind set found in targets (tests/importer/blind12/ fenglin, qingshi,
tongxi; the fault list in :mod:`tests.importer.test_blind12`): a count in a measure word the
importer did not know (``培训两轮``, ``税收亿元楼达到两幢``, ``实际利用外资500万美元``), and the
threshold of a condition with a longer description of the thing it sizes (``收入20万元以下的
集体经济薄弱村``), which is no target. Each is written again in wordings of its own, in a
list, a speech's sentence and a 目标管理责任书 table in a PDF."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import pdf


def _values(pledge) -> list[tuple[Decimal, str]]:
    return [(t.value, t.unit) for t in pledge.targets]


COUNTS = {
    "rounds of training, a Chinese numeral": (
        "组织村干部轮训两轮，培训农村实用人才300人次。",
        [(2, "轮"), (300, "人次")],
    ),
    "rounds in digits": ("开展安全生产大检查3轮。", [(3, "轮")]),
    "buildings, 两 and 幢": (
        "新建标准厂房两幢，盘活闲置楼宇1.2万平方米。",
        [(2, "幢"), (Decimal("1.2"), "万平方米")],
    ),
    "buildings in a total": ("建成教学楼、综合楼共三幢。", [(3, "幢")]),
    "buildings after 达到": ("培育税收超亿元楼宇达到5幢。", [(5, "幢")]),
    "foreign investment in 万美元": (
        "实际使用外资1200万美元，完成进出口总额2.5亿美元。",
        [(1200, "万美元"), (Decimal("2.5"), "亿美元")],
    ),
    "dollars of exports": ("外贸出口额达到800万美元以上。", [(800, "万美元")]),
}


@pytest.mark.parametrize("wording", COUNTS)
def test_counts_in_rounds_buildings_and_dollars_are_targets(parse, wording):
    sentence, expected = COUNTS[wording]
    (pledge,) = commitments_of(parse(f"2032年工作要点\n一、重点任务\n1. {sentence}\n"))
    assert _values(pledge) == [(Decimal(v), u) for v, u in expected]


def test_a_new_round_names_no_count(parse):
    (pledge,) = commitments_of(parse("2032年工作要点\n一、改革\n1. 启动新一轮农村土地承包试点。\n"))
    assert pledge.targets == []


THRESHOLDS = {
    "消除…以下的…薄弱村": (
        "全面消除年经营性收入20万元以下的集体经济薄弱村。",
        [],
    ),
    "a count of projects over a threshold": (
        "引进投资额5000万元以上的先进制造业项目4个。",
        [(4, "个")],
    ),
    "bases over a size": (
        "建成年出栏500头以上的生猪规模养殖基地6个。",
        [(6, "个")],
    ),
    "households under a size": (
        "对常住人口30户以下的偏远自然村实施整体搬迁。",
        [],
    ),
    "a goal with 以上 and no thing after it stays a goal": (
        "村级集体经济经营性收入均达到20万元以上。",
        [(20, "万元")],
    ),
}


@pytest.mark.parametrize("wording", THRESHOLDS)
def test_a_conditions_threshold_is_no_target(parse, wording):
    sentence, expected = THRESHOLDS[wording]
    (pledge,) = commitments_of(parse(f"2032年工作要点\n一、乡村振兴\n1. {sentence}\n"))
    assert _values(pledge) == [(Decimal(v), u) for v, u in expected]


def test_a_responsibility_table_in_a_pdf(parse):
    """A 目标管理责任书 table in a PDF: the wrapped 目标任务 cells keep their counts whole."""
    rows = [
        ["序号", "考核内容", "目标任务", "分值", "责任单位"],
        ["1", "开放型经济", "实际利用外资300万美元，外贸进出口额1.6亿美元", "8", "经济发展办"],
        [
            "2",
            "集体经济",
            "年经营性收入30万元以上的村达到6个，全面消除收入10万元以下的集体经济薄弱村",
            "10",
            "农业农村办",
        ],
        ["3", "基层党建", "开展党员干部集中轮训两轮，新建党群服务中心两幢", "6", "党建办"],
        ["合计", "", "", "24", ""],
    ]
    data = pdf([("line", "白石镇2032年度目标管理责任书"), ("table", rows)])
    trade, economy, party = commitments_of(parse(data, "目标管理责任书.pdf"))
    assert _values(trade) == [(300, "万美元"), (Decimal("1.6"), "亿美元")]
    assert _values(economy) == [(6, "个")]
    assert _values(party) == [(2, "轮"), (2, "幢")]
    # an owner cell wrapped at the column's width (``农业农村`` / ``办``) is one unit (the
    # catalog's 农业农村办公室), no helper ``办``
    assert [p.owner[:5] for p in (trade, economy)] == ["经济发展办", "农业农村办"]
    assert party.owner == "党建办"
    assert [p.co_owners for p in (trade, economy, party)] == [[], [], []]


def test_owner_cells_wrapped_at_the_columns_width_in_a_pdf(parse):
    """A name the column's width cut (``…、县住`` / ``建局``, ``…综合治理办`` / ``公室``) is read
    whole; two units the writer put on two lines (``县住建局`` / ``县财政局``) stay two."""
    rows = [
        ["序号", "考核内容", "目标任务", "分值", "责任单位"],
        [
            "1",
            "集体经济",
            "年经营性收入30万元以上的村达到6个，全面消除收入10万元以下的集体经济薄弱村",
            "10",
            "县自然资源和规划局、县住建局",
        ],
        [
            "2",
            "平安建设",
            "信访积案化解率100%，群众安全感满意度不低于97%",
            "6",
            "枫林县社会治安综合治理办公室",
        ],
        ["3", "基层党建", "开展党员干部集中轮训两轮", "6", "县住建局\n县财政局"],
    ]
    data = pdf([("line", "白石镇2032年度目标管理责任书"), ("table", rows)])
    economy, safety, party = commitments_of(parse(data, "目标管理责任书.pdf"))
    assert (economy.owner, economy.co_owners) == ("县自然资源和规划局", ["县住建局"])
    assert (safety.owner, safety.co_owners) == ("枫林县社会治安综合治理办公室", [])
    assert (party.owner, party.co_owners) == ("县住建局", ["县财政局"])
