"""Kinds of fault of the seventh blind set's tables (tests/importer/blind7/ 02, 03; the fault
list in :mod:`tests.importer.test_blind7`): a header over two rows (the upper row groups, the
lower names the columns: 责任分工 over 牵头单位 | 配合单位, 时间节点 over the quarters), a
schedule laid out in period columns (a quarter's or a month's step in each), and a line of
prose that only introduces the table under it. Each is written again in layouts and wordings
of its own: none of these documents copies a blind one."""

from __future__ import annotations

import datetime
import io

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import pdf, xlsx

D = datetime.date


def _by_text(pledges) -> dict[str, object]:
    return {p.text.split("，")[0]: p for p in pledges}


# -- a header over two rows, in a workbook -----------------------------------------------------

LEDGER_ROWS = [
    ["青岗乡2027年重点工作任务清单", None, None, None, None, None, None, None, None, None],
    [
        "报送单位：青岗乡党政办",
        None,
        None,
        None,
        None,
        None,
        None,
        "报送时间：2027年3月1日",
        None,
        None,
    ],
    ["编号", "工作任务", "量化指标", "责任单位", None, "分管领导", "进度安排", None, None, None],
    [
        None,
        None,
        None,
        "牵头单位",
        "配合单位",
        None,
        "第一季度",
        "第二季度",
        "第三季度",
        "第四季度",
    ],
    ["（一）产业振兴", None, None, None, None, None, None, None, None, None],
    [
        "1",
        "建设蜂蜜加工厂",
        "新建厂房1800平方米",
        "农业办",
        "财政所\n自然资源所",
        "周平",
        "完成选址",
        "开工建设",
        "—",
        "—",
    ],
    [
        "2",
        "发展林下种植",
        "种植中药材800亩",
        "林业站",
        "各村",
        "周平",
        "/",
        "完成育苗",
        "8月底前完成移栽",
        "",
    ],
    [None, None, None, None, None, None, None, None, None, None],
    ["（二）民生事业", None, None, None, None, None, None, None, None, None],
    [
        "3",
        "开展送医下乡",
        "服务群众3000人次",
        "卫生院",
        "各村",
        "吴敏",
        "每月开展一次巡回义诊",
        None,
        None,
        None,
    ],
    [
        "4",
        "改造乡村公厕",
        "改造公厕12座",
        "规划建设办",
        "生态办、各村",
        "吴敏",
        None,
        "完成设计",
        "完成招标",
        "全部完工",
    ],
    [None, None, None, None, None, None, None, None, None, None],
    ["注：进度安排为累计进度。", None, None, None, None, None, None, None, None, None],
]
LEDGER_MERGES = [
    "A1:J1",
    "A2:G2",
    "H2:J2",
    "A3:A4",
    "B3:B4",
    "C3:C4",
    "D3:E3",
    "F3:F4",
    "G3:J3",
    "A5:J5",
    "A9:J9",
    "G10:J10",
    "A13:J13",
]


def test_a_header_over_two_rows_is_read_as_one_in_a_workbook(parse):
    data = xlsx({"任务清单": LEDGER_ROWS}, {"任务清单": LEDGER_MERGES})
    parsed = parse(data, "任务清单.xlsx")
    pledges = commitments_of(parsed)
    # every task row is a pledge; neither header row, category, blank nor note row is one
    assert [p.text.split("，")[0] for p in pledges] == [
        "建设蜂蜜加工厂",
        "发展林下种植",
        "开展送医下乡",
        "改造乡村公厕",
    ]
    honey, herbs, doctors, toilets = pledges
    # the owner columns under 责任单位 are read; a cell of two lines is two units
    assert honey.owner == "农业农村办公室"
    assert honey.co_owners == ["财政所", "自然资源所"]
    assert toilets.co_owners == ["生态环境办公室", "各村"]
    assert honey.official == "周平"
    # the period columns under 进度安排 give the deadline
    assert honey.deadline == D(2027, 6, 30)  # — in the third and fourth quarter: no step
    assert herbs.deadline == D(2027, 8, 31)  # a step's own date wins over its quarter
    assert doctors.deadline == D(2027, 12, 31)  # one step merged across the year recurs
    assert doctors.milestones == []
    assert toilets.deadline == D(2027, 12, 31)
    assert [(m.due, m.text) for m in toilets.milestones] == [
        (D(2027, 6, 30), "第二季度完成设计"),
        (D(2027, 9, 30), "第三季度完成招标"),
    ]


