"""A 任务分解表 laid out one row per 时间节点 (the kind of fault of blind23's docx): each task
spans two or three rows, one per node (``时间节点 | 节点要求``), its 序号, text and owners
merged down over them (Word's vMerge, a workbook's merged cells), repeated in each row, or
left blank in a CSV; no 完成时限 column. Written again in layouts and wordings of its own.

What a user sees: one pledge per task, not one per node row — its last node's time the
deadline, the earlier nodes its milestones, the counts a node states in the task's own measure
no targets of their own — while a task of one node, and two tasks of one lead merged over
both, stay pledges of their own.
"""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date
TITLE = "石桥镇2043年重点工作任务分解表"
#: (序号, 重点任务, 年度目标, lead, co-owners, [(时间节点, 节点要求), …])
TASKS = [
    (
        "1",
        "污水管网",
        "铺设集镇污水管网12公里，新建提升泵站2座",
        "规划建设办",
        "财政所",
        [("3月底前", "完成施工设计"), ("6月30日前", "铺设管网5公里"), ("11月底前", "全部完工")],
    ),
    (
        "2",
        "农贸市场",
        "改造农贸市场摊位260个",
        "规划建设办",  # the lead merged over tasks 1 and 2
        "市场监管所",
        [("二季度", "完成施工招标"), ("四季度", "投入使用")],
    ),
    (
        "3",
        "就业培训",
        "新增城镇就业400人，开展技能培训8期",
        "社事办",
        "经发办、各村",
        [("上半年", "完成培训4期"), ("9月30日前", "完成全部培训")],
    ),
    (
        "4",
        "山塘整治",
        "整治病险山塘5口",
        "水利站",
        "应急办",
        [("汛期前", "完成整治")],  # one node: its time the deadline
    ),
]
#: What each task's pledge reads: (text, owner, co-owners, deadline, milestones, targets)
WANTED = [
    (
        "污水管网，铺设集镇污水管网12公里，新建提升泵站2座",
        "规划建设办",
        ["财政所"],
        D(2043, 11, 30),
        [D(2043, 3, 31), D(2043, 6, 30)],
        [(Decimal(12), "公里"), (Decimal(2), "座")],
    ),
    (
        "农贸市场，改造农贸市场摊位260个",
        "规划建设办",
        ["市场监管所"],
        D(2043, 12, 31),
        [D(2043, 6, 30)],
        [(Decimal(260), "个")],
    ),
    (
        "就业培训，新增城镇就业400人，开展技能培训8期",
        "社会事务办公室",
        ["经济发展办公室", "各村"],
        D(2043, 9, 30),
        [D(2043, 6, 30)],
        [(Decimal(400), "人"), (Decimal(8), "期")],
    ),
    (
        "山塘整治，整治病险山塘5口",
        "水利站",
        ["应急管理办公室"],
        D(2043, 5, 31),
        [],
        [(Decimal(5), "口")],
    ),
]
HEADER = ["序号", "重点任务", "年度目标", "时间节点", "节点要求", "牵头单位", "配合单位"]
#: Columns shared by a task's node rows (merged down in Word and a workbook).
SHARED = (0, 1, 2, 6)
#: Another wording of the same columns.
OTHER_HEADER = ["编号", "工作任务", "目标要求", "完成时间", "进度要求", "责任单位", "协同单位"]


def _rows(repeat: bool) -> list[list[str]]:
    """The task rows, one per node: the task's cells in every node row (``repeat``) or only in
    its first (blank below, as a CSV leaves a merge)."""
    rows = []
    for number, name, goal, lead, co, nodes in TASKS:
        for n, (when, what) in enumerate(nodes):
            first = repeat or n == 0
            rows.append(
                [
                    number if first else "",
                    name if first else "",
                    goal if first else "",
                    when,
                    what,
                    lead if first or repeat else "",
                    co if first else "",
                ]
            )
    return rows


