"""A 责任分工 matrix (the kind of fault of blind22's xlsx): one column per unit, each task row
marking its lead and the units that help in the units' columns. Written again in layouts and
wordings of its own — the units under an upper name merged across them whose brackets say what
the marks mean, or in the header row itself under a legend row; marks (``★``/``○``, ``●``/``○``,
``★``/``√``) or words (``牵头``/``配合``); a legend in the header, in a row above the table, in a
note under it, or none — in a workbook (merged cells), Word (gridSpan and vMerge), a page
(colspan and rowspan) and a CSV (the merge's other cells blank).

What a user sees: each task row is one pledge, owned by the unit its lead mark stands under,
co-owned by the other marked units in the columns' order (a helper left of the lead too; of two
lead marks the leftmost leads and the other co-owns it); the group rows head sections; the row
of counts per unit, the legend and the notes are no pledges and give no targets.
"""

from __future__ import annotations

import datetime
import io

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date
TITLE = "青溪镇2039年重点工作责任分工表"
UNITS = ["党政办", "经发办", "农业办", "社事办", "财政所", "自然资源所", "派出所", "各村"]
#: The names the shipped catalog gives the units it holds.
CATALOG = {
    "党政办": "党政综合办公室",
    "经发办": "经济发展办公室",
    "农业办": "农业农村办公室",
    "社事办": "社会事务办公室",
}

#: Groups of tasks: (group, [(task, time, deadline, {unit: "lead"/"co"}, owner, co-owners)]).
GROUPS = [
    (
        "一、产业发展",
        [
            (
                "新建高标准农田3000亩",
                "10月底前",
                D(2039, 10, 31),
                {"农业办": "lead", "财政所": "co", "自然资源所": "co"},
                "农业办",
                ["财政所", "自然资源所"],
            ),
            (
                "引进亿元以上产业项目2个",
                "年底前",
                D(2039, 12, 31),
                {"党政办": "co", "经发办": "lead"},
                "经发办",
                ["党政办"],
            ),
        ],
    ),
    (
        "二、民生保障",
        [
            (
                "新建村级养老服务站4个",
                "9月底前",
                D(2039, 9, 30),
                {"社事办": "lead", "财政所": "co", "各村": "co"},
                "社事办",
                ["财政所", "各村"],
            ),
            (
                "开展防范电信诈骗宣传120场",
                "全年",
                D(2039, 12, 31),
                {"社事办": "lead", "派出所": "lead", "各村": "co"},
                "社事办",
                ["派出所", "各村"],
            ),
            (
                "完成农村宅基地确权登记1500户",
                "6月底前",
                D(2039, 6, 30),
                {"自然资源所": "lead"},
                "自然资源所",
                [],
            ),
        ],
    ),
]
TASKS = [task for _, tasks in GROUPS for task in tasks]


def _counts() -> list[str]:
    return [str(sum(1 for t in TASKS if t[3].get(u) == "lead") or "") for u in UNITS]


def _table(lead: str, co: str, legend_row: str | None, note: str | None) -> list[list[str]]:
    """The matrix as rows of text, the header's upper row first when ``legend_row`` is None
    (the units under ``责任单位（…）``), else the legend row above a one-row header."""
    fixed = ["序号", "重点工作任务", "完成时限"]
    rows: list[list[str]] = []
    if legend_row is None:
        rows.append([*fixed, f"责任单位（{lead}牵头　{co}配合）", *[""] * (len(UNITS) - 1)])
        rows.append(["", "", "", *UNITS])
    else:
        rows.append([legend_row, *[""] * (len(fixed) + len(UNITS) - 1)])
        rows.append([*fixed, *UNITS])
    number = 0
    for group, tasks in GROUPS:
        rows.append([group, *[""] * (len(fixed) + len(UNITS) - 1)])
        for task, time, _due, marks, _owner, _co in tasks:
            number += 1
            cells = [{"lead": lead, "co": co}.get(marks.get(u, ""), "") for u in UNITS]
            rows.append([str(number), task, time, *cells])
    rows.append(["牵头任务数（项）", "", "", *_counts()])
    if note:
        rows.append([note, *[""] * (len(fixed) + len(UNITS) - 1)])
        rows.append(["2.各单位每月25日前报送推进情况。", *[""] * (len(fixed) + len(UNITS) - 1)])
    return rows


def _merges(rows: list[list[str]], two_row_header: bool) -> list[tuple[int, int, int, int]]:
    """(row, first column, last row, last column) of each merge, 0-based."""
    width = len(rows[0])
    merges = []
    header = 0 if two_row_header else 1
    if two_row_header:
        merges += [(0, c, 1, c) for c in range(3)] + [(0, 3, 0, width - 1)]
    else:
        merges.append((0, 0, 0, width - 1))
    for r, row in enumerate(rows):
        if r > header and row[0] and not row[0].isdigit() and not row[1]:
            last = 2 if row[0].startswith("牵头任务数") else width - 1
            merges.append((r, 0, r, last))
    return merges


