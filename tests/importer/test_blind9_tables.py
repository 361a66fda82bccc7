"""Kinds of fault of the ninth blind set's tables (tests/importer/blind9/ 01, 04; the fault list
in :mod:`tests.importer.test_blind9`): a target sheet (指标名称 | 单位 | 上年完成 | 本年目标 | … |
考核分值) whose planned-year column holds bare numbers, their unit in a 单位 column of its own;
and deadline cells written as a quarter (``2031年Q3``) or a year and month (``2031.6``). Each is
written again in layouts and wordings of its own: none of these documents copies a blind one."""

from __future__ import annotations

import datetime
from decimal import Decimal

from commitments.importer.deadlines import find_periods
from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date


def _targets(pledge) -> list[tuple[Decimal, str, str]]:
    return [(t.value, t.unit, t.comparator) for t in pledge.targets]


def _first(pledge) -> str:
    return pledge.text.split("，")[0]


# -- a target sheet: the planned year's column, its unit in the 单位 column ----------------------

SHEET_ROWS = [
    ["枫林乡2032年度目标考核指标分解表", None, None, None, None, None, None],
    ["指标名称", "计量单位", "上年完成", "2032年计划", "责任单位", "完成时限", "权重"],
    ["茶园提质改造", "万亩", 1.1, "≥1.5", "农业办", "2032年10月底前", 15],
    ["农村自来水普及率", "%", 88, 92, "水利站", None, 10],
    ["新建通组公路", "公里", 12, 18, "交通站", "2032年11月30日", 10],
    ["万元产值能耗下降", "%", 2, "≤0.5", "经发办", None, 5],
    ["合计", None, None, None, None, None, 40],
]


def test_a_target_sheet_reads_the_planned_years_column_with_its_unit(parse):
    parsed = parse(xlsx({"指标": SHEET_ROWS}, {"指标": ["A1:G1"]}), "指标分解表.xlsx")
    pledges = commitments_of(parsed)
    # every indicator row is one pledge; the 合计 row is none
    assert [_first(p) for p in pledges] == [
        "茶园提质改造不低于1.5万亩",
        "农村自来水普及率92%",
        "新建通组公路18公里",
        "万元产值能耗下降不超过0.5%",
    ]
    tea, water, road, energy = pledges
    # the planned year's cell with the 计量单位 cell's unit; a sign is the comparator
    assert _targets(tea) == [(Decimal("1.5"), "万亩", ">=")]
    assert _targets(water) == [(Decimal(92), "%", ">=")]
    assert _targets(road) == [(Decimal(18), "公里", ">=")]
    assert [(t.value, t.unit) for t in energy.targets] == [(Decimal("0.5"), "%")]
    # last year's result (上年完成) and the weight (权重) give no target
    assert all(t.value not in (Decimal("1.1"), 88, 12, 2, 15, 10, 5) for t in tea.targets)
    assert (tea.deadline, water.deadline, road.deadline) == (
        D(2032, 10, 31),
        D(2032, 12, 31),
        D(2032, 11, 30),
    )


def test_a_target_sheet_in_a_csv_with_a_year_goal_a_baseline_and_points(parse):
    text = (
        "白沙镇2032年目标责任书任务分解\n"
        "序号,指标名称,单位,基数,年度目标,责任单位,配合单位,考核分值\n"
        "1,新增市场主体,户,410,450,市场监管所,各村,8\n"
        "2,城镇登记失业率,%,3.1,＜3.5,劳动保障所,,6\n"
        "3,新增省级示范合作社,家,9,12,农业办,财政所,10\n"
        "小计,,,,,,,24\n"
    )
    pledges = commitments_of(parse(text.encode("utf-8"), "2032年目标分解.csv"))
    assert [_first(p) for p in pledges] == [
        "新增市场主体450户",
        "城镇登记失业率低于3.5%",
        "新增省级示范合作社12家",
    ]
    firms, jobless, societies = pledges
    assert _targets(firms) == [(Decimal(450), "户", ">=")]
    assert [(t.value, t.unit) for t in jobless.targets] == [(Decimal("3.5"), "%")]
    assert _targets(societies) == [(Decimal(12), "家", ">=")]
    # neither the 基数 (410, 9) nor the 考核分值 (8, 10) is a target
    assert all(t.value not in (410, 8) for t in firms.targets)
    assert all(t.value not in (9, 10) for t in societies.targets)
    assert (firms.owner, firms.co_owners) == ("市场监管所", ["各村"])


def test_last_years_goal_beside_the_planned_years_gives_no_target(parse):
    for earlier in ("上年目标", "2031年目标"):
        text = (
            "2032年重点指标\n"
            f"指标名称,单位,{earlier},2032年目标,责任单位\n"
            "新增造林面积,亩,800,1000,林业站\n"
        )
        (trees,) = commitments_of(parse(text.encode("utf-8"), "2032年指标.csv"))
        assert _targets(trees) == [(Decimal(1000), "亩", ">=")], earlier


def test_a_target_sheet_as_a_markdown_table(parse):
    markdown = (
        "# 石门镇2032年度目标值分解表\n\n"
        "| 指标名称 | 单位 | 目标值 | 责任单位 |\n| --- | --- | --- | --- |\n"
        "| 森林抚育 | 亩 | 3000 | 林业站 |\n"
        "| 卫生厕所普及率 | % | ≥90 | 社事办 |\n"
    )
    forest, toilets = parse(markdown, "targets.md").documents[0].commitments()
    assert _targets(forest) == [(Decimal(3000), "亩", ">=")]
    assert _targets(toilets) == [(Decimal(90), "%", ">=")]


