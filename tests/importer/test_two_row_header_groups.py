"""A task table whose header stands over two rows with upper names merged across lower ones
(the kind of fault of blind21's 督查系统 export): ``责任主体`` over ``牵头单位 | 配合单位``,
``当前进度`` over ``进度 | 进展说明``, ``时间安排`` over ``开始 | 完成``, the other names merged
down. Written again in layouts and wordings of its own — a workbook (merged cells), Word
(gridSpan and vMerge), a page (colspan and rowspan) and a CSV whose upper row leaves the
merge's other cells blank — none of them copying the blind one.

What a user sees: the lower row is no pledge; each task keeps its co-owners (配合单位 under
the merged upper name); its deadline is the 完成 date, never the 开始 one; a 进度/进展说明
report is no part of the pledge's text and gives no target.
"""

from __future__ import annotations

import datetime
import io

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date

TITLE = "石湾镇2037年重点工作任务推进台账"

#: Tasks: (task, lead, co, start, end, progress, progress note).
TASKS = [
    (
        "新建村级便民服务站6个",
        "城建科",
        "各村",
        "2037年3月1日",
        "2037年9月30日",
        "40%",
        "已完成选址4处",
    ),
    (
        "改造农村公路15公里",
        "交通管理站",
        "镇残联、各村",
        "2037年4月1日",
        "2037年11月30日",
        "25%",
        "完成招标",
    ),
    (
        "新增城乡就业岗位800个",
        "社事科",
        "中心学校",
        "2037年1月1日",
        "2037年10月31日",
        "60%",
        "新增就业520人",
    ),
]


def _header(
    owner_group: str, time_group: bool, progress_group: bool
) -> tuple[list[str], list[str]]:
    upper = ["序号", "工作任务", owner_group, owner_group]
    lower = ["序号", "工作任务", "牵头单位", "配合单位"]
    if time_group:
        upper += ["时间安排", "时间安排"]
        lower += ["开始", "完成"]
    else:
        upper += ["完成时限"]
        lower += ["完成时限"]
    if progress_group:
        upper += ["当前进度", "当前进度"]
        lower += ["进度", "进展说明"]
    upper += ["分管领导"]
    lower += ["分管领导"]
    return upper, lower


def _rows(time_group: bool, progress_group: bool) -> list[list[str]]:
    rows = []
    for n, (task, lead, co, start, end, done, note) in enumerate(TASKS, start=1):
        row = [str(n), task, lead, co]
        row += [start, end] if time_group else [end]
        if progress_group:
            row += [done, note]
        row += ["张" + "伟明"[n % 2] + "华"]
        rows.append(row)
    return rows


def _spans(upper: list[str]) -> list[tuple[int, int]]:
    """(first, last) column of each upper name: across when repeated, else merged down."""
    spans: list[tuple[int, int]] = []
    for i, name in enumerate(upper):
        if spans and upper[spans[-1][0]] == name:
            spans[-1] = (spans[-1][0], i)
        else:
            spans.append((i, i))
    return spans


def _workbook(upper, lower, body) -> bytes:
    import openpyxl.utils

    width = len(upper)
    letter = openpyxl.utils.get_column_letter
    merges = [f"A1:{letter(width)}1"]
    for first, last in _spans(upper):
        merges.append(
            f"{letter(first + 1)}2:{letter(last + 1)}2"
            if last > first
            else f"{letter(first + 1)}2:{letter(first + 1)}3"
        )
    top = [TITLE, *[None] * (width - 1)]
    upper_row = [
        name if i in {f for f, _ in _spans(upper)} else None for i, name in enumerate(upper)
    ]
    lower_row = [low if low != up else None for up, low in zip(upper, lower, strict=True)]
    return xlsx({"台账": [top, upper_row, lower_row, *body]}, {"台账": merges})


def _word(upper, lower, body) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    rows = [upper, lower, *body]
    table = document.add_table(rows=len(rows), cols=len(upper))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text if r or c in {f for f, _ in _spans(upper)} else ""
    for first, last in _spans(upper):
        text = upper[first]
        merged = (
            table.cell(0, first).merge(table.cell(0, last))
            if last > first
            else table.cell(0, first).merge(table.cell(1, first))
        )
        merged.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page(upper, lower, body) -> bytes:
    top = "".join(
        f'<th colspan="{last - first + 1}">{upper[first]}</th>'
        if last > first
        else f'<th rowspan="2">{upper[first]}</th>'
        for first, last in _spans(upper)
    )
    second = "".join(f"<th>{low}</th>" for up, low in zip(upper, lower, strict=True) if up != low)
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<h2>{TITLE}</h2><table border='1'><tr>{top}</tr><tr>{second}</tr>{cells}</table>"
        "</body></html>"
    ).encode()


def _csv(upper, lower, body) -> bytes:
    starts = {f for f, _ in _spans(upper)}
    upper_row = [name if i in starts else "" for i, name in enumerate(upper)]
    lower_row = [low if low != up else "" for up, low in zip(upper, lower, strict=True)]
    lines = [TITLE + "," * (len(upper) - 1), ",".join(upper_row), ",".join(lower_row)]
    lines += [",".join(f'"{c}"' if "," in c else c for c in row) for row in body]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


FORMATS = {"xlsx": _workbook, "docx": _word, "html": _page, "csv": _csv}

LAYOUTS = [
    # (format, upper name over 牵头|配合, 时间安排 over 开始|完成, 当前进度 over 进度|进展说明)
    ("xlsx", "责任主体", True, True),
    ("xlsx", "责任单位", False, True),
    ("docx", "责任分工", True, True),
    ("docx", "责任主体", False, False),
    ("html", "单位", True, True),
    ("html", "责任单位", True, False),
    ("csv", "责任主体", True, True),
    ("csv", "责任分工", False, True),
]


@pytest.mark.parametrize(("fmt", "owner_group", "time_group", "progress_group"), LAYOUTS)
def test_a_two_row_header_keeps_co_owners_deadlines_and_no_report(
    parse, fmt, owner_group, time_group, progress_group
):
    upper, lower = _header(owner_group, time_group, progress_group)
    data = FORMATS[fmt](upper, lower, _rows(time_group, progress_group))
    pledges = commitments_of(parse(data, f"{TITLE}.{fmt}"))
    assert [p.text for p in pledges] == [task for task, *_ in TASKS]
    for pledge, (_, lead, co, _start, end, _done, note) in zip(pledges, TASKS, strict=True):
        assert (pledge.owner, list(pledge.co_owners)) == (lead, co.split("、")), fmt
        year, rest = end.split("年")
        month, day = rest.rstrip("日").split("月")
        assert pledge.deadline == D(int(year), int(month), int(day)), fmt
        assert note not in pledge.text
        assert all(t.unit != "%" for t in pledge.targets), pledge.targets


def test_a_lower_row_with_names_the_importer_does_not_know_outside_a_group_is_data(parse):
    """Not under a merged upper name, an unknown lower row is a task's row, not a header."""
    rows = [
        [TITLE, None, None, None],
        ["序号", "工作任务", "牵头单位", "完成时限"],
        ["1", "建成镇文化广场1处", "文化站", "2037年8月31日"],
        ["2", "新建公厕3座", "环卫所", "2037年6月30日"],
    ]
    pledges = commitments_of(parse(xlsx({"台账": rows}), "台账.xlsx"))
    assert [p.text for p in pledges] == ["建成镇文化广场1处", "新建公厕3座"]
    assert [p.deadline for p in pledges] == [D(2037, 8, 31), D(2037, 6, 30)]
