"""Task tables printed to PDF without gridlines (an Excel or Word table without borders): no
ruling lines, so no table pdfplumber finds by its rules, yet the text stands in columns under a
header of known column names. Read as the ruled table is (``readers.pdf_unruled``: columns from
the header words' positions, wrapped cells joined, the header printed again on page 2 or not),
then by the one table path (``tables.render``: node rows folded, owners, deadlines).

Layouts written here: a one-row-per-task 任务分解表 (wrapped cells, two pages, prose above and
below it), the same with only the header underlined, or with only horizontal rules; a
one-row-per-时间节点 table (the task's cells at the top of its node rows, or vertically centred
over them); each cell printed at the top of its row or vertically centred in it; and a prose
PDF whose lines name owners, which stays prose.

What a user sees: one pledge per task with its owner, co-owners and deadline — not one jumbled
pledge per text line.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import cjk_font
from tests.importer.test_node_rows_printed import HEADERS as NODE_HEADERS
from tests.importer.test_node_rows_printed import TASKS as NODE_TASKS
from tests.importer.test_node_rows_printed import WANTED as NODE_WANTED

D = datetime.date
TITLE = "云溪镇2045年重点工作任务分解表"
INTRO = (
    "为确保全年目标任务圆满完成，经镇党委研究，现将2045年重点工作任务分解如下，"
    "请各责任单位对照任务抓好落实。"
)
CLOSING = "以上任务由镇党政综合办公室按月调度，年底纳入综合考核。"
HEADER = ["序号", "重点任务", "目标任务", "完成时限", "牵头单位", "配合单位"]
#: (序号, task, goal, deadline, lead, co-owners)
ROWS = [
    (
        "1",
        "农村道路提升",
        "新建改建农村公路18公里，完成危桥改造3座，实现自然村通硬化路全覆盖。",
        "10月底前",
        "交通办",
        "财政所、各村",
    ),
    (
        "2",
        "高标准农田建设",
        "建成高标准农田3500亩，配套建设灌溉渠道12公里。",
        "11月底前",
        "农业办",
        "水利站",
    ),
    (
        "3",
        "集镇污水管网",
        "新建集镇污水管网6.5公里，污水收集率达到90%以上，完成老街雨污分流改造。",
        "9月30日前",
        "生态办",
        "村镇建设办、集镇社区",
    ),
    (
        "4",
        "农贸市场改造",
        "完成农贸市场提升改造1个，新增摊位80个。",
        "6月底前",
        "市场监管所",
        "经发办",
    ),
    (
        "5",
        "养老服务中心",
        "建成镇级养老服务中心1个，新增养老床位60张，村级互助养老点覆盖率达到80%。",
        "12月底前",
        "社事办",
        "民政所、各村",
    ),
    (
        "6",
        "森林防火",
        "新建防火隔离带25公里，开展防火巡查不少于200次。",
        "4月底前",
        "林业站",
        "应急办",
    ),
]
#: Each task's pledge: (task, owner, co-owners, deadline, targets); units outside the catalog
#: as written
WANTED = [
    ("农村道路提升", "交通办", ["财政所", "各村"], D(2045, 10, 31), 2),
    ("高标准农田建设", "农业农村办公室", ["水利站"], D(2045, 11, 30), 2),
    ("集镇污水管网", "生态环境办公室", ["村镇建设办", "集镇社区"], D(2045, 9, 30), 2),
    ("农贸市场改造", "市场监管所", ["经济发展办公室"], D(2045, 6, 30), 2),
    ("养老服务中心", "社会事务办公室", ["民政所", "各村"], D(2045, 12, 31), 3),
    ("森林防火", "林业站", ["应急管理办公室"], D(2045, 4, 30), 2),
]
#: The rows on page 1; the rest on page 2.
FIRST_PAGE = 4


def _document():
    from fpdf import FPDF

    document = FPDF(format="A4")
    document.set_auto_page_break(False)
    document.add_font("wqy", fname=cjk_font())
    document.set_font("wqy", size=10)
    return document


def _table(document, rows, borders: str, header: bool = True, middle: bool = False) -> None:
    from fpdf.enums import VAlign

    with document.table(
        col_widths=(10, 28, 68, 22, 22, 30),
        text_align="LEFT",
        first_row_as_headings=False,
        borders_layout=borders,
        v_align=VAlign.M if middle else VAlign.T,
    ) as table:
        if header:
            row = table.row()
            for name in HEADER:
                row.cell(name)
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)


def _task_table(borders: str, repeat_header: bool = True, middle: bool = False) -> bytes:
    document = _document()
    document.add_page()
    document.cell(0, 10, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    document.multi_cell(0, 7, INTRO, new_x="LMARGIN", new_y="NEXT")
    document.ln(3)
    _table(document, ROWS[:FIRST_PAGE], borders, middle=middle)
    document.set_y(-20)
    document.cell(0, 8, "- 1 -", align="C")
    document.add_page()
    _table(document, ROWS[FIRST_PAGE:], borders, header=repeat_header, middle=middle)
    document.ln(4)
    document.multi_cell(0, 7, CLOSING, new_x="LMARGIN", new_y="NEXT")
    document.set_y(-20)
    document.cell(0, 8, "- 2 -", align="C")
    return bytes(document.output())


@pytest.mark.parametrize(
    ("borders", "repeat_header", "middle"),
    [
        ("NONE", True, False),
        ("NONE", False, False),
        ("SINGLE_TOP_LINE", True, False),
        ("HORIZONTAL_LINES", True, False),
        ("NONE", True, True),
        ("NONE", False, True),
    ],
    ids=[
        "no-rules",
        "no-rules-header-once",
        "header-underlined",
        "horizontal-rules",
        "centred",
        "centred-header-once",
    ],
)
def test_a_task_table_printed_without_gridlines_is_one_pledge_a_row(
    parse, borders, repeat_header, middle
):
    data = _task_table(borders, repeat_header, middle)
    pledges = commitments_of(parse(data, "任务分解表.pdf"))
    texts = [p.text for p in pledges]
    assert len(pledges) == len(WANTED), texts
    for pledge, (task, owner, co, deadline, targets) in zip(pledges, WANTED, strict=True):
        assert pledge.text.startswith(task), texts
        assert (pledge.owner, pledge.co_owners) == (owner, co), pledge.text
        assert pledge.deadline == deadline, pledge.text
        assert len(pledge.targets) == targets, (pledge.text, pledge.targets)
    assert not any("序号" in text or "牵头单位" in text for text in texts), texts


def _node_table(borders: str, middle: bool = False) -> bytes:
    """test_node_rows_printed's 节点分解表 without rules, the task's cells at the top of its
    node rows (Word prints a merged cell so) or vertically centred over them (as Excel may),
    the header again on page 2."""
    from fpdf.enums import VAlign

    header = NODE_HEADERS["节点任务"]
    document = _document()
    widths = (10, 22, 62, 20, 48, 20, 28, 18)
    pages: list[list[tuple]] = [[], []]
    for index, (group, number, name, goal, lead, co, official, nodes) in enumerate(NODE_TASKS):
        if index < 2:
            pages[0].append((group, number, name, goal, lead, co, official, nodes))
        elif index == 2:
            pages[0].append((group, number, name, goal, lead, co, official, nodes[:2]))
            pages[1].append(("", "", "", "", "", "", "", nodes[2:]))
        else:
            pages[1].append((group, number, name, goal, lead, co, official, nodes))
    for n, tasks in enumerate(pages):
        document.add_page(orientation="L")
        if n == 0:
            document.cell(0, 10, "青川镇2044年重点工作任务节点分解表", align="C")
            document.ln(12)
        with document.table(
            col_widths=widths,
            text_align="LEFT",
            first_row_as_headings=False,
            borders_layout=borders,
            v_align=VAlign.M if middle else VAlign.T,
        ) as table:
            row = table.row()
            for name in header:
                row.cell(name)
            for group, number, name, goal, lead, co, official, nodes in tasks:
                if group:
                    table.row().cell(group, colspan=len(header))
                for k, (when, what) in enumerate(nodes):
                    row = table.row()
                    if k == 0:
                        for value in (number, name, goal):
                            row.cell(value, rowspan=len(nodes))
                    row.cell(when)
                    row.cell(what)
                    if k == 0:
                        for value in (lead, co, official):
                            row.cell(value, rowspan=len(nodes))
    return bytes(document.output())


@pytest.mark.parametrize(
    ("borders", "middle"),
    [("NONE", False), ("SINGLE_TOP_LINE", False), ("NONE", True), ("SINGLE_TOP_LINE", True)],
    ids=["top", "top-header-underlined", "centred", "centred-header-underlined"],
)
def test_a_node_table_printed_without_gridlines_is_one_pledge_a_task(parse, borders, middle):
    parsed = parse(_node_table(borders, middle), "节点分解表.pdf")
    pledges = commitments_of(parsed)
    texts = [p.text for p in pledges]
    assert len(pledges) == len(NODE_WANTED), texts
    for pledge, (task, owner, co, deadline, milestones, targets) in zip(
        pledges, NODE_WANTED, strict=True
    ):
        assert pledge.text.startswith(task), texts
        assert (pledge.owner, pledge.co_owners) == (owner, co), pledge.text
        assert pledge.deadline == deadline, pledge.text
        assert [m.due for m in pledge.milestones] == milestones, pledge.text
        assert [(t.value, t.unit) for t in pledge.targets] == targets, pledge.text
    sections = [s.title for s in parsed.documents[0].sections]
    assert sections == ["产业发展", "乡村建设", "民生保障"], sections


PROSE = [
    "云溪镇2045年民生实事工作方案",
    "一、加快农村道路提升。新建改建农村公路18公里，完成危桥改造3座。牵头单位：交通办，"
    "配合单位：财政所。完成时限：10月底前。",
    "二、推进高标准农田建设。建成高标准农田3500亩。牵头单位：农业办。完成时限：11月底前。",
    "三、完善养老服务。建成镇级养老服务中心1个，新增养老床位60张。牵头单位：社事办。",
]


def test_a_prose_pdf_naming_owners_and_times_stays_prose(parse):
    """Lines that name 牵头单位 and 完成时限 in running text are no table header."""
    from commitments.importer.readers.pdf import read_pdf

    document = _document()
    document.add_page()
    for paragraph in PROSE:
        document.multi_cell(0, 7, paragraph, new_x="LMARGIN", new_y="NEXT")
    data = bytes(document.output())
    text, _ = read_pdf(data, "方案.pdf")
    assert text.split("\n") == PROSE
    pledges = commitments_of(parse(data, "方案.pdf"))
    assert [p.owner for p in pledges] == ["交通办", "农业农村办公室", "社会事务办公室"]
