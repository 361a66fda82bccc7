"""A 任务节点分解表 printed from Excel to PDF (the kind of fault of blind24's pdf): one row per
时间节点 beside a ``节点任务`` column (``节点内容``, ``节点要求``), the task's 序号, name, goal and
owners merged over its node rows and printed once, vertically centred in the middle of them;
cells wrapped over lines; a task broken over the page, its later nodes on the next page under
the header printed again, its cells blank there; group rows (``一、产业发展``) across; no
完成时限 column. The same sheet saved as a workbook and as a Word table go the same way
(``tables._fold_time_rows``, one rule for every format). Written in layouts and wordings of
its own.

What a user sees: one pledge per task — not one per node row, none of the repeated header —
its last node's time the deadline, the earlier nodes its milestones, the counts a node states
no targets (the task's goal states them); a task of one node keeps its time.
"""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import cjk_font, xlsx

D = datetime.date
TITLE = "青川镇2044年重点工作任务节点分解表"
#: (group, 序号, name, goal, lead, co-owners, official, nodes)
TASKS = [
    (
        "一、产业发展",
        "1",
        "茶园提质",
        "新建高标准生态茶园1200亩，改造低产茶园800亩，建成茶叶初制加工厂1座并投入生产。",
        "农业办",
        "林业站、各村",
        "周国强",
        [
            ("3月底前", "完成土地流转和选址"),
            ("6月底前", "新建茶园种植600亩"),
            ("10月底前", "全部完成并通过验收"),
        ],
    ),
    (
        "",
        "2",
        "招商引资",
        "全年招引亿元以上项目4个，其中工业项目不少于2个，实际到位资金3.5亿元。",
        "经发办",
        "财政所",
        "周国强",
        [
            ("一季度", "签约项目1个"),
            ("三季度", "累计签约项目3个"),
            ("12月20日前", "实际到位资金完成全年任务"),
        ],
    ),
    (
        "二、乡村建设",
        "3",
        "人居环境整治",
        "完成农村户厕改造300户，新建农村公厕5座，生活垃圾分类覆盖率达到85%以上。",
        "生态办",
        "农业办、各村",
        "李红梅",
        [
            ("3月底前", "完成改厕户摸底登记"),
            ("6月底前", "完成户厕改造150户"),
            ("9月底前", "5座公厕全部建成"),
            ("12月底前", "全部完成并通过县级验收"),
        ],
    ),
    (
        "三、民生保障",
        "4",
        "教育提质",
        "完成中心小学教学楼改扩建，新增学位360个。",
        "社事办",
        "财政所",
        "李红梅",
        [("3月底前", "开工建设"), ("秋季开学前", "投入使用")],
    ),
    (
        "",
        "5",
        "山塘整治",
        "整治病险山塘6口。",
        "水利站",
        "应急办",
        "李红梅",
        [("汛期前", "完成整治")],
    ),
]
#: The page break falls inside task 3, after its second node.
BREAK_TASK, BREAK_AFTER = 2, 2
#: Each task's pledge: (name, owner, co-owners, deadline, milestones, targets)
WANTED = [
    (
        "茶园提质",
        "农业农村办公室",
        ["林业站", "各村"],
        D(2044, 10, 31),
        [D(2044, 3, 31), D(2044, 6, 30)],
        [(Decimal(1200), "亩"), (Decimal(800), "亩"), (Decimal(1), "座")],
    ),
    (
        "招商引资",
        "经济发展办公室",
        ["财政所"],
        D(2044, 12, 20),
        [D(2044, 3, 31), D(2044, 9, 30)],
        [(Decimal(4), "个"), (Decimal(2), "个"), (Decimal("3.5"), "亿元")],
    ),
    (
        "人居环境整治",
        "生态环境办公室",
        ["农业农村办公室", "各村"],
        D(2044, 12, 31),
        [D(2044, 3, 31), D(2044, 6, 30), D(2044, 9, 30)],
        [(Decimal(300), "户"), (Decimal(5), "座"), (Decimal(85), "%")],
    ),
    (
        "教育提质",
        "社会事务办公室",
        ["财政所"],
        D(2044, 8, 31),
        [D(2044, 3, 31)],
        [(Decimal(360), "个")],
    ),
    ("山塘整治", "水利站", ["应急管理办公室"], D(2044, 5, 31), [], [(Decimal(6), "口")]),
]
HEADERS = {
    "节点任务": [
        "序号",
        "重点任务",
        "目标任务",
        "时间节点",
        "节点任务",
        "牵头单位",
        "配合单位",
        "包联领导",
    ],
    "节点内容": [
        "编号",
        "工作事项",
        "年度目标",
        "时间节点",
        "节点内容",
        "责任单位",
        "协同单位",
        "责任领导",
    ],
}
NOTE = "注：时间节点未注明年份的，均为2044年；包联领导不作为责任单位考核。"


