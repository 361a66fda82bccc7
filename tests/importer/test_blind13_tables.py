"""Kinds of fault the thirteenth blind set found in tables (tests/importer/blind13/, the fault
list in :mod:`tests.importer.test_blind13`): a 任务分解表 whose parent rows (``1`` over
``1.1``, ``1.2``, 牵头单位 merged down) became pledges beside their sub-tasks; and a CSV's
closing row (``共13条``) read as a pledge. Each is written again here in layouts of its own
(Word with merged cells and with repeated values, Excel with merges, CSV with blanks under a
merge and with repeated values; numbered ``1``/``1.1``, ``1``/``1.1``/``1.1.1`` and
``一、``/``（一）``/``1.``): none of these tables copies the blind one."""

from __future__ import annotations

import csv
import datetime
import io
from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date
TITLE = "柳河县2031年重点工作任务分解表"
HEADER = ["序号", "工作任务", "目标要求", "牵头单位", "配合单位", "完成时间"]

#: Two levels: parents without a goal (their 牵头单位, and for 3 its time, merged down over
#: the sub-tasks), a top-level task with a goal and time of its own (2: a pledge as before).
TWO_LEVELS = [
    ["1", "改善农村人居环境", "", "县农业农村局", "", ""],
    ["1.1", "农村户厕改造", "完成农村户厕改造500户", "县农业农村局", "县卫健局", "2031年9月底前"],
    ["1.2", "生活垃圾治理", "新建垃圾中转站2座", "县农业农村局", "县城管局", "2031年6月30日前"],
    ["2", "新建县文化中心", "建成县文化中心1处", "县文旅局", "县财政局", "2031年12月底前"],
    ["3", "加强安全生产", "", "县应急局", "", "2031年11月底前"],
    ["3.1", "企业隐患排查", "排查企业隐患120家", "县应急局", "", "2031年11月底前"],
    ["3.2", "应急演练", "组织应急演练6次", "县应急局", "县消防救援大队", "2031年11月底前"],
]
#: (row, column) ranges merged down: (first row index, rows, column index)
TWO_MERGES = [(0, 3, 3), (4, 3, 3), (4, 3, 5)]
TWO_EXPECTED = {
    "完成农村户厕改造500户": ("县农业农村局", D(2031, 9, 30), [("500", "户")]),
    "新建垃圾中转站2座": ("县农业农村局", D(2031, 6, 30), [("2", "座")]),
    "建成县文化中心1处": ("县文旅局", D(2031, 12, 31), [("1", "处")]),
    "排查企业隐患120家": ("县应急局", D(2031, 11, 30), [("120", "家")]),
    "组织应急演练6次": ("县应急局", D(2031, 11, 30), [("6", "次")]),
}
TWO_SECTIONS = {"改善农村人居环境", "加强安全生产"}

#: Three levels numbered ``1``/``1.1``/``1.1.1``: the middle rows pass their name down.
THREE_LEVELS = [
    ["1", "推进交通基础设施建设", "", "县交通运输局", "", ""],
    ["1.1", "农村公路提升", "", "县交通运输局", "", ""],
    ["1.1.1", "新改建农村公路", "新改建农村公路80公里", "县交通运输局", "各乡镇", "2031年10月底前"],
    ["1.1.2", "危桥改造", "改造危桥5座", "县交通运输局", "县财政局", "2031年8月底前"],
    ["1.2", "客运站建设", "建成城乡客运站1个", "县交通运输局", "县自然资源局", "2031年12月底前"],
    ["2", "提升教育质量", "", "县教育局", "", ""],
    ["2.1", "新建学校", "新建中小学2所", "县教育局", "县住建局", "2031年8月31日前"],
]
THREE_MERGES = [(0, 5, 3), (5, 2, 3)]
THREE_EXPECTED = {
    "新改建农村公路80公里": ("县交通运输局", D(2031, 10, 31), [("80", "公里")]),
    "改造危桥5座": ("县交通运输局", D(2031, 8, 31), [("5", "座")]),
    "建成城乡客运站1个": ("县交通运输局", D(2031, 12, 31), [("1", "个")]),
    "新建中小学2所": ("县教育局", D(2031, 8, 31), [("2", "所")]),
}
#: Chinese numbering over three levels: ``一、`` heads sections, ``（一）`` passes its name down.
CHINESE_LEVELS = [
    ["一、", "稳定粮食生产", "", "县农业农村局", "", ""],
    ["（一）", "耕地保护", "", "县农业农村局", "", ""],
    ["1.", "新建高标准农田", "新建高标准农田3万亩", "县农业农村局", "县财政局", "2031年10月底前"],
    ["2.", "撂荒地整治", "整治撂荒地1200亩", "县农业农村局", "各乡镇", "2031年6月底前"],
    ["二、", "扩大就业", "", "县人社局", "", ""],
    ["（一）", "技能培训", "", "县人社局", "", ""],
    ["1.", "职业技能培训", "开展职业技能培训3000人次", "县人社局", "县总工会", "2031年12月底前"],
]
CHINESE_MERGES = [(0, 4, 3), (4, 3, 3)]
CHINESE_EXPECTED = {
    "新建高标准农田3万亩": ("县农业农村局", D(2031, 10, 31), [("3", "万亩")]),
    "整治撂荒地1200亩": ("县农业农村局", D(2031, 6, 30), [("1200", "亩")]),
    "开展职业技能培训3000人次": ("县人社局", D(2031, 12, 31), [("3000", "人次")]),
}
#: The rows that close a table: a count, a sum, a note, a sign-off.
CLOSING = [
    ["合计", "共5项", "", "", "", ""],
    ["以上共计5项任务", "", "", "", "", ""],
    ["注：完成时间为最迟完成时间。", "", "", "", "", ""],
    ["填报人：王丽", "审核人：赵刚", "", "填报日期：2031年1月8日", "", ""],
    ["导出时间：2031-01-08 10:12", "导出人：县委督查室", "共5条", "", "", ""],
]

