"""Kinds of fault the twelfth blind set found in tables (tests/importer/blind12/ tongxi, the
fault list in :mod:`tests.importer.test_blind12`): a 重点项目推进计划表 whose group rows
(``一、产业项目（5个）``, merged across every column) stand right under its header and were
read as a second header row, so every row came out flattened as prose; and a project's whole
scale (建设内容及规模, 建设规模, 总投资) beside the year's goal (年度目标), whose numbers are no
target of the year. Each is written again in layouts and wordings of its own: none of these
tables copies the blind one."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal
from functools import partial

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date

HEADER = [
    "序号",
    "项目名称",
    "建设内容及规模",
    "年度目标",
    "责任领导",
    "牵头单位",
    "配合单位",
    "完成时限",
    "备注",
]
#: group heading, then its projects: 序号, name, whole scale, the year's goal, leader, lead, co,
#: deadline, remark (last year's figures: no target)
GROUPS = [
    (
        "一、农业项目（2个）",
        [
            [
                "1",
                "高标准农田建设项目",
                "建设高标准农田1.2万亩，总投资1.8亿元",
                "新建高标准农田4000亩，完成投资6000万元",
                "李明",
                "县农业农村局",
                "县财政局、各乡镇",
                "2032.10",
                "2031年已建成3000亩",
            ],
            [
                "2",
                "饲料加工厂技改项目",
                "总投资3亿元，新建生产线4条",
                "建成生产线2条",
                "李明",
                "县经信局",
                "龙山镇",
                "2032年三季度",
                "",
            ],
        ],
    ),
    (
        "二、民生项目（2个）",
        [
            [
                "3",
                "城北幼儿园新建工程",
                "可容纳幼儿540人，建筑面积6000平方米",
                "主体完工，新增学位180个",
                "王芳",
                "县教育局",
                "县住建局",
                "2032年8月31日",
                "联系人：赵强 13800001111",
            ],
            [
                "4",
                "城区停车场建设",
                "新建停车位2000个",
                "新建停车位800个",
                "王芳",
                "县城管局",
                "县公安局交警大队、县自然资源和规划局",
                "2032年底",
                "",
            ],
        ],
    ),
]
NOTES = [
    "注：1.完成时限为年度目标完成时间；2.各牵头单位每月10日前报送进展，依据县政办〔2032〕8号文件考核。",
    "填表人：孙丽    审核人：周伟    联系电话：0551-62001234",
]


def _rows(filing: bool, counts: bool, numbered: bool = True) -> list[list[object]]:
    width = len(HEADER)
    rows: list[list[object]] = [["云溪县2032年重点项目推进计划表"] * width]
    if filing:
        rows.append(["填报单位（盖章）：县发展和改革委员会"] * 5 + ["填报日期：2032年1月15日"] * 4)
    rows.append(HEADER)
    for heading, projects in GROUPS:
        name = heading if numbered else heading[2:]  # ``农业项目（2个）`` without ``一、``
        rows.append([name if counts else name.split("（")[0]] * width)
        rows.extend(list(p) for p in projects)
    rows.append([""] * width)
    rows.extend([note] * width for note in NOTES)
    return rows


def _merged_xlsx(filing: bool, counts: bool, numbered: bool = True) -> bytes:
    """The sheet as an office leaves it: the title, the 填报 row's two halves, the group rows
    and the notes merged across; each group's 责任领导 merged down over its two projects (the
    lower cell reads empty); a real date in a 完成时限 cell."""
    rows = _rows(filing, counts, numbered)
    for row in rows:
        for n, value in enumerate(row):
            if value == "2032年8月31日":
                row[n] = datetime.datetime(2032, 8, 31)
    merges = ["A1:I1"]
    for number, row in enumerate(rows, start=1):
        if number > 1 and len(set(row)) == 1 and row[0]:
            merges.append(f"A{number}:I{number}")
        if row[0] in ("1", "3"):
            merges.append(f"E{number}:E{number + 1}")
    if filing:
        merges += ["A2:E2", "F2:I2"]
    return xlsx({"推进计划": rows}, {"推进计划": merges})


def _csv(filing: bool, counts: bool, numbered: bool = True) -> bytes:
    """The same plan saved as a CSV: a merged cell's value in its first cell only, the rest
    blank (the lower leader cell too)."""
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in _rows(filing, counts, numbered):
        if len(set(row)) == 1:
            writer.writerow([row[0]] + [""] * (len(row) - 1))
        elif row[0] == "填报单位（盖章）：县发展和改革委员会":
            writer.writerow([row[0], "", "", "", "", row[5], "", "", ""])
        else:
            writer.writerow(
                ["" if row[0] in ("2", "4") and n == 4 else v for n, v in enumerate(row)]
            )
    return buffer.getvalue().encode("utf-8")


def _docx(filing: bool, counts: bool, numbered: bool = True) -> bytes:
    """The same plan as a Word table under a title paragraph: group rows merged across, the
    leader merged down over each group's two projects."""
    import docx

    rows = _rows(filing, counts, numbered)
    document = docx.Document()
    document.add_paragraph(rows[0][0])
    body = [r for r in rows[1:] if any(r)]
    table = document.add_table(rows=len(body), cols=len(HEADER))
    for row, values in zip(table.rows, body, strict=True):
        if len(set(values)) == 1:
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = values[0]
            continue
        if values[0] == "填报单位（盖章）：县发展和改革委员会":
            row.cells[0].merge(row.cells[4]).text = values[0]
            row.cells[5].merge(row.cells[8]).text = values[5]
            continue
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = str(value)
    for n, values in enumerate(body):
        if values[0] in ("1", "3"):
            top, below = table.cell(n, 4), table.cell(n + 1, 4)
            below.text = ""
            top.merge(below).text = values[4]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


