"""The kind of fault of the fifteenth blind set's workbook (tests/importer/blind15/, the fault
list in :mod:`tests.importer.test_blind15`): a project plan whose schedule stands in period
columns (一季度 … 四季度, 1月 … 12月, 1—3月, 上半年 | 下半年) under a header over two or three
rows, with a title and a 填报单位 line above it, group and 合计 rows, a 县级联系领导 column and
the year's planned investment. Written again in layouts and wordings of its own (a workbook,
Word's gridSpan/vMerge, CSV with the upper names repeated or left blank, a quarter row-block):
none of these tables copies the blind one.

What a user sees: every project row is a pledge and no header row is one; its deadline is the end
of the last period holding a step, or the date that step states; the earlier steps are its
milestones and their stage counts (``完成管网铺设120公里`` on the way to 260公里) no targets; the
year's investment (``2035年计划投资`` under ``单位：万元``) is a target, the total (总投资) is not;
the 县级联系领导 is the responsible official, never the owner; a 配合单位 cell merged down over
some rows helps those rows only.
"""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date


def _name(pledge) -> str:
    return pledge.text.split("，")[0]


def _targets(pledge) -> list[tuple[Decimal, str]]:
    return sorted((t.value, t.unit) for t in pledge.targets)


# -- a workbook: title, 填报单位 line, header over two rows, groups, 合计 ---------------------

WORKBOOK_ROWS = [
    ["青石县2035年县级重点项目季度推进计划", *[None] * 12],
    ["填报单位：青石县发展和改革局", *[None] * 8, "金额单位：万元", None, None, None],
    [
        "序号",
        "项目名称",
        "2035年主要建设内容",
        "总投资",
        "2035年计划投资",
        "季度形象进度",
        None,
        None,
        None,
        "责任单位",
        "配合单位",
        "县级联系领导",
        "备注",
    ],
    [
        None,
        None,
        None,
        None,
        None,
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
        None,
        None,
        None,
        None,
    ],
    ["一、工业项目", *[None] * 12],
    [
        1,
        "青石新材料产业园一期",
        "建成标准化厂房5栋、铺设园区道路3公里",
        42000,
        16000,
        "完成场地平整",
        "2栋厂房封顶",
        "5栋厂房封顶",
        "园区道路建成通车",
        "县工信局",
        "县自然资源局、青石镇",
        "周建国",
        None,
    ],
    [
        2,
        "220千伏青石变电站",
        "新建主变2台、线路26公里",
        9000,
        9000,
        "取得核准",
        "开工建设",
        "10月20日前完成线路架设",
        "—",
        "县供电公司",
        "县自然资源局、青石镇",
        "周建国",
        None,
    ],
    ["二、民生项目", *[None] * 12],
    [
        3,
        "县城供水管网改造",
        "改造供水管网180公里",
        12000,
        6000,
        "完成管网改造40公里",
        "完成管网改造100公里",
        "完成管网改造150公里",
        "全部完工",
        "县水务局",
        "县财政局",
        "吴海燕",
        None,
    ],
    [
        4,
        "县中医院门诊楼",
        "建成门诊楼2.2万平方米",
        15000,
        5000,
        "—",
        "主体封顶",
        "—",
        "—",
        "县卫健局",
        None,
        "吴海燕",
        "跨年度",
    ],
    ["合计", None, None, 78000, 36000, None, None, None, None, None, None, None, None],
    ["审核人：  填表人：李明  填报日期：2035年1月10日", *[None] * 12],
]
WORKBOOK_MERGES = [
    "A1:M1",
    "A2:I2",
    "J2:M2",
    "A3:A4",
    "B3:B4",
    "C3:C4",
    "D3:D4",
    "E3:E4",
    "F3:I3",
    "J3:J4",
    "K3:K4",
    "L3:L4",
    "M3:M4",
    "A5:M5",
    "K6:K7",  # one 配合单位 cell over the two 工业项目 rows
    "L6:L7",
    "A8:M8",
    "L9:L10",
    "A11:C11",
]


@pytest.fixture
def workbook_pledges(parse):
    data = xlsx({"推进计划": WORKBOOK_ROWS}, {"推进计划": WORKBOOK_MERGES})
    return commitments_of(parse(data, "青石县2035年县级重点项目季度推进计划.xlsx"))


def test_every_project_row_of_a_quarterly_plan_is_a_pledge(workbook_pledges):
    # neither header row, group, 合计 nor signature row is one; 220千伏 starts the name
    assert [_name(p) for p in workbook_pledges] == [
        "青石新材料产业园一期",
        "220千伏青石变电站",
        "县城供水管网改造",
        "县中医院门诊楼",
    ]