def _workbook(rows, merges) -> bytes:
    from openpyxl.utils import get_column_letter as letter

    top = [TITLE, *[None] * (len(rows[0]) - 1)]
    sheet_rows = [top, *([c or None for c in row] for row in rows)]
    ranges = [f"A1:{letter(len(rows[0]))}1"] + [
        f"{letter(c0 + 1)}{r0 + 2}:{letter(c1 + 1)}{r1 + 2}" for r0, c0, r1, c1 in merges
    ]
    return xlsx({"责任分工": sheet_rows}, {"责任分工": ranges})


def _word(rows, merges) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r0, c0, r1, c1 in merges:
        text = rows[r0][c0]
        table.cell(r0, c0).merge(table.cell(r1, c1)).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page(rows, merges) -> bytes:
    starts = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in merges}
    covered = {
        (r, c)
        for r0, c0, r1, c1 in merges
        for r in range(r0, r1 + 1)
        for c in range(c0, c1 + 1)
        if (r, c) != (r0, c0)
    }
    html = []
    for r, row in enumerate(rows):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            down, across = starts.get((r, c), (1, 1))
            cells.append(f'<td rowspan="{down}" colspan="{across}">{text}</td>')
        html.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<h2>{TITLE}</h2><table border='1'>{''.join(html)}</table></body></html>"
    ).encode()


def _csv(rows, merges) -> bytes:
    lines = [TITLE + "," * (len(rows[0]) - 1)]
    lines += [",".join(row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8-sig")


FORMATS = {"xlsx": _workbook, "docx": _word, "html": _page, "csv": _csv}

LAYOUTS = [
    # (format, lead mark, co mark, legend row above a one-row header (None: the legend in the
    # upper header's brackets), a note under the table)
    ("xlsx", "★", "○", None, "说明：1.★为牵头单位，○为配合单位。"),
    ("docx", "★", "○", None, None),
    ("html", "●", "○", None, "注：1.标●的为牵头单位。"),
    ("csv", "★", "○", None, "说明：1.本表由党政办汇总。"),
    ("xlsx", "●", "○", "图例：●牵头单位　○配合单位", None),
    ("csv", "★", "√", "★牵头　√配合", "说明：1.任务完成后及时销号。"),
    ("docx", "牵头", "配合", "（表中注明各单位牵头或配合）", None),
    ("html", "▲", "☆", "说明：▲为牵头单位，☆为配合单位", None),
]


@pytest.mark.parametrize(("fmt", "lead", "co", "legend_row", "note"), LAYOUTS)
def test_it_reads_a_matrix_of_marks_as_owners(parse, fmt, lead, co, legend_row, note):
    rows = _table(lead, co, legend_row, note)
    data = FORMATS[fmt](rows, _merges(rows, legend_row is None))
    parsed = parse(data, f"{TITLE}.{fmt}")
    document = parsed.documents[0]
    pledges = commitments_of(parsed)
    assert [p.text for p in pledges] == [t[0] for t in TASKS], fmt
    for pledge, (_task, _time, due, _marks, owner, co_owners) in zip(pledges, TASKS, strict=True):
        assert pledge.owner == CATALOG.get(owner, owner), (fmt, pledge.text)
        assert list(pledge.co_owners) == [CATALOG.get(u, u) for u in co_owners], pledge.text
        assert pledge.owner_source == "explicit"
        assert pledge.deadline == due
    assert [s.title for s in document.sections] == ["产业发展", "民生保障"]
    assert [len(s.commitments) for s in document.sections] == [2, 3]
    targets = [(t.value, t.unit) for p in pledges for t in p.targets]
    assert targets == [(3000, "亩"), (2, "个"), (4, "个"), (120, "场"), (1500, "户")]


def test_a_tick_leads_where_no_legend_says_and_no_lead_mark_stands_beside_it(parse):
    """Without a legend ``√`` marks the units that take part: the leftmost leads a row with no
    ``★``; beside a ``★`` it helps. A dash or a slash in a unit's cell marks nothing."""
    rows = [
        [TITLE, "", "", "", "", ""],
        ["序号", "工作任务", "完成时限", "经发办", "财政所", "各村"],
        ["1", "盘活闲置厂房5处", "9月底前", "√", "√", "—"],
        ["2", "新建村级光伏电站3座", "年底前", "√", "/", "★"],
        ["3", "整治村庄人居环境12个", "年底前", "—", "—", "√"],
    ]
    data = xlsx({"分工": rows})
    pledges = commitments_of(parse(data, "分工.xlsx"))
    owners = [(p.owner, list(p.co_owners)) for p in pledges]
    assert owners == [
        ("经济发展办公室", ["财政所"]),
        ("各村", ["经济发展办公室"]),
        ("各村", []),
    ]
