"""One plan spread over several tables joined by a key (a 镇's or 街道's “三张清单”: a 任务清单,
a 责任清单 and a 时限清单 of one 序号, the last sorted by date), the kind of blind15's
白石镇 document, written again in layouts of its own: Word tables in any order with a heading
above each, numbered ``1``, ``一``, ``（一）`` or not at all; a workbook's sheets; blocks of one
sheet side by side; a CSV of tables one under another; Markdown tables. Each pledge is a row
of the task list, with its owners from the 责任清单 (never the 分管领导) and its deadline from
the 时限清单, whose 阶段性目标 are milestones, not targets; a table that looks like a part of
the list but whose numbers do not match the tasks' is read as before, with a warning."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal as D

import pytest
from django.utils import translation

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

TITLE = "青山街道2030年重点工作“三张清单”"
TASKS = [
    ["序号", "工作类别", "重点任务", "具体内容及量化目标"],
    ["1", "经济发展", "楼宇经济", "新引进楼宇企业40家，楼宇税收突破1.2亿元。"],
    ["2", "经济发展", "市场主体培育", "新增个体工商户600户。"],
    ["3", "城市管理", "背街小巷整治", "完成背街小巷改造15条。"],
    ["4", "民生服务", "托育服务", "新建普惠托育机构2家，新增托位120个。"],
]
OWNERS = [
    ["序号", "重点任务", "牵头单位", "配合单位", "分管领导"],
    ["1", "楼宇经济", "经发办", "财政所", "张  强"],
    ["2", "市场主体培育", "市场监管所", "经发办、各社区", "李  华"],
    ["3", "背街小巷整治", "城管中队", "各社区", "王  军"],
    ["4", "托育服务", "社事办", "妇联、卫生服务中心", "李  华"],
]
# sorted by completion time, not by 序号
TIMES = [
    ["序号", "重点任务", "阶段性目标", "完成时限"],
    ["3", "背街小巷整治", "一季度完成设计招标", "8月底前"],
    ["4", "托育服务", "二季度完成选址装修", "10月31日前"],
    ["2", "市场主体培育", "上半年完成全年任务的60%", "11月底前"],
    ["1", "楼宇经济", "每季度举办招商推介会1场", "年底前"],
]
#: What each task reads: owner, co-owners, deadline, the first milestone's due date, targets.
WANTED = {
    "新引进楼宇企业40家": (
        "经济发展办公室",
        ["财政所"],
        "2030-12-31",
        [(D(40), "家"), (D("1.2"), "亿元")],
    ),
    "新增个体工商户600户": (
        "市场监管所",
        ["经济发展办公室", "各社区"],
        "2030-11-30",
        [(D(600), "户")],
    ),
    "完成背街小巷改造15条": ("城管中队", ["各社区"], "2030-08-31", [(D(15), "条")]),
    "新建普惠托育机构2家": (
        "社会事务办公室",
        ["妇联", "卫生服务中心"],
        "2030-10-31",
        [(D(2), "家"), (D(120), "个")],
    ),
}
LEADERS = {"张强", "李华", "王军"}
MILESTONE = {"完成背街小巷改造15条": "2030-03-31", "新建普惠托育机构2家": "2030-06-30"}
NUMBERS = {"1": "一", "2": "二", "3": "三", "4": "四"}


def _numbered(rows: list[list[str]], style: str) -> list[list[str]]:
    """The table with its 序号 written ``1``, ``一`` or ``（一）``, or without the column."""
    if style == "none":
        return [row[1:] for row in rows]
    if style == "1":
        return rows
    out = [rows[0]]
    for row in rows[1:]:
        cn = NUMBERS[row[0]]
        out.append([cn if style == "一" else f"（{cn}）", *row[1:]])
    return out


def _docx(parts: list[tuple[str, list[list[str]]]], merge_category: bool = False) -> bytes:
    """A Word document: the title, then a heading paragraph and a table for each part."""
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph("说明：三张清单按同一序号对应，时限清单按完成时间排列。")
    for heading, rows in parts:
        document.add_paragraph(heading)
        table = document.add_table(rows=0, cols=len(rows[0]))
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
        if merge_category and rows[0][1] == "工作类别":  # 经济发展 merged down its two rows
            table.cell(1, 1).merge(table.cell(2, 1)).text = "经济发展"
    document.add_paragraph("四、工作要求")
    document.add_paragraph("各牵头单位每月25日前报送工作进展。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _csv(*blocks: list[list[str]]) -> str:
    lines = [TITLE]
    for block in blocks:
        lines += [",".join(row) for row in block] + [""]
    return "\n".join(lines) + "\n"


def _markdown(parts: list[tuple[str, list[list[str]]]]) -> str:
    lines = [f"# {TITLE}", ""]
    for heading, rows in parts:
        lines += [f"## {heading}", "", "| " + " | ".join(rows[0]) + " |"]
        lines += ["|" + "---|" * len(rows[0])] + ["| " + " | ".join(r) + " |" for r in rows[1:]]
        lines.append("")
    return "\n".join(lines)


def _side_by_side(*blocks: list[list[str]]) -> list[list[str]]:
    """Blocks of one sheet next to each other, a blank column between."""
    height = max(len(b) for b in blocks)
    rows = []
    for n in range(height):
        row: list[str] = []
        for block in blocks:
            cells = block[n] if n < len(block) else [""] * len(block[0])
            row += [*cells, ""]
        rows.append(row)
    return rows


LAYOUTS = {
    "Word: 任务, 责任, 时限 in order, numbered 1, a merged 工作类别": lambda: (
        _docx(
            [("一、任务清单", TASKS), ("二、责任清单", OWNERS), ("三、时限清单", TIMES)],
            merge_category=True,
        ),
        "qingdan.docx",
    ),
    "Word: 时限 first, then 任务 and 责任, numbered 一": lambda: (
        _docx(
            [
                ("表3 时限清单", _numbered(TIMES, "一")),
                ("表1 任务清单", _numbered(TASKS, "一")),
                ("表2 责任清单", _numbered(OWNERS, "一")),
            ]
        ),
        "qingdan.docx",
    ),
    "Word: numbered （一） in the parts, 1 in the tasks": lambda: (
        _docx(
            [
                ("（一）任务清单", TASKS),
                ("（二）责任清单", _numbered(OWNERS, "（一）")),
                ("（三）时限清单", _numbered(TIMES, "（一）")),
            ]
        ),
        "qingdan.docx",
    ),
    "Word: no 序号, joined by the 重点任务 label": lambda: (
        _docx(
            [
                ("任务清单", _numbered(TASKS, "none")),
                ("责任清单", _numbered(OWNERS, "none")),
                ("时限清单", _numbered(TIMES, "none")),
            ]
        ),
        "qingdan.docx",
    ),
    "Excel: one sheet each": lambda: (
        xlsx({"任务清单": [[TITLE], *TASKS], "责任清单": OWNERS, "时限清单": TIMES}),
        "qingdan.xlsx",
    ),
    "Excel: three blocks side by side on one sheet": lambda: (
        xlsx({"三张清单": [[TITLE], *_side_by_side(TASKS, OWNERS, TIMES)]}),
        "qingdan.xlsx",
    ),
    "Excel: parts that name no task, only its 序号": lambda: (
        xlsx(
            {
                "任务清单": [[TITLE], *TASKS],
                "责任清单": [[row[0], *row[2:]] for row in OWNERS],
                "时限清单": [[row[0], *row[2:]] for row in TIMES],
            }
        ),
        "qingdan.xlsx",
    ),
    "Markdown: 责任 and 时限 before the tasks": lambda: (
        _markdown([("责任清单", OWNERS), ("时限清单", TIMES), ("任务清单", TASKS)]),
        "qingdan.md",
    ),
    "CSV: the three tables one under another": lambda: (
        _csv(TASKS, OWNERS, TIMES),
        "qingdan.csv",
    ),
    "CSV: side by side, the 时限 block first": lambda: (
        _csv(_side_by_side(TIMES, TASKS, OWNERS)),
        "qingdan.csv",
    ),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_it_reads_each_task_once_with_the_owners_and_time_of_its_number(parse, layout):
    content, name = LAYOUTS[layout]()
    parsed = parse(content, name)
    pledges = commitments_of(parsed)
    assert len(pledges) == 4, [p.text for p in pledges]
    for key, (owner, co, deadline, targets) in WANTED.items():
        (pledge,) = [p for p in pledges if key in p.text]
        assert (pledge.owner, pledge.co_owners) == (owner, co), key
        assert pledge.deadline == datetime.date.fromisoformat(deadline), key
        # the 阶段性目标's numbers (60%, 1场) are steps toward the goal, no targets
        assert sorted((t.value, t.unit) for t in pledge.targets) == sorted(targets), key
        if key in MILESTONE:
            assert [m.due.isoformat() for m in pledge.milestones] == [MILESTONE[key]], key
    assert not any(p.official and p.official in (p.owner, *p.co_owners) for p in pledges)
    assert not any("对不上" in w for w in parsed.documents[0].warnings)


def test_a_tasks_and_an_owners_sheet_with_a_leader_and_a_person_in_charge(parse):
    """Two lists (任务, 责任 with its deadline), neither 责任领导 nor 责任人 an owner."""
    due = {row[0]: row[3] for row in TIMES[1:]}
    owners = [
        ["序号", "重点任务", "责任单位", "配合单位", "责任领导", "责任人", "完成时限"],
        *[[*row[:5], "刘  洋", due[row[0]]] for row in OWNERS[1:]],
    ]
    for content, name in (
        (xlsx({"任务": [[TITLE], *TASKS], "责任": owners}), "renwu.xlsx"),
        (_csv(TASKS, owners), "renwu.csv"),
    ):
        pledges = commitments_of(parse(content, name))
        assert len(pledges) == 4, (name, [p.text for p in pledges])
        for key, (owner, co, deadline, _targets) in WANTED.items():
            (pledge,) = [p for p in pledges if key in p.text]
            assert (pledge.owner, pledge.co_owners) == (owner, co), (name, key)
            assert pledge.deadline == datetime.date.fromisoformat(deadline), (name, key)
            assert pledge.official and pledge.official.replace(" ", "") in LEADERS, (name, key)


MISMATCHED = {
    "numbers that name other tasks": [
        OWNERS[0],
        ["1", "背街小巷整治", "城管中队", "各社区", "王  军"],
        ["2", "托育服务", "社事办", "妇联", "李  华"],
        ["3", "楼宇经济", "经发办", "财政所", "张  强"],
        ["4", "市场主体培育", "市场监管所", "各社区", "李  华"],
    ],
    "numbers the tasks do not have": [
        OWNERS[0],
        *[[str(int(row[0]) + 4), *row[1:]] for row in OWNERS[1:]],
    ],
}


@pytest.mark.parametrize("case", list(MISMATCHED))
def test_a_part_whose_numbers_do_not_match_is_not_joined_and_is_warned_about(parse, case):
    content = _docx([("一、任务清单", TASKS), ("二、责任清单", MISMATCHED[case])])
    parsed = parse(content, "qingdan.docx")
    pledges = commitments_of(parsed)
    tasks = [p for p in pledges if any(key in p.text for key in WANTED)]
    assert len(tasks) == 4
    assert not any(p.owner == "城管中队" for p in tasks)  # no task took another row's owner
    assert any(p.owner == "城管中队" for p in pledges)  # the table is read as its own list
    assert any("对不上" in w for w in parsed.documents[0].warnings)
    with translation.override("en"):
        parsed = parse(content, "qingdan.docx")
    assert any("do not match the task table" in w for w in parsed.documents[0].warnings)


def test_a_stage_label_is_a_milestone_and_states_no_target(parse):
    """A 阶段性目标 line under an item, as a text document (or a table's column) gives it."""
    text = (
        f"{TITLE}\n一、重点任务\n1.新增个体工商户600户。\n牵头单位：市场监管所\n"
        "完成时限：11月底前\n阶段性目标：上半年完成全年任务的60%，9月底前新增450户\n"
        "2.完成背街小巷改造15条。\n责任单位：城管中队\n完成时限：8月底前\n"
        "阶段目标：一季度完成设计招标2个标段\n"
    )
    first, second = commitments_of(parse(text, "plan.txt"))
    assert first.text == "新增个体工商户600户。"
    assert first.deadline == datetime.date(2030, 11, 30)
    assert [m.due.isoformat() for m in first.milestones] == ["2030-06-30", "2030-09-30"]
    assert [(t.value, t.unit) for t in first.targets] == [(D(600), "户")]
    assert second.deadline == datetime.date(2030, 8, 31)
    assert [m.due.isoformat() for m in second.milestones] == ["2030-03-31"]
    assert [(t.value, t.unit) for t in second.targets] == [(D(15), "条")]


def test_two_task_tables_of_their_own_are_neither_joined_nor_warned_about(parse):
    first = [
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["1", "新建口袋公园3个，新增绿地1.5万平方米", "城管中队", "9月底前"],
        ["2", "完成老旧小区改造6个，惠及居民1200户", "城建办", "年底前"],
    ]
    second = [
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["1", "新增就业岗位800个，开展技能培训20期", "社事办", "年底前"],
        ["2", "建成社区食堂4个，服务老人5000人次", "民政办", "10月底前"],
    ]
    parsed = parse(_docx([("一、城市建设", first), ("二、民生保障", second)]), "plan.docx")
    pledges = commitments_of(parsed)
    assert len(pledges) == 4
    assert [p.deadline.isoformat() for p in pledges if p.deadline] == [
        "2030-09-30",
        "2030-12-31",
        "2030-12-31",
        "2030-10-31",
    ]
    assert not any("对不上" in w for w in parsed.documents[0].warnings)