def test_a_unit_column_of_owners_is_no_measure(parse):
    # a 单位 column that names who does the task leaves a bare goal as written
    text = (
        "2032年重点工作清单\n"
        "单位,工作任务,目标值,完成时限\n"
        "农业办,建设冷库,新建冷库2座,2032年9月底前\n"
        "林业站,开展护林巡查,12,全年\n"
    )
    cold, patrol = commitments_of(parse(text.encode("utf-8"), "2032年清单.csv"))
    assert _targets(cold) == [(Decimal(2), "座", ">=")]
    assert patrol.targets == []


# -- deadline cells: a quarter as Q3, a year and month as 2032.6 -------------------------------


def test_quarter_and_year_month_deadline_cells_in_a_semicolon_csv(parse):
    rows = [
        ("治理水土流失", "治理面积6.2万亩", "2032年Q3", D(2032, 9, 30)),
        ("改造农贸市场", "改造市场2个", "2032Q1", D(2032, 3, 31)),
        ("建设充电桩", "新建充电桩40个", "Q2", D(2032, 6, 30)),
        ("整治河道", "整治河道8.5公里", "2032年第3季度", D(2032, 9, 30)),
        ("更新路灯", "更新路灯300盏", "2032.06", D(2032, 6, 30)),
        ("修缮祠堂", "修缮祠堂1处", "2032-6", D(2032, 6, 30)),
        ("铺设燃气管网", "铺设管网3.6公里", "2032.10", D(2032, 10, 31)),
        ("培训电商人才", "培训200人次", "2032.2", D(2032, 2, 29)),
        ("整修山塘", "整修山塘6口", "", D(2032, 12, 31)),
    ]
    text = "月山街道2032年任务台账;;;\r\n工作任务;目标要求;责任单位;完成时限\r\n" + "".join(
        f"{task};{goal};城建办;{due}\r\n" for task, goal, due, _ in rows
    )
    pledges = commitments_of(parse(text.encode("gbk"), "2032年任务台账.csv"))
    assert [_first(p) for p in pledges] == [task for task, *_ in rows]
    assert [p.deadline for p in pledges] == [due for *_, due in rows]
    # a decimal target is a target, never a date
    soil = pledges[0]
    assert _targets(soil) == [(Decimal("6.2"), "万亩", ">=")]
    assert [(t.value, t.unit) for t in pledges[6].targets] == [(Decimal("3.6"), "公里")]


def test_quarter_deadlines_in_a_workbook_and_in_a_labelled_list(parse):
    data = xlsx(
        {
            "台账": [
                ["序号", "重点任务", "牵头单位", "时间节点"],
                [1, "建成便民服务中心", "党政办", "2032年Q4"],
                [2, "完成村道硬化5公里", "交通站", "Q2"],
            ]
        }
    )
    centre, road = commitments_of(parse(data, "2032年台账.xlsx"))
    assert (centre.deadline, road.deadline) == (D(2032, 12, 31), D(2032, 6, 30))
    listed = (
        "2032年重点工作\n"
        "1. 新建污水管网2.5公里\n牵头单位：城建办\n完成时限：2032Q3\n"
        "2. 改造老旧小区3个\n牵头单位：社事办\n完成时限：2032年第2季度\n"
    )
    sewer, homes = commitments_of(parse(listed, "plan.txt"))
    assert (sewer.deadline, homes.deadline) == (D(2032, 9, 30), D(2032, 6, 30))
    assert [(t.value, t.unit) for t in sewer.targets] == [(Decimal("2.5"), "公里")]


def test_a_decimal_or_a_word_with_q_is_no_period():
    assert find_periods("粮食播种面积6.2万亩", 2032) == []
    assert find_periods("完成2032.5万元投资", 2032) == []
    assert find_periods("建设QQ群3个，SQ3型设备2台", 2032) == []
    assert [p.due for p in find_periods("力争Q3前完工", 2032)] == [D(2032, 9, 30)]


def _formatted_workbook(rows: list[list[tuple[object, str]]]) -> bytes:
    """A workbook whose cells carry a number format (``0.00``, ``0%``) as a clerk sets it."""
    import io

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for r, row in enumerate(rows, start=1):
        for c, (value, number_format) in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            cell.number_format = number_format
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_numbers_in_a_workbook_read_as_the_sheet_shows_them(parse):
    g = "General"
    data = _formatted_workbook(
        [
            [("2032年目标任务表", g)],
            [("指标名称", g), ("单位", g), ("年度目标", g), ("责任单位", g), ("完成时限", g)],
            # 2032.10 typed in a cell formatted 0.00 is stored 2032.1: October, as shown
            [("污水处理率", g), ("%", g), (0.92, "0%"), ("生态办", g), (2032.1, "0.00")],
            [("新建公园", g), ("个", g), (2, g), ("城建办", g), (2032.6, "0.0")],
        ]
    )
    sewage, park = commitments_of(parse(data, "2032年目标.xlsx"))
    assert [(t.value, t.unit) for t in sewage.targets] == [(Decimal(92), "%")]
    assert (sewage.deadline, park.deadline) == (D(2032, 10, 31), D(2032, 6, 30))