CASES = {
    "two levels": (TWO_LEVELS, TWO_MERGES, TWO_EXPECTED),
    "three levels": (THREE_LEVELS, THREE_MERGES, THREE_EXPECTED),
    "一、/（一）/1.": (CHINESE_LEVELS, CHINESE_MERGES, CHINESE_EXPECTED),
}


def _blanked(rows: list[list[str]], merges: list[tuple[int, int, int]]) -> list[list[str]]:
    """The rows as a CSV leaves a merged-down cell: its value in the top cell only."""
    out = [list(r) for r in rows]
    for first, count, column in merges:
        for n in range(first + 1, first + count):
            out[n][column] = ""
    return out


def _csv(rows: list[list[str]], merges, blank: bool, closing: bool) -> tuple[bytes, str]:
    body = _blanked(rows, merges) if blank else rows
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([TITLE] + [""] * (len(HEADER) - 1))
    writer.writerows([HEADER, *body, *(CLOSING if closing else [])])
    return buffer.getvalue().encode("gb18030"), "任务分解表.csv"


def _xlsx(rows: list[list[str]], merges, blank: bool, closing: bool) -> tuple[bytes, str]:
    body = [[TITLE] * len(HEADER), HEADER, *rows, *(CLOSING if closing else [])]
    ranges = ["A1:F1"]
    for first, count, column in merges:
        letter = "ABCDEF"[column]
        ranges.append(f"{letter}{first + 3}:{letter}{first + 2 + count}")
    return xlsx({"任务分解": body}, {"任务分解": ranges}), "任务分解表.xlsx"


def _docx(rows: list[list[str]], merges, blank: bool, closing: bool) -> tuple[bytes, str]:
    """A Word table under a title paragraph: merged down (``blank``) or values repeated."""
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    body = [HEADER, *rows, *(CLOSING if closing else [])]
    table = document.add_table(rows=len(body), cols=len(HEADER))
    for row, values in zip(table.rows, body, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    if blank:
        for first, count, column in merges:
            top = table.cell(first + 1, column)
            for n in range(first + 2, first + 1 + count):
                table.cell(n, column).text = ""
            top.merge(table.cell(first + count, column)).text = rows[first][column]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), "任务分解表.docx"