# -- the same kind of header in a Word table, with month columns -------------------------------


def _word_table(rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("红石镇2027年为民办实事项目推进表")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    for top, left, bottom, right in merges:
        text = rows[top][left]
        merged = table.cell(top, left).merge(table.cell(bottom, right))
        merged.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


WORD_ROWS = [
    ["序号", "项目名称", "责任分工", "", "时间节点", "", "", ""],
    ["", "", "主责单位", "协办单位", "3月", "6月", "9月", "12月"],
    [
        "1",
        "新建村级养老服务站4个",
        "社事办",
        "卫生院\n财政所",
        "完成选址",
        "主体完工",
        "投入使用",
        "无",
    ],
    ["2", "硬化通组公路15公里", "交通站", "各村", "", "完成路基", "", "全线通车"],
    ["3", "开展防溺水安全宣传", "应急办", "学校", "持续开展", "持续开展", "持续开展", "持续开展"],
]


def test_a_header_over_two_rows_is_read_as_one_in_a_word_table(parse):
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 7)]
    pledges = commitments_of(parse(_word_table(WORD_ROWS, merges), "推进表.docx", year=2027))
    assert [p.text for p in pledges] == [
        "新建村级养老服务站4个",
        "硬化通组公路15公里",
        "开展防溺水安全宣传",
    ]
    homes, road, safety = pledges
    assert homes.owner == "社会事务办公室"
    assert homes.co_owners == ["卫生院", "财政所"]
    assert road.owner == "交通站" and road.co_owners == ["各村"]
    assert homes.deadline == D(2027, 9, 30)  # 无 in 12月: the last step is due in 9月
    assert road.deadline == D(2027, 12, 31)
    assert [m.due for m in road.milestones] == [D(2027, 6, 30)]
    assert safety.deadline == D(2027, 12, 31)  # the same step in every month: all year


# -- a CSV: the upper row leaves blanks where a spreadsheet would merge ------------------------

CSV_TWO_ROWS = (
    "序号,重点任务,责任分工,,时间节点,,,\n"
    ",,牵头单位,配合单位,1-3月,4-6月,7-9月,10-12月\n"
    "1,完成造林绿化2000亩,林业站,各村,苗木采购,完成栽植,/,/\n"
    '2,新建污水处理站3座,生态办,"财政所,规划建设办",完成设计,启动建设,10月底前建成,\n'
)


def test_a_header_over_two_rows_is_read_as_one_in_a_csv(parse):
    pledges = commitments_of(parse(CSV_TWO_ROWS.encode("utf-8"), "2027年任务.csv"))
    assert [p.text for p in pledges] == ["完成造林绿化2000亩", "新建污水处理站3座"]
    trees, sewage = pledges
    assert trees.owner == "林业站" and trees.co_owners == ["各村"]
    assert sewage.co_owners == ["财政所", "规划建设办"]
    assert trees.deadline == D(2027, 6, 30)
    assert [m.due for m in trees.milestones] == [D(2027, 3, 31)]
    assert sewage.deadline == D(2027, 10, 31)
    assert [m.due for m in sewage.milestones] == [D(2027, 3, 31), D(2027, 6, 30)]


# -- quarter columns straight in a one-row header ----------------------------------------------

ONE_ROW_QUARTERS = {
    "Chinese quarters": "序号,工作内容,责任单位,一季度,二季度,三季度,四季度\n",
    "quarters with 第 and 末": (
        "序号,工作内容,责任单位,第一季度末,第二季度末,第三季度末,第四季度末\n"
    ),
    "Q1 to Q4": "序号,工作内容,责任单位,Q1,Q2,Q3,Q4\n",
}