def test_the_last_quarter_holding_a_step_is_the_deadline(workbook_pledges):
    park, station, water, hospital = workbook_pledges
    assert park.deadline == D(2035, 12, 31)
    assert station.deadline == D(2035, 10, 20)  # the date the step states, 四季度 "—"
    assert water.deadline == D(2035, 12, 31)
    assert hospital.deadline == D(2035, 6, 30)  # only 第二季度 holds a step
    assert [m.due for m in park.milestones] == [D(2035, 3, 31), D(2035, 6, 30), D(2035, 9, 30)]
    assert [m.text for m in water.milestones][0] == "第一季度完成管网改造40公里"


def test_the_years_investment_is_a_target_and_the_stages_are_not(workbook_pledges):
    park, station, water, hospital = workbook_pledges
    # the stage counts (2栋, 40/100/150公里) are on the way to the row's own; 总投资 is no target
    assert _targets(park) == [(Decimal(3), "公里"), (Decimal(5), "栋"), (Decimal(16000), "万元")]
    assert _targets(water) == [(Decimal(180), "公里"), (Decimal(6000), "万元")]
    assert (Decimal(5000), "万元") in _targets(hospital)
    assert all(t.value not in (42000, 78000, 36000) for p in workbook_pledges for t in p.targets)


def test_the_county_contact_leader_is_the_official_not_an_owner(workbook_pledges):
    park, station, water, hospital = workbook_pledges
    assert (park.owner, park.official) == ("县工信局", "周建国")
    assert (hospital.owner, hospital.official) == ("县卫健局", "吴海燕")
    assert all(p.owner not in ("周建国", "吴海燕") for p in workbook_pledges)


def test_a_co_owner_cell_merged_down_helps_only_the_rows_it_spans(workbook_pledges):
    park, station, water, hospital = workbook_pledges
    assert park.co_owners == station.co_owners == ["县自然资源局", "青石镇"]
    assert water.co_owners == ["县财政局"]
    assert hospital.co_owners == []


# -- a header over three rows, in CSV (names repeated, or left blank) -------------------------

THREE_ROWS_REPEATED = (
    "序号,项目名称,年度目标,2035年计划投资（万元）,推进计划,推进计划,推进计划,推进计划,牵头单位,分管领导\n"
    "序号,项目名称,年度目标,2035年计划投资（万元）,上半年,上半年,下半年,下半年,牵头单位,分管领导\n"
    "序号,项目名称,年度目标,2035年计划投资（万元）,一季度,二季度,三季度,四季度,牵头单位,分管领导\n"
    "1,乡村振兴示范片,建成高标准农田1.2万亩,3600,完成规划设计,完成土地整理5000亩,完成灌溉配套,全面验收,县农业农村局,赵刚\n"
    "2,城区停车场,新增停车位800个,2400,完成选址,开工建设,9月底前投入使用,—,县城管局,孙敏\n"
)
THREE_ROWS_BLANK = (
    "项目名称,年度目标,2035年计划投资（万元）,推进计划,,,,牵头单位,分管领导\n"
    ",,,上半年,,下半年,,,\n"
    ",,,1—3月,4—6月,7—9月,10—12月,,\n"
    "乡村振兴示范片,建成高标准农田1.2万亩,3600,完成规划设计,完成土地整理5000亩,完成灌溉配套,全面验收,县农业农村局,赵刚\n"
    "城区停车场,新增停车位800个,2400,完成选址,开工建设,9月底前投入使用,,县城管局,孙敏\n"
)


@pytest.mark.parametrize("text", [THREE_ROWS_REPEATED, THREE_ROWS_BLANK], ids=["repeated", "blank"])
def test_a_header_over_three_rows_is_read_as_one(parse, text):
    farmland, parking = commitments_of(parse(text.encode("utf-8"), "2035年项目计划.csv"))
    assert [_name(farmland), _name(parking)] == ["乡村振兴示范片", "城区停车场"]
    assert farmland.deadline == D(2035, 12, 31)
    assert [m.due for m in farmland.milestones] == [D(2035, 3, 31), D(2035, 6, 30), D(2035, 9, 30)]
    assert parking.deadline == D(2035, 9, 30)
    assert _targets(farmland) == [(Decimal("1.2"), "万亩"), (Decimal(3600), "万元")]
    assert (farmland.owner, farmland.official) == ("县农业农村局", "赵刚")


# -- Word: gridSpan over the periods, vMerge down the other names -----------------------------