LAYOUTS = {
    "an Excel sheet with a 填报 row, group rows with counts, leaders merged down": (
        _merged_xlsx,
        "2032年重点项目推进计划表.xlsx",
        True,
    ),
    "an Excel sheet without a 填报 row, group rows without counts": (
        _merged_xlsx,
        "重点项目.xlsx",
        False,
    ),
    "a CSV with a 填报 row, group rows in their first cell, a leader blank under its merge": (
        _csv,
        "重点项目推进计划.csv",
        True,
    ),
    "a CSV without a 填报 row, group rows without counts": (_csv, "重点项目推进计划.csv", False),
    "a CSV with group rows not numbered (``农业项目（2个）`` alone in its first cell)": (
        partial(_csv, numbered=False),
        "重点项目推进计划.csv",
        True,
    ),
    "an Excel sheet with group rows not numbered, merged across": (
        partial(_merged_xlsx, numbered=False),
        "重点项目.xlsx",
        True,
    ),
    "a Word table with a 填报 row, group rows and leaders merged": (
        _docx,
        "重点项目推进计划.docx",
        True,
    ),
    "a Word table without a 填报 row, group rows without counts": (
        _docx,
        "重点项目推进计划.docx",
        False,
    ),
}


def _parse(parse, layout: str):
    build, name, with_filing_and_counts = LAYOUTS[layout]
    return parse(build(with_filing_and_counts, with_filing_and_counts), name)