@pytest.mark.parametrize("layout", list(ONE_ROW_QUARTERS))
def test_quarter_columns_give_the_deadline_and_milestones(parse, layout):
    text = ONE_ROW_QUARTERS[layout] + (
        "1,新建文化广场1处,文化站,完成规划,完成招标,——,\n"
        "2,引进企业5家,经发办,签约2家,,,签约5家\n"
        "3,整治河道8公里,水利站,,6月底前完成清淤,,\n"
    )
    pledges = commitments_of(parse(text.encode("utf-8"), "2027年重点工作.csv"))
    square, firms, river = pledges
    assert square.deadline == D(2027, 6, 30)
    assert [m.due for m in square.milestones] == [D(2027, 3, 31)]
    assert firms.deadline == D(2027, 12, 31)
    assert [m.due for m in firms.milestones] == [D(2027, 3, 31)]
    assert river.deadline == D(2027, 6, 30)
    assert river.owner == "水利站"


# -- a line that only introduces the table under it; a note under the table --------------------


def _report(intro: str, note: str) -> bytes:
    """A report whose numbered item only introduces a Word table of projects, a note under it."""
    import docx

    document = docx.Document()
    document.add_paragraph("在全镇经济工作会议上的讲话")
    document.add_paragraph("二、2027年重点工作")
    document.add_paragraph("（一）扩大有效投资")
    document.add_paragraph("1.抓好项目招引。全年新签约项目8个，到位资金3亿元。")
    document.add_paragraph(f"2.{intro}")
    rows = [
        ["序号", "项目名称", "建设内容", "责任单位", "完成时限"],
        ["1", "镇卫生院迁建", "新建业务用房3200平方米", "卫生院", "2027年10月"],
        ["2", "集镇污水管网", "铺设管网6公里", "规划建设办", "9月底前"],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    document.add_paragraph(note)
    document.add_paragraph("（二）提升民生福祉")
    document.add_paragraph("1.办好教育。新建幼儿园1所，新增学位180个。")
    document.add_paragraph("2.守护健康。家庭医生签约率达到80%以上。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


INTROS = {
    "…安排如下表": "推进重点项目建设。2027年镇级重点项目安排如下表。",
    "详见附表, no lead clause": "全镇重点项目的建设内容和责任分工详见附表。",
    "具体如下 with a colon": "加快重点项目建设。具体如下：",
    "见下表所示": "强化项目保障。今年重点推进的项目见下表所示。",
}
NOTES = {
    "注：": "注：完成时限为项目主体完工时间。",
    "注1.": "注1.建设内容以批复为准；2.各责任单位每月报送进度。",
    "备注：": "备注：表中项目按轻重缓急排序。",
}


@pytest.mark.parametrize("intro", list(INTROS))
@pytest.mark.parametrize("note", list(NOTES))
def test_a_line_that_introduces_a_table_is_no_pledge_nor_is_its_note(parse, intro, note):
    pledges = commitments_of(parse(_report(INTROS[intro], NOTES[note]), "讲话.docx"))
    texts = [p.text for p in pledges]
    assert [t.split("，")[0] for t in texts[1:3]] == ["镇卫生院迁建", "集镇污水管网"], texts
    assert len(texts) == 5, texts  # 抓好项目招引, the two rows, 办好教育, 守护健康
    assert not any("表" in t or "如下" in t or t.startswith(("注", "备注")) for t in texts)
    hospital, sewage = pledges[1:3]
    assert hospital.deadline == D(2027, 10, 31) and hospital.owner == "卫生院"
    assert sewage.deadline == D(2027, 9, 30)


def test_an_item_that_states_a_target_before_pointing_at_the_table_is_a_pledge(parse):
    pledges = commitments_of(
        parse(_report("全年实施重点项目12个，完成投资5亿元，详见附表。", "注：略。"), "讲话.docx")
    )
    assert any("重点项目12个" in p.text for p in pledges)


TEXT_PLAN = """黄田镇2027年重点工作安排
一、优化营商环境
1.强化要素保障。新增建设用地指标200亩。
2.抓好重点项目。{intro}
| 序号 | 项目名称 | 牵头单位 | 完成时间 |
| --- | --- | --- | --- |
| 1 | 新建标准化厂房2万平方米 | 经发办 | 2027年11月 |
| 2 | 改造农贸市场1处 | 市场监管所 | 2027年6月 |
{note}
二、改善民生
1.新增城镇就业300人。
2.新建农村公路8公里。
"""


@pytest.mark.parametrize(
    "intro", ["今年重点项目安排如下表：", "全镇重点项目详见下表。", "项目清单如下。"]
)
@pytest.mark.parametrize("note", ["注：完成时间为竣工时间。", "注:表中投资为估算数。"])
def test_a_markdown_table_under_its_introduction_in_a_text_file(parse, intro, note):
    pledges = commitments_of(parse(TEXT_PLAN.format(intro=intro, note=note), "安排.txt"))
    texts = [p.text for p in pledges]
    assert texts[1:3] == ["新建标准化厂房2万平方米", "改造农贸市场1处"], texts
    assert len(texts) == 5, texts
    assert pledges[2].deadline == D(2027, 6, 30)


# -- a row that only groups the header's columns; a Gantt-like mark in a period ---------------

GROUPED_ROWS = [
    ["基本情况", None, None, "责任分工", None, "推进计划", None, None],
    ["序号", "项目名称", "建设内容", "牵头单位", "配合单位", "上半年", "下半年", "备注"],
    ["1", "镇区道路提质", "改造道路3公里", "规划建设办", "财政所", "完成设计", "完工", ""],
    ["2", "建设冷链仓储中心", "新建冷库2000吨", "经发办", "", "√", "", ""],
    ["3", "新建农产品展销中心", "新建展厅600平方米", "经发办", "", "√", "投入使用", ""],
]


@pytest.mark.parametrize("layout", ["merged in a workbook", "blanks in a CSV"])
def test_a_row_that_groups_the_header_is_no_title_and_a_mark_is_a_step(parse, layout):
    if layout == "merged in a workbook":
        merges = ["A1:C1", "D1:E1", "F1:G1"]
        data = xlsx({"Sheet1": GROUPED_ROWS}, {"Sheet1": merges})
        parsed = parse(data, "石桥镇2027年重点项目推进表.xlsx")
    else:
        text = "\n".join(",".join(c or "" for c in row) for row in GROUPED_ROWS)
        parsed = parse(text.encode("utf-8"), "石桥镇2027年重点项目推进表.csv")
    (document,) = parsed.documents
    # the file names the table; the row over the header only groups its columns
    assert document.title == "石桥镇2027年重点项目推进表"
    assert [s.title for s in document.sections] == ["石桥镇2027年重点项目推进表"]
    road, storage, hall = commitments_of(parsed)
    assert road.deadline == D(2027, 12, 31)
    assert [(m.due, m.text) for m in road.milestones] == [(D(2027, 6, 30), "上半年完成设计")]
    assert road.co_owners == ["财政所"]
    assert storage.deadline == D(2027, 6, 30)  # √ marks the first half only
    assert storage.owner == "经济发展办公室"
    assert hall.deadline == D(2027, 12, 31)
    assert [(m.due, m.text) for m in hall.milestones] == [(D(2027, 6, 30), "上半年")]


# -- period rows in a task's key-value table ---------------------------------------------------


def test_period_rows_of_a_task_laid_down_two_columns_are_its_schedule(parse):
    import docx

    document = docx.Document()
    document.add_paragraph("双河镇2027年重点工作任务书")
    tasks = [
        [
            ("工作任务", "建设村级养老服务站3个"),
            ("牵头单位", "社事办"),
            ("一季度", "完成选址"),
            ("二季度", "开工建设"),
            ("三季度", "—"),
            ("四季度", "投入使用"),
        ],
        [
            ("工作任务", "新建农村公路6公里"),
            ("责任单位", "交通站"),
            ("上半年", "完成路基"),
            ("下半年", "/"),
        ],
    ]
    for number, rows in enumerate(tasks, start=1):
        document.add_paragraph(f"任务{number}")
        table = document.add_table(rows=len(rows), cols=2)
        for row, (key, value) in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = key, value
    buffer = io.BytesIO()
    document.save(buffer)
    homes, road = commitments_of(parse(buffer.getvalue(), "任务书.docx"))
    assert homes.text == "建设村级养老服务站3个" and road.text == "新建农村公路6公里"
    assert homes.deadline == D(2027, 12, 31)
    assert [m.due for m in homes.milestones] == [D(2027, 3, 31), D(2027, 6, 30)]
    assert road.deadline == D(2027, 6, 30)


def test_months_under_a_progress_group_report_what_was_done_not_steps(parse):
    text = (
        "序号,重点任务,牵头单位,完成时限,完成情况,,\n"
        ",,,,1月,2月,3月\n"
        "1,新建村级光伏电站2座,经发办,2027年9月底,完成选址,完成设备采购,开工建设\n"
    )
    (solar,) = commitments_of(parse(text.encode("utf-8"), "2027年督办台账.csv"))
    assert solar.text == "新建村级光伏电站2座"
    assert solar.deadline == D(2027, 9, 30)
    assert solar.milestones == []


MARKDOWN_TWO_ROWS = """白马镇2027年重点任务分解表

| 序号 | 重点任务 | 责任分工 | | 时间节点 | | | |
| --- | --- | --- | --- | --- | --- | --- | --- |
| | | 牵头单位 | 配合单位 | 一季度 | 二季度 | 三季度 | 四季度 |
| 1 | 新建幼儿园1所 | 社事办 | 财政所<br>规划建设办 | 完成选址 | 开工建设 | 主体完工 | — |
| 2 | 开展森林防火巡查 | 林业站 | 各村 | 每月巡查4次 | 每月巡查4次 | 每月巡查4次 | 每月巡查4次 |
"""


@pytest.mark.parametrize("name", ["分解表.md", "分解表.txt"])
def test_a_header_over_two_rows_is_read_as_one_in_a_markdown_table(parse, name):
    school, patrol = commitments_of(parse(MARKDOWN_TWO_ROWS, name))
    assert school.owner == "社会事务办公室"
    assert school.co_owners == ["财政所", "规划建设办"]
    assert school.deadline == D(2027, 9, 30)
    assert [m.text for m in school.milestones] == ["一季度完成选址", "二季度开工建设"]
    assert patrol.deadline == D(2027, 12, 31) and patrol.milestones == []


def test_a_header_over_two_rows_is_read_as_one_in_a_pdf_table(parse):
    rows = [
        ["序号", "重点任务", "责任分工", "", "时间节点", "", "", ""],
        ["", "", "牵头单位", "配合单位", "一季度", "二季度", "三季度", "四季度"],
        ["1", "新建幼儿园1所", "社事办", "财政所", "完成选址", "开工建设", "主体完工", "—"],
        ["2", "开展森林防火巡查", "林业站", "各村", "巡查", "巡查", "巡查", "巡查"],
    ]
    data = pdf([("line", "白马镇2027年重点任务分解表"), ("table", rows)])
    school, patrol = commitments_of(parse(data, "分解表.pdf"))
    assert (school.text, school.owner, school.co_owners) == (
        "新建幼儿园1所",
        "社会事务办公室",
        ["财政所"],
    )
    assert school.deadline == D(2027, 9, 30)
    assert [m.due for m in school.milestones] == [D(2027, 3, 31), D(2027, 6, 30)]
    assert patrol.deadline == D(2027, 12, 31) and patrol.milestones == []