LAYOUTS = {
    "a Word table with merged cells": (_docx, True),
    "a Word table with values repeated": (_docx, False),
    "an Excel sheet with merged cells": (_xlsx, True),
    "a CSV with blanks under a merge": (_csv, True),
    "a CSV with values repeated": (_csv, False),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_it_reads_the_sub_tasks_of_a_numbered_outline_as_the_pledges(parse, case, layout):
    rows, merges, expected = CASES[case]
    build, blank = LAYOUTS[layout]
    data, name = build(rows, merges, blank, closing=False)
    found = commitments_of(parse(data, name))
    assert len(found) == len(expected), [c.text for c in found]
    for key, (owner, deadline, targets) in expected.items():
        c = next(c for c in found if key in c.text)
        assert (c.owner, c.deadline) == (owner, deadline), c.text
        assert sorted((format(t.value.normalize(), "f"), t.unit) for t in c.targets) == targets


@pytest.mark.parametrize("layout", LAYOUTS)
def test_it_heads_sections_with_the_top_parents_and_passes_deeper_names_down(parse, layout):
    build, blank = LAYOUTS[layout]
    parsed = parse(*build(TWO_LEVELS, TWO_MERGES, blank, closing=False))
    titles = {s.title for s in parsed.documents[0].sections}
    assert TWO_SECTIONS <= titles
    three = commitments_of(parse(*build(THREE_LEVELS, THREE_MERGES, blank, closing=False)))
    bridge = next(c for c in three if "改造危桥5座" in c.text)
    assert "农村公路提升" in bridge.text  # the 1.1 row's name, passed down to 1.1.2


def test_a_parent_row_with_a_goal_of_its_own_stays_a_pledge(parse):
    rows = [list(r) for r in TWO_LEVELS]
    rows[0][2] = "农村卫生厕所普及率达到90%"
    found = commitments_of(parse(*_csv(rows, TWO_MERGES, True, closing=False)))
    assert len(found) == len(TWO_EXPECTED) + 1
    assert any(t.value == Decimal(90) for c in found for t in c.targets)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_it_reads_no_pledge_in_a_tables_closing_rows(parse, layout):
    build, blank = LAYOUTS[layout]
    found = commitments_of(parse(*build(TWO_LEVELS, TWO_MERGES, blank, closing=True)))
    assert len(found) == len(TWO_EXPECTED), [c.text for c in found]
    assert not any(word in c.text for c in found for word in ("共5", "填报", "导出", "注："))


def test_a_tasks_own_words_that_begin_like_a_sum_stay_a_pledge(parse):
    rows = [
        ["1", "共建共享文明城市", "创建文明村10个", "县文明办", "", "2031年底前"],
        ["2", "合计划生育服务", "建成服务站3个", "县卫健局", "", "2031年底前"],
    ]
    found = commitments_of(parse(*_csv(rows, [], False, closing=True)))
    assert [c.owner for c in found] == ["县文明办", "县卫健局"]


#: A numbered 重点任务 row over unnumbered 具体任务 rows, the 重点任务 merged down beside them.
MERGED_TASK_HEADER = ["序号", "重点任务", "具体任务", "牵头单位", "完成时限"]
MERGED_TASK_ROWS = [
    ["1", "推进数字乡村建设", "", "县农业农村局", ""],
    ["", "推进数字乡村建设", "新建村级益农信息社45个", "县农业农村局", "2031年6月底前"],
    ["", "推进数字乡村建设", "培育农村电商示范村8个", "县商务局", "2031年9月底前"],
    ["2", "完善养老服务体系", "", "县民政局", ""],
    ["", "完善养老服务体系", "新建区域养老服务中心5个", "县民政局", "2031年9月底前"],
    ["3", "扩大学前教育资源", "新建公办幼儿园2所", "县教育局", "2031年8月底前"],
]
MERGED_TASK_EXPECTED = {
    "新建村级益农信息社45个": ("县农业农村局", D(2031, 6, 30)),
    "培育农村电商示范村8个": ("县商务局", D(2031, 9, 30)),
    "新建区域养老服务中心5个": ("县民政局", D(2031, 9, 30)),
    "新建公办幼儿园2所": ("县教育局", D(2031, 8, 31)),
}


def _merged_task_file(layout: str) -> tuple[bytes, str]:
    rows = [list(r) for r in MERGED_TASK_ROWS]
    if layout == "csv":  # the merge's value in its top cell only
        for row in rows:
            if not row[0] and row[2]:
                row[1] = ""
        buffer = io.StringIO()
        csv.writer(buffer).writerows([[TITLE, "", "", "", ""], MERGED_TASK_HEADER, *rows])
        return buffer.getvalue().encode(), "分解表.csv"
    if layout == "xlsx":
        merges = ["A1:E1", "B3:B5", "B6:B7"]
        return xlsx({"s": [[TITLE] * 5, MERGED_TASK_HEADER, *rows]}, {"s": merges}), "分解表.xlsx"
    import docx  # Word gives a merged cell's text in each row it spans

    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=len(rows) + 1, cols=5)
    for row, values in zip(table.rows, [MERGED_TASK_HEADER, *rows], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    table.cell(1, 1).merge(table.cell(3, 1)).text = "推进数字乡村建设"
    table.cell(4, 1).merge(table.cell(5, 1)).text = "完善养老服务体系"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), "分解表.docx"


@pytest.mark.parametrize("layout", ["csv", "xlsx", "docx"])
def test_a_key_task_merged_down_beside_its_specific_tasks_is_no_pledge(parse, layout):
    found = commitments_of(parse(*_merged_task_file(layout)))
    assert len(found) == len(MERGED_TASK_EXPECTED), [c.text for c in found]
    for key, (owner, deadline) in MERGED_TASK_EXPECTED.items():
        c = next(c for c in found if key in c.text)
        assert (c.owner, c.deadline) == (owner, deadline), c.text