def _merges() -> list[tuple[int, int]]:
    """(first row, last row) of each task's node rows, counted under the header row."""
    spans, at = [], 1
    for *_, nodes in TASKS:
        spans.append((at, at + len(nodes) - 1))
        at += len(nodes)
    return spans


def _word(header: list[str], merged: bool) -> bytes:
    import docx

    rows = [header, *_rows(repeat=True)]
    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=len(rows), cols=len(header))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if merged:
        for top, bottom in _merges():
            if top == bottom:
                continue
            for c in SHARED:
                text = table.cell(top, c).text
                table.cell(top, c).merge(table.cell(bottom, c)).text = text
        lead_top, lead_bottom = _merges()[0][0], _merges()[1][1]  # one lead over tasks 1-2
        table.cell(lead_top, 5).merge(table.cell(lead_bottom, 5)).text = TASKS[0][3]
    document.add_paragraph("注：时间节点未注明年份的，均为2043年。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _workbook(header: list[str]) -> bytes:
    rows = _rows(repeat=False)
    merges = []
    for top, bottom in _merges():
        if top < bottom:
            merges += [f"{col}{top + 2}:{col}{bottom + 2}" for col in "ABCG"]
    lead_top, lead_bottom = _merges()[0][0], _merges()[1][1]
    merges.append(f"F{lead_top + 2}:F{lead_bottom + 2}")
    for top, _ in _merges()[:2]:
        rows[top - 1][5] = TASKS[0][3]
    return xlsx({"任务分解": [[TITLE], header, *rows]}, {"任务分解": merges})


def _csv(header: list[str]) -> bytes:
    lines = [TITLE, ",".join(header), *(",".join(row) for row in _rows(repeat=False))]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _check(pledges) -> None:
    assert [p.text.rstrip("。") for p in pledges] == [w[0] for w in WANTED], [
        p.text for p in pledges
    ]
    for pledge, (_, owner, co, deadline, milestones, targets) in zip(pledges, WANTED, strict=True):
        assert (pledge.owner, pledge.co_owners) == (owner, co), pledge.text
        assert pledge.deadline == deadline, pledge.text
        assert [m.due for m in pledge.milestones] == milestones, pledge.text
        assert [(t.value, t.unit) for t in pledge.targets] == targets, pledge.text


LAYOUTS = {
    "word_merged": lambda h: (_word(h, merged=True), "任务分解表.docx"),
    "word_repeated": lambda h: (_word(h, merged=False), "任务分解表.docx"),
    "workbook_merged": lambda h: (_workbook(h), "任务分解表.xlsx"),
    "csv_blank": lambda h: (_csv(h), "任务分解表.csv"),
}


@pytest.mark.parametrize("header", [HEADER, OTHER_HEADER], ids=["时间节点", "完成时间"])
@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_a_task_over_its_node_rows_is_one_pledge(parse, layout, header):
    data, name = LAYOUTS[layout](header)
    _check(commitments_of(parse(data, name)))


def test_rows_of_one_time_each_with_tasks_of_their_own_stay_pledges(parse):
    """Rows that share a merged lead but state tasks of their own (another 序号, another
    text) are tasks, each with its own time, as before."""
    rows = [
        ["1", "污水管网", "铺设污水管网12公里", "3月底前", "完成设计", "规划建设办", "财政所"],
        ["2", "污水管网", "新建提升泵站2座", "6月底前", "完成主体", "规划建设办", "财政所"],
        ["3", "农贸市场", "改造摊位260个", "9月底前", "投入使用", "经发办", ""],
    ]
    text = "\n".join([TITLE, ",".join(HEADER), *(",".join(r) for r in rows)]) + "\n"
    pledges = commitments_of(parse(text.encode("utf-8"), "任务分解表.csv"))
    assert [p.deadline for p in pledges] == [D(2043, 3, 31), D(2043, 6, 30), D(2043, 9, 30)]