def _word_table(rows: list[list[str]], spans: list[tuple[int, int, int, int]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("白水镇2035年重点项目推进计划表")
    document.add_paragraph("填报单位：白水镇党政办")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for top, left, bottom, right in spans:
        text = table.cell(top, left).text
        merged = table.cell(top, left).merge(table.cell(bottom, right))
        merged.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


WORD_ROWS = [
    ["序号", "项目", "全年目标", "时间节点", "", "", "", "牵头单位", "配合单位", "包联领导"],
    ["", "", "", "1-3月", "4-6月", "7-9月", "10-12月", "", "", ""],
    [
        "1",
        "集镇污水管网",
        "铺设污水管网12公里",
        "完成设计",
        "铺设管网5公里",
        "11月30日前完工",
        "",
        "规划建设办",
        "财政所",
        "王丽",
    ],
    [
        "2",
        "农贸市场改造",
        "改造摊位260个",
        "完成招标",
        "开工改造",
        "完成主体",
        "投入使用",
        "经发办",
        "市场监管所",
        "陈东",
    ],
]


def test_a_word_header_merged_across_and_down_is_read_as_one(parse):
    data = _word_table(
        WORD_ROWS,
        [
            (0, 0, 1, 0),
            (0, 1, 1, 1),
            (0, 2, 1, 2),
            (0, 3, 0, 6),
            (0, 7, 1, 7),
            (0, 8, 1, 8),
            (0, 9, 1, 9),
        ],
    )
    sewer, market = commitments_of(parse(data, "推进计划表.docx", year=2035))
    assert [_name(sewer), _name(market)] == ["集镇污水管网", "农贸市场改造"]
    assert sewer.deadline == D(2035, 11, 30)
    assert [m.due for m in sewer.milestones] == [D(2035, 3, 31), D(2035, 6, 30)]
    assert _targets(sewer) == [(Decimal(12), "公里")]
    assert market.deadline == D(2035, 12, 31)
    assert (sewer.owner, sewer.co_owners, sewer.official) == ("规划建设办", ["财政所"], "王丽")


# -- month columns, half-year columns, date cells ---------------------------------------------


def test_month_columns_make_the_last_month_with_a_step_the_deadline(parse):
    months = [f"{m}月" for m in range(1, 13)]
    rows = [
        ["2035年重点工作月度推进表", *[None] * 14],
        ["序号", "重点工作", "责任单位", *months],
        [
            1,
            "完成农村危房改造120户",
            "住建站",
            None,
            "摸底排查",
            None,
            None,
            "改造60户",
            None,
            None,
            None,
            "改造120户",
            None,
            None,
            None,
        ],
        [
            2,
            "举办乡村文化节1届",
            "文化站",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            "举办文化节",
            None,
            None,
            None,
        ],
    ]
    houses, festival = commitments_of(parse(xlsx({"Sheet1": rows}), "月度推进表.xlsx"))
    assert houses.deadline == D(2035, 9, 30)
    assert [m.due for m in houses.milestones] == [D(2035, 2, 28), D(2035, 5, 31)]
    assert _targets(houses) == [(Decimal(120), "户")]  # 改造60户 is a stage
    assert festival.deadline == D(2035, 9, 30) and festival.milestones == []


def test_half_year_columns_make_the_last_half_with_a_step_the_deadline(parse):
    csv = (
        "序号,工作任务,责任单位,时间安排,\n"
        ",,,上半年,下半年\n"
        "1,新建村级养老服务站4个,民政办,建成2个,建成4个\n"
        "2,完成全镇森林防火隐患排查,应急办,全面排查,—\n"
    )
    homes, forest = commitments_of(parse(csv.encode("utf-8"), "2035年工作安排.csv"))
    assert homes.deadline == D(2035, 12, 31)
    assert [m.due for m in homes.milestones] == [D(2035, 6, 30)]
    assert _targets(homes) == [(Decimal(4), "个")]
    assert forest.deadline == D(2035, 6, 30)


def test_period_cells_that_hold_dates_keep_their_dates(parse):
    rows = [
        ["序号", "项目名称", "建设内容", "时间节点", None, None, None, "责任单位"],
        [None, None, None, "一季度", "二季度", "三季度", "四季度", None],
        [1, "体育公园", "建设体育公园1个", "2035年3月15日", "2035年5月20日", None, None, "文体局"],
        [2, "学校食堂", "改造学校食堂6所", None, None, "8月25日前", "—", "教育局"],
    ]
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:G1", "H1:H2"]
    park, canteen = commitments_of(parse(xlsx({"计划": rows}, {"计划": merges}), "2035年项目.xlsx"))
    assert park.deadline == D(2035, 5, 20)
    assert [m.due for m in park.milestones] == [D(2035, 3, 15)]
    assert canteen.deadline == D(2035, 8, 25) and canteen.milestones == []


# -- a quarter row-block: one row per quarter under the project's merged cells ----------------

ROW_BLOCK = [
    ["红岩乡2035年重点项目分季度推进计划"],
    ["序号", "项目名称", "年度目标", "季度", "推进目标", "责任单位"],
    [1, "红岩水库除险加固", "完成大坝加固1座", "一季度", "完成初步设计", "水利站"],
    [None, None, None, "二季度", "开工建设", None],
    [None, None, None, "三季度", "完成大坝加固", None],
    [2, "村级光伏电站", "新建光伏电站3座", "一季度", "完成选址", "经发办"],
    [None, None, None, "二季度", "建成光伏电站3座并网发电", None],
]
ROW_BLOCK_MERGES = ["A1:F1", "A3:A5", "B3:B5", "C3:C5", "F3:F5", "A6:A7", "B6:B7", "C6:C7", "F6:F7"]


def test_a_project_laid_over_quarter_rows_is_one_pledge(parse):
    data = xlsx({"计划": ROW_BLOCK}, {"计划": ROW_BLOCK_MERGES})
    dam, solar = commitments_of(parse(data, "分季度推进计划.xlsx", year=2035))
    assert [_name(dam), _name(solar)] == ["红岩水库除险加固", "村级光伏电站"]
    assert dam.deadline == D(2035, 9, 30)
    assert [m.due for m in dam.milestones] == [D(2035, 3, 31), D(2035, 6, 30)]
    assert solar.deadline == D(2035, 6, 30)
    assert _targets(solar) == [(Decimal(3), "座")]
    assert dam.owner == "水利站"


# -- a stage in the pledge's own measure, in any schedule ----------------------------------

STAGES = {
    "a 完成时限 label": (
        "石桥镇2035年重点任务\n1.新建村级电商服务站10个\n牵头单位：经发办\n"
        "完成时限：6月底前建成5个，12月底前全部建成\n",
        "plan.txt",
    ),
    "a 时间节点 column": (
        "序号,工作任务,牵头单位,时间节点\n"
        '1,改造通村公路1.2万米,交通站,"6月底前完成6000米，11月底前全部完工"\n',
        "2035年任务.csv",
    ),
}


@pytest.mark.parametrize("layout", list(STAGES))
def test_a_stage_in_the_pledges_own_measure_is_a_milestone_not_a_target(parse, layout):
    content, name = STAGES[layout]
    (pledge,) = commitments_of(parse(content, name, 2035))
    assert [m.due for m in pledge.milestones] == [D(2035, 6, 30)]
    assert len(pledge.targets) == 1 and pledge.targets[0].value in (10, Decimal("1.2"))


def test_a_schedules_count_in_another_measure_is_still_a_target(parse):
    csv = (
        "序号,工作任务,牵头单位,时间节点\n"
        '1,新建养老服务站3个,民政办,"6月底前完成选址，9月底前新增床位60张"\n'
    )
    (pledge,) = commitments_of(parse(csv.encode("utf-8"), "2035年任务.csv"))
    assert _targets(pledge) == [(Decimal(3), "个"), (Decimal(60), "张")]


@pytest.mark.parametrize("name", ["220千伏白沙输变电工程", "35千伏线路改造", "5000吨冷库建设"])
def test_an_item_whose_name_starts_with_a_number_is_an_item_of_its_own(parse, name):
    text = (
        "长湾县2035年重点项目\n一、基础设施\n1、县城停车场，新增停车位300个\n责任单位：县城管局\n"
        f"2、{name}，年内建成投运\n责任单位：县供电公司\n3、农贸市场，改造摊位120个\n"
        "责任单位：县商务局\n"
    )
    parking, named, market = commitments_of(parse(text))
    assert named.text.startswith(name) and named.owner == "县供电公司"
    assert parking.co_owners == [] and market.owner == "县商务局"


@pytest.mark.parametrize(
    "clause,target",
    [
        (
            "新建主变容量5万千伏安，架设110千伏线路18公里",
            [(Decimal(5), "万千伏安"), (Decimal(18), "公里")],
        ),
        ("新增配变容量3150千伏安", [(Decimal(3150), "千伏安")]),
    ],
)
def test_a_transformers_capacity_is_a_target_and_its_voltage_is_not(parse, clause, target):
    (pledge,) = commitments_of(parse(f"长湾县2035年重点工作\n一、电网建设\n1、{clause}。\n"))
    assert _targets(pledge) == sorted(target)
