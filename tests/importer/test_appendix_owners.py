"""A report whose numbered items name no unit, with a closing 附件 责任分工表 keyed by the
items' numbers (blind17's 栖凤镇 党委全会报告), written again in layouts of its own: a Word
table after the text, a Markdown or tab table in a text file, items numbered ``1．``,
``（1）`` or ``第1项``, an appendix keyed by the items' names instead of numbers. Each item
takes its owner, co-owners and time from its row; the table's rows are no pledges; a row
whose number has no item, and an item no row names, are warned about."""

from __future__ import annotations

import datetime
import io

import pytest

from tests.importer.conftest import commitments_of

ITEMS = [
    ("（一）坚持项目为王，做强产业支撑", "全年新签约亿元以上项目4个，完成固定资产投资12亿元。"),
    ("（二）聚焦乡村振兴，建设和美乡村", "新建高标准农田4200亩，粮食播种面积稳定在3万亩以上。"),
    (None, "完成植树造林1500亩，森林覆盖率稳定在70%以上。"),
    ("（三）聚焦民生福祉，办好惠民实事", "新建村级养老服务站3个。"),
]
NAMES = ["招商引资", "高标准农田", "国土绿化", "养老服务"]
ROWS = [
    ["经发办", "财政所", "年底前"],
    ["农业办", "水利站、财政所", "第三季度"],
    ["林业站", "各村", "春季"],
    ["社事办", "卫生院", "6月份"],
]
HEADER = ["任务序号", "牵头单位", "配合单位", "完成时限"]
#: What each item reads: owner, co-owners, deadline.
WANTED = {
    "新签约亿元以上项目4个": ("经济发展办公室", ["财政所"], "2031-12-31"),
    "新建高标准农田4200亩": ("农业农村办公室", ["水利站", "财政所"], "2031-09-30"),
    "完成植树造林1500亩": ("林业站", ["各村"], "2031-05-31"),
    "新建村级养老服务站3个": ("社会事务办公室", ["卫生院"], "2031-06-30"),
}
NUMBERS = {
    "1．": lambda n: f"{n}．",
    "（1）": lambda n: f"（{n}）",
    "第1项": lambda n: f"第{n}项：",
}


def _lines(number=NUMBERS["1．"], named: bool = False) -> list[str]:
    lines = [
        "在中共柳溪镇委员会全体会议上的报告",
        "一、2030年工作回顾",
        "过去一年，全镇经济稳中有进。",
    ]
    lines += ["二、2031年工作安排"]
    for n, (heading, text) in enumerate(ITEMS, 1):
        if heading:
            lines.append(heading)
        lines.append(number(n) + (f"{NAMES[n - 1]}。" if named else "") + text)
    lines += [
        "三、抓好工作落实",
        "同志们，新的一年任务艰巨，让我们团结奋斗！",
        "附件",
        "责任分工表",
    ]
    return lines


def _table(named: bool = False, numbers: list[str] | None = None) -> list[list[str]]:
    keys = NAMES if named else numbers or [str(n) for n in range(1, len(ROWS) + 1)]
    header = ["重点任务", *HEADER[1:]] if named else HEADER
    return [header] + [[key, *row] for key, row in zip(keys, ROWS, strict=True)]


def _docx(lines: list[str], rows: list[list[str]]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph("注：各牵头单位每季度末报送工作推进情况。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _markdown(lines: list[str], rows: list[list[str]]) -> str:
    table = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    table += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join([*lines, "", *table, ""])


def _tabs(lines: list[str], rows: list[list[str]]) -> str:
    return "\n".join([*lines, *("\t".join(r) for r in rows), "注：按季度报送进展。"]) + "\n"


LAYOUTS = {
    "Word, 1．": lambda: (_docx(_lines(), _table()), "report.docx"),
    "Word, （1）, keys （1）": lambda: (
        _docx(_lines(NUMBERS["（1）"]), _table(numbers=["（1）", "（2）", "（3）", "（4）"])),
        "report.docx",
    ),
    "Word, 第1项": lambda: (_docx(_lines(NUMBERS["第1项"]), _table()), "report.docx"),
    "Word, keyed by name": lambda: (_docx(_lines(named=True), _table(named=True)), "report.docx"),
    "Word, 序号 and 重点任务": lambda: (
        _docx(
            _lines(named=True),
            [["序号", "重点任务", *HEADER[1:]]]
            + [
                [str(n), name, *row]
                for n, (name, row) in enumerate(zip(NAMES, ROWS, strict=True), 1)
            ],
        ),
        "report.docx",
    ),
    "Markdown, 1．": lambda: (_markdown(_lines(), _table()), "report.md"),
    "text, tabs, （1）": lambda: (_tabs(_lines(NUMBERS["（1）"]), _table()), "report.txt"),
    "text, tabs, keyed by name": lambda: (
        _tabs(_lines(NUMBERS["（1）"], named=True), _table(named=True)),
        "report.txt",
    ),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_each_item_takes_the_owners_and_time_of_its_appendix_row(parse, layout):
    content, name = LAYOUTS[layout]()
    parsed = parse(content, name)
    pledges = commitments_of(parsed)
    for key, (owner, co, deadline) in WANTED.items():
        (pledge,) = [p for p in pledges if key in p.text]
        assert (pledge.owner, pledge.co_owners) == (owner, co), (layout, key)
        assert pledge.deadline == datetime.date.fromisoformat(deadline), (layout, key)
    # the table's rows are no pledges of their own
    assert len(pledges) == 4, [p.text for p in pledges]
    assert not any("附件" in w for w in parsed.documents[0].warnings)


def test_a_row_without_its_item_and_an_item_without_its_row_are_warned_about(parse):
    rows = _table(numbers=["1", "2", "3", "9"])
    parsed = parse(_docx(_lines(), rows), "report.docx")
    pledges = commitments_of(parsed)
    (first,) = [p for p in pledges if "新签约" in p.text]
    assert first.co_owners == ["财政所"]
    (fourth,) = [p for p in pledges if "养老服务站" in p.text]
    assert fourth.co_owners == []  # 9 names no item: the fourth keeps what it had
    warnings = " ".join(parsed.documents[0].warnings)
    assert "9" in warnings and "第 4 项" in warnings


def test_an_appendix_whose_numbers_restart_under_each_heading_is_not_joined(parse):
    """Items numbered 1, 2 under one heading and 1, 2 under the next: no number names one item."""
    lines = _lines()
    restarted = [line.replace("3．", "1．").replace("4．", "2．") for line in lines]
    parsed = parse(_docx(restarted, _table()), "report.docx")
    assert all(p.co_owners == [] for p in commitments_of(parsed))