def _pdf(header: list[str]) -> bytes:
    """Printed as Excel prints a merged sheet: ruled cells, each task's cells one cell over its
    node rows with the text vertically centred, the header again on page 2, and the task
    broken there blank in its cells."""
    from fpdf import FPDF
    from fpdf.enums import VAlign

    document = FPDF(orientation="L", format="A4")
    document.add_font("wqy", fname=cjk_font())
    document.set_font("wqy", size=10)
    widths = (10, 22, 62, 20, 48, 20, 28, 18)

    def page(tasks: list[tuple], first: bool) -> None:
        document.add_page()
        if first:
            document.cell(0, 10, TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
            document.cell(0, 7, "填报单位：青川镇党政综合办公室", new_x="LMARGIN", new_y="NEXT")
        with document.table(
            col_widths=widths, text_align="LEFT", first_row_as_headings=False, v_align=VAlign.M
        ) as table:
            row = table.row()
            for name in header:
                row.cell(name)
            for group, number, name, goal, lead, co, official, nodes, shown in tasks:
                if group:
                    table.row().cell(group, colspan=len(header))
                for n, (when, what) in enumerate(nodes):
                    row = table.row()
                    if n == 0:
                        for value in (number, name, goal):
                            row.cell(value if shown else "", rowspan=len(nodes))
                    row.cell(when)
                    row.cell(what)
                    if n == 0:
                        for value in (lead, co, official):
                            row.cell(value if shown else "", rowspan=len(nodes))
        if not first:
            document.cell(0, 8, NOTE, new_x="LMARGIN", new_y="NEXT")

    first_page, second_page = [], []
    for index, (*task, nodes) in enumerate(TASKS):
        if index < BREAK_TASK:
            first_page.append((*task, nodes, True))
        elif index == BREAK_TASK:
            first_page.append((*task, nodes[:BREAK_AFTER], True))
            second_page.append(("", *task[1:], nodes[BREAK_AFTER:], False))
        else:
            second_page.append((*task, nodes, True))
    page(first_page, True)
    page(second_page, False)
    return bytes(document.output())


def _sheet_rows(header: list[str]) -> tuple[list[list[str]], list[str]]:
    """The sheet as a workbook holds it: the task's cells in its first node row, merged down."""
    rows: list[list[str]] = [[TITLE], header]
    merges = []
    for group, number, name, goal, lead, co, official, nodes in TASKS:
        if group:
            rows.append([group])
            merges.append(f"A{len(rows)}:H{len(rows)}")
        top = len(rows) + 1
        for n, (when, what) in enumerate(nodes):
            task = [number, name, goal] if n == 0 else ["", "", ""]
            owners = [lead, co, official] if n == 0 else ["", "", ""]
            rows.append([*task, when, what, *owners])
        if len(nodes) > 1:
            merges += [f"{c}{top}:{c}{len(rows)}" for c in "ABCFGH"]
    rows.append([NOTE])
    return rows, merges


def _workbook(header: list[str]) -> bytes:
    rows, merges = _sheet_rows(header)
    return xlsx({"节点分解": rows}, {"节点分解": merges})


def _word(header: list[str]) -> bytes:
    import docx

    rows, _ = _sheet_rows(header)
    document = docx.Document()
    document.add_paragraph(TITLE)
    body = rows[1:-1]
    table = document.add_table(rows=len(body), cols=len(header))
    for r, values in enumerate(body):
        if len(values) == 1:
            table.cell(r, 0).merge(table.cell(r, len(header) - 1)).text = values[0]
            continue
        for c, text in enumerate(values):
            table.cell(r, c).text = text
    at = 1
    for group, *_, nodes in TASKS:
        at += bool(group)
        if len(nodes) > 1:
            for c in (0, 1, 2, 5, 6, 7):
                text = table.cell(at, c).text
                table.cell(at, c).merge(table.cell(at + len(nodes) - 1, c)).text = text
        at += len(nodes)
    document.add_paragraph(NOTE)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


LAYOUTS = {
    "pdf": lambda h: (_pdf(h), "节点分解表.pdf"),
    "xlsx": lambda h: (_workbook(h), "节点分解表.xlsx"),
    "docx": lambda h: (_word(h), "节点分解表.docx"),
}


@pytest.mark.parametrize("header", list(HEADERS), ids=list(HEADERS))
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_task_printed_over_its_node_rows_is_one_pledge(parse, layout, header):
    data, name = LAYOUTS[layout](HEADERS[header])
    parsed = parse(data, name)
    pledges = commitments_of(parsed)
    texts = [p.text for p in pledges]
    assert len(pledges) == len(WANTED), texts
    for pledge, (task, owner, co, deadline, milestones, targets) in zip(
        pledges, WANTED, strict=True
    ):
        assert pledge.text.startswith(task), texts
        assert (pledge.owner, pledge.co_owners) == (owner, co), pledge.text
        assert pledge.deadline == deadline, pledge.text
        assert [m.due for m in pledge.milestones] == milestones, pledge.text
        assert [(t.value, t.unit) for t in pledge.targets] == targets, pledge.text
    sections = [s.title for s in parsed.documents[0].sections]
    assert sections == ["产业发展", "乡村建设", "民生保障"], sections