def _values(pledge) -> list[tuple[Decimal, str]]:
    return [(t.value, t.unit) for t in pledge.targets]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_project_plan_with_group_rows_under_its_header_is_read_as_a_table(parse, layout):
    parsed = _parse(parse, layout)
    pledges = commitments_of(parsed)
    # one pledge per project: the 填报 row, the group rows and the notes are none
    assert [p.text.split("，")[0] for p in pledges] == [
        "高标准农田建设项目",
        "饲料加工厂技改项目",
        "城北幼儿园新建工程",
        "城区停车场建设",
    ]
    # the group rows head the sections
    counts = LAYOUTS[layout][2]
    assert [s.title for s in parsed.documents[0].sections if s.commitments] == [
        "农业项目（2个）" if counts else "农业项目",
        "民生项目（2个）" if counts else "民生项目",
    ]
    fields, feed, kindergarten, parking = pledges
    # owners from the 牵头单位 and 配合单位 columns
    assert (fields.owner, fields.co_owners) == ("县农业农村局", ["县财政局", "各乡镇"])
    assert (feed.owner, feed.co_owners) == ("县经信局", ["龙山镇"])
    assert (parking.owner, parking.co_owners) == (
        "县城管局",
        ["县公安局交警大队", "县自然资源和规划局"],
    )
    # 完成时限 as a year and month, a quarter, a date (a real one in Excel), the year's end
    assert [p.deadline for p in pledges] == [
        D(2032, 10, 31),
        D(2032, 9, 30),
        D(2032, 8, 31),
        D(2032, 12, 31),
    ]
    # the leader merged down over two projects belongs to both (no row lost or shifted); a
    # CSV cannot tell a merge from no leader beside a lead unit of the row's own: blank stays
    assert fields.official == "李明" and kindergarten.official == "王芳"
    if not LAYOUTS[layout][1].endswith(".csv"):
        assert feed.official == "李明" and parking.official == "王芳"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_whole_projects_scale_is_no_target_beside_the_years_goal(parse, layout):
    fields, feed, kindergarten, parking = commitments_of(_parse(parse, layout))
    # targets come from 年度目标 only: not 建设内容及规模 (1.2 万亩, 1.8 亿元, 4 条, 540 人,
    # 2000 个), nor the 备注 (2031's 3000 亩), nor the group's count
    assert _values(fields) == [(Decimal(4000), "亩"), (Decimal(6000), "万元")]
    assert _values(feed) == [(Decimal(2), "条")]
    assert _values(kindergarten) == [(Decimal(180), "个")]
    assert _values(parking) == [(Decimal(800), "个")]
    assert "1.2万亩" not in fields.text and "540" not in kindergarten.text


SCALE_HEADERS = {
    "建设规模 beside 2032年目标": ("建设规模", "2032年目标"),
    "建设内容 beside 年度建设内容": ("建设内容", "年度建设内容"),
    "总投资 and 建设规模 beside 本年度目标": ("总投资（万元）|建设规模", "本年度目标"),
    "建设规模 beside 本年度计划": ("建设规模", "本年度计划"),
}


@pytest.mark.parametrize("wording", SCALE_HEADERS)
def test_other_names_of_the_scale_and_the_years_goal(parse, wording):
    scale, year = SCALE_HEADERS[wording]
    scales = scale.split("|")
    header = ["序号", "项目名称", *scales, year, "责任单位", "完成时间"]
    whole = {
        "总投资（万元）": "12000",
        "建设规模": "新建污水管网30公里",
        "建设内容": "新建污水管网30公里",
    }
    rows = [
        ["2032年城建项目计划"],
        header,
        [
            "1",
            "城南污水管网工程",
            *[whole[s] for s in scales],
            "新建污水管网12公里",
            "县住建局",
            "2032年11月底前",
        ],
    ]
    (pledge,) = commitments_of(parse(xlsx({"项目": rows}, {"项目": []}), "城建项目.xlsx"))
    assert _values(pledge) == [(Decimal(12), "公里")]
    assert pledge.owner == "县住建局"


def test_the_scale_stays_the_pledge_when_there_is_no_years_goal(parse):
    """Without a column of the year's goal the 建设规模 is what the project pledges."""
    rows = [
        ["序号", "项目名称", "建设规模", "责任单位", "完成时间"],
        ["1", "城南污水管网工程", "新建污水管网30公里", "县住建局", "2032年11月底前"],
    ]
    (pledge,) = commitments_of(parse(xlsx({"项目": rows}, {"项目": []}), "城建项目.xlsx"))
    assert _values(pledge) == [(Decimal(30), "公里")]


def test_an_item_that_starts_with_a_number_naming_a_thing_is_its_own_item(parse):
    """``3、5G基站建设`` is item 3 (a number naming a thing after ``、``), not a decimal."""
    text = (
        "2032年数字乡村建设任务\n"
        "1、完善农村寄递网络，新建村级寄递服务站20个。\n"
        "2、5G网络向行政村延伸，新建5G基站60个。\n"
        "3、4K超高清进万家，完成改造1200户。\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text[:6] for p in pledges] == ["完善农村寄递", "5G网络向行", "4K超高清进"]
    assert [_values(p) for p in pledges] == [
        [(Decimal(20), "个")],
        [(Decimal(60), "个")],
        [(Decimal(1200), "户")],
    ]
