"""Kinds of fault of the fifth blind set's tables (tests/importer/blind5/ 03, 04, 05; the fault
list in :mod:`tests.importer.test_blind5`): an office system's CSV with headers half in
English, a spreadsheet whose unit stands only in a column's header, and a table per task
(key in the left column, value in the right). Each is written again in wordings and layouts
of its own: none of these documents copies a blind one."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal as D

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx


def _targets(pledge) -> set[tuple[D, str]]:
    return {(t.value, t.unit) for t in pledge.targets}


# -- 03. an office system's CSV: headers mixing English and Chinese ------------------------

MIXED_HEADERS = {
    "English after the Chinese, quoted comma and line breaks": (
        "\ufeff重点任务督办清单（2027年第1批）,,,,,,\r\n"
        "No.,工作任务 Task,牵头单位 Lead,配合单位 Co-units,完成时限 Deadline,进度要求,Remark\r\n"
        '1,新建农村公路18公里,交通站,"财政所,各村委会",2027/10/31,'
        '"5月底前完成招标\n8月底前完成路基",督办编号：DB-2027-0107\r\n'
        '2,改造农村危房60户,县住房和城乡建设局,"规划建设办\n民政办",2027-09-30,,'
        "联系人：李华 13907311234\r\n"
        "导出时间：2027-02-11 10:02:45,,,,,,共2条记录\r\n",
    ),
    "English before the Chinese, semicolons": (
        "序号 No.;Task 任务事项;Lead unit 责任单位（牵头）;Co-units 协办单位;"
        "Deadline 完成时间;进度要求;Status\n"
        '1;新建农村公路18公里;交通站;"财政所,各村委会";2027年10月31日;'
        '"5月底前完成招标\n8月底前完成路基";进行中\n'
        '2;改造农村危房60户;县住房和城乡建设局;"规划建设办\n民政办";2027年9月底;;未开始\n',
    ),
    "a title row, English in brackets, a Remark with a standard": (
        "青山镇2027年督办事项台账,,,,,,\n"
        "No,事项内容(Item),责任单位(Lead),协办单位(Co),完成时间(Due),进度要求(Plan),备注(Remark)\n"
        '1,新建农村公路18公里,交通站,"财政所、各村委会",2027.10.31,'
        '"5月底前完成招标；\n8月底前完成路基",按每10公里配备1名养护员\n'
        '2,改造农村危房60户,县住房和城乡建设局,"规划建设办\n民政办",2027-09-30,,'
        "文号：青政办〔2027〕8号\n",
    ),
}


@pytest.mark.parametrize("layout", list(MIXED_HEADERS))
def test_a_header_half_in_english_is_the_header_of_the_ledger(parse, layout):
    (text,) = MIXED_HEADERS[layout]
    pledges = commitments_of(parse(text.encode("utf-8"), "2027年督办清单.csv"))
    assert [p.text for p in pledges] == ["新建农村公路18公里", "改造农村危房60户"]
    road, houses = pledges
    # 完成时间 is the deadline; 进度要求's earlier dates are milestones, its lines no pledges
    assert road.deadline == datetime.date(2027, 10, 31)
    assert [m.due for m in road.milestones] == [
        datetime.date(2027, 5, 31),
        datetime.date(2027, 8, 31),
    ]
    assert houses.deadline == datetime.date(2027, 9, 30)
    # 协办单位 / 配合单位 helps: a quoted comma and a line break part several units
    assert road.owner == "交通站"
    assert road.co_owners == ["财政所", "各村委会"]
    assert houses.owner == "县住房和城乡建设局"  # a county bureau, as written, not cut at 和
    assert houses.co_owners == ["规划建设办", "社会事务办公室"]  # 民政办: the catalog's alias
    # Remark and Status give nothing: no 督办编号, phone, 文号 nor standard is a target
    assert _targets(road) == {(D("18"), "公里")}
    assert _targets(houses) == {(D("60"), "户")}


def test_a_count_of_ponds_is_a_target(parse):
    text = (
        "序号,任务事项 Task,责任单位（牵头）,完成时间 Deadline\n"
        "1,整治山塘22口，新打机井6眼,水利站,2027年11月底\n"
    )
    (pledge,) = commitments_of(parse(text.encode("utf-8"), "2027年水利.csv"))
    assert _targets(pledge) == {(D("22"), "口"), (D("6"), "眼")}


# -- 04. a spreadsheet: the unit only in a column's header; totals and signatures ----------

NOTES = [["填表说明"], ["1. 投资单位为万元。"], ["2. 如有疑问请联系党政办，电话：0731-8812345。"]]


def _ledger(header: list[str], amounts: list[object], tail: list[list[object]]) -> bytes:
    rows: list[list[object]] = [
        ["青山镇2027年民生项目计划表"],
        header,
        [1, "敬老院改造", "改造床位40张", amounts[0], "社会事务办", "财政所", "2027年6月底"],
        [2, "集镇停车场建设", "新增车位120个", amounts[1], "规划建设办", "交通站", "年底前"],
        *tail,
    ]
    return xlsx({"填报说明": NOTES, "项目表": rows})


FUNDS_IN_HEADER = {
    "年度计划投资（万元）, 合计 and a signature row": (
        _ledger(
            [
                "序号",
                "项目名称",
                "建设规模",
                "年度计划投资（万元）",
                "牵头单位",
                "配合单位",
                "完成时限",
            ],
            [350, 86.5],
            [
                ["合计", "", "2个项目", 436.5, "", "", ""],
                [],
                ["填表人：王丽", "", "审核人：张军", "", "联系电话：13812345678"],
            ],
        ),
        [(D("350"), "万元"), (D("86.5"), "万元")],
    ),
    "总投资(亿元), signatures from the second column": (
        _ledger(
            ["序号", "项目名称", "建设内容", "总投资(亿元)", "责任单位", "配合单位", "完成时间"],
            [1.2, 0.3],
            [["", "制表人：李明", "", "审核：赵刚", "", "", "2027年1月5日"]],
        ),
        [(D("1.2"), "亿元"), (D("0.3"), "亿元")],
    ),
    "投资估算（万元） with a cell that writes its own unit": (
        _ledger(
            [
                "序号",
                "项目名称",
                "主要内容",
                "投资估算（万元）",
                "牵头单位",
                "协办单位",
                "时间节点",
            ],
            ["约280万元", 95],
            [["总计", "", "", 375, "", "", ""], ["审批人：孙强", "", "", "", "", "", ""]],
        ),
        [(D("280"), "万元"), (D("95"), "万元")],
    ),
}


@pytest.mark.parametrize("layout", list(FUNDS_IN_HEADER))
def test_a_number_under_a_header_with_its_unit_is_a_target(parse, layout):
    data, amounts = FUNDS_IN_HEADER[layout]
    pledges = commitments_of(parse(data, "民生项目计划表.xlsx"))
    # the 说明 sheet is no task table; the total and the signatures are no pledges
    assert [p.title[:5] for p in pledges] == ["敬老院改造", "集镇停车场"], [p.text for p in pledges]
    home, parking = pledges
    assert _targets(home) == {(D("40"), "张"), amounts[0]}
    assert _targets(parking) == {(D("120"), "个"), amounts[1]}
    assert home.deadline == datetime.date(2027, 6, 30)
    assert home.co_owners == ["财政所"]
    # the total is no target of anything
    assert not any(t.value in (D("436.5"), D("375"), D("1.5")) for p in pledges for t in p.targets)


# -- 05. one two-column table per task: key on the left, value on the right ---------------

TASKS = [
    [
        ("主要任务", "集镇雨污分流改造"),
        ("工作目标", "改造雨污管网6.5公里，新建污水提升泵站1座"),
        ("责任单位", "规划建设办"),
        ("协办单位", "水利站、财政所"),
        ("完成时间", "2027年9月底前"),
    ],
    [
        ("完成时限", "上半年"),  # the time first: the keys, not their order, say what each is
        ("工作任务", "农村养老服务提升"),
        ("目标要求", "建成村级互助养老服务点8个，新增护理型床位60张"),
        ("牵头单位", "社会事务办"),
        ("配合单位", "各村委会"),
    ],
    [
        ("工作任务", "高标准农田建设"),
        ("目标要求", "建成高标准农田3000亩"),
        ("牵头单位", "农业办"),
        ("配合单位", "自然资源所"),
        ("完成时限", "10月31日前"),
    ],
]
TITLE = "青山镇2027年重点工作责任分工"


def _pdf_tables(break_inside: bool) -> bytes:
    from tests.importer.table_documents import pdf

    blocks: list[tuple[str, object]] = [("line", TITLE), ("line", "一、重点任务")]
    for number, rows in zip("一二三", TASKS, strict=True):
        blocks.append(("line", f"任务{number}"))
        if break_inside and number == "二":
            blocks += [("table", [list(r) for r in rows[:2]]), ("page", None)]
            blocks.append(("table", [list(r) for r in rows[2:]]))
        else:
            blocks.append(("table", [list(r) for r in rows]))
    blocks += [
        ("line", "二、工作要求"),
        ("line", "各单位每月5日前报送进展，联系电话：0731-8812345。"),
    ]
    return pdf(blocks)


def _docx_tables(one_table: bool) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph("一、重点任务")
    table = document.add_table(rows=0, cols=2) if one_table else None
    for number, rows in zip("一二三", TASKS, strict=True):
        if one_table:
            assert table is not None
            caption = table.add_row()
            caption.cells[0].merge(caption.cells[1]).text = f"（{number}）"
        else:
            document.add_paragraph(f"任务{number}")
            table = document.add_table(rows=0, cols=2)
        for key, value in rows:
            row = table.add_row()
            row.cells[0].text = key
            row.cells[1].text = value
    document.add_paragraph("二、工作要求")
    document.add_paragraph("各单位每月5日前报送进展。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xlsx_blocks(captions: bool) -> bytes:
    rows: list[list[object]] = [[TITLE]]
    for number, pairs in zip("一二三", TASKS, strict=True):
        if captions:
            rows.append([f"任务{number}"])
        rows.extend([key, value] for key, value in pairs)
        if captions:
            rows.append([])
    return xlsx({"分工": rows})


KEY_VALUE = {
    "PDF, a table per task": lambda: (_pdf_tables(False), "分工.pdf"),
    "PDF, a page break inside the second task's table": lambda: (_pdf_tables(True), "分工.pdf"),
    "DOCX, a table per task under 任务N paragraphs": lambda: (_docx_tables(False), "分工.docx"),
    "DOCX, one table, a merged caption row per task": lambda: (_docx_tables(True), "分工.docx"),
    "XLSX, the tasks' blocks down one sheet": lambda: (_xlsx_blocks(True), "分工.xlsx"),
    "XLSX, one task right under the other": lambda: (_xlsx_blocks(False), "分工.xlsx"),
}


@pytest.mark.parametrize("layout", list(KEY_VALUE))
def test_a_table_per_task_is_one_pledge(parse, layout):
    data, name = KEY_VALUE[layout]()
    pledges = commitments_of(parse(data, name))
    assert [p.text.split("，")[0] for p in pledges] == [
        "集镇雨污分流改造",
        "农村养老服务提升",
        "高标准农田建设",
    ], [p.text for p in pledges]
    sewer, care, fields = pledges
    assert _targets(sewer) == {(D("6.5"), "公里"), (D("1"), "座")}
    assert _targets(care) == {(D("8"), "个"), (D("60"), "张")}
    assert _targets(fields) == {(D("3000"), "亩")}
    assert sewer.owner == "规划建设办" and sewer.co_owners == ["水利站", "财政所"]
    assert care.owner == "社会事务办公室" and care.co_owners == ["各村委会"]
    assert fields.owner == "农业农村办公室" and fields.co_owners == ["自然资源所"]
    assert [p.deadline for p in pledges] == [
        datetime.date(2027, 9, 30),
        datetime.date(2027, 6, 30),
        datetime.date(2027, 10, 31),
    ]
