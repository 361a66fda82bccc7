"""``协同`` names a co-owner as ``配合`` does (SPEC §3): a line ``协同：财政所``, a bracket's
``协同：``, ``协同单位：``, a column ``协同单位`` or a header group ``责任单位`` over
``牵头 | 协同``. What a user sees: the helpers listed as the pledge's co-owners, never
dropped, never in its text — in text, a workbook, a CSV and Word.
"""

from __future__ import annotations

import io

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

TASKS = [
    ("新建污水管网12公里", "生态环境办", "财政所、水利站", "9月底前"),
    ("改造农贸市场摊位160个", "经发办", "便民服务中心", "12月底前"),
    ("新建村卫生室3所", "社事办", "自然资源所", "10月底前"),
]
WANTED = [
    ("生态环境办公室", ["财政所", "水利站"]),
    ("经济发展办公室", ["便民服务中心"]),
    ("社会事务办公室", ["自然资源所"]),
]
HEAD = "青石镇2040年重点工作计划\n"


def owners(parsed) -> list[tuple[str, list[str]]]:
    return [(c.owner, c.co_owners) for c in commitments_of(parsed)]


TEXT_LAYOUTS = {
    "lines": lambda n, w, lead, co, t: f"{n}.{w}。\n牵头：{lead}\n协同：{co}\n完成时限：{t}\n",
    "unit_lines": lambda n, w, lead, co, t: f"{n}.{w}。\n牵头单位：{lead}\n协同单位：{co}\n",
    "bracket": lambda n, w, lead, co, t: f"{n}.{w}，{t}完成。（牵头：{lead}；协同：{co}）\n",
    "unit_bracket": lambda n, w, lead, co, t: f"{n}.{w}。（责任单位：{lead}，协同单位：{co}）\n",
}


@pytest.mark.parametrize("layout", TEXT_LAYOUTS, ids=list(TEXT_LAYOUTS))
def test_co_owners_labelled_as_helpers_working_together_in_text(parse, layout):
    body = "".join(TEXT_LAYOUTS[layout](n, *task) for n, task in enumerate(TASKS, 1))
    parsed = parse(HEAD + body)
    assert owners(parsed) == WANTED
    assert not any("协同" in c.text for c in commitments_of(parsed))


def _grouped_rows() -> list[list[str]]:
    """``责任单位`` merged over ``牵头 | 协同`` on a header of two rows."""
    return [
        ["序号", "重点任务", "责任单位", "责任单位", "完成时限"],
        ["序号", "重点任务", "牵头", "协同", "完成时限"],
        *[[str(n), w, lead, co, f"2040年{t}"] for n, (w, lead, co, t) in enumerate(TASKS, 1)],
    ]


def test_a_header_group_over_lead_and_working_together_in_a_workbook(parse):
    data = xlsx({"任务": _grouped_rows()}, {"任务": ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]})
    assert owners(parse(data, "青石镇2040年重点工作.xlsx")) == WANTED


def test_a_header_group_in_a_csv(parse):
    rows = _grouped_rows()
    rows[0] = ["序号", "重点任务", "责任单位", "", "完成时限"]
    rows[1] = ["", "", "牵头", "协同", ""]
    text = "\n".join(",".join(row) for row in rows) + "\n"
    assert owners(parse(text.encode(), "青石镇2040年重点工作.csv")) == WANTED


def test_a_header_group_in_word(parse):
    import docx

    document = docx.Document()
    document.add_paragraph("青石镇2040年重点工作计划")
    rows = _grouped_rows()
    table = document.add_table(rows=len(rows), cols=5)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(0, 2).merge(table.cell(0, 3)).text = "责任单位"
    for c in (0, 1, 4):
        table.cell(0, c).merge(table.cell(1, c)).text = rows[0][c]
    buffer = io.BytesIO()
    document.save(buffer)
    assert owners(parse(buffer.getvalue(), "青石镇2040年重点工作.docx")) == WANTED


def test_a_column_of_working_together_units(parse):
    rows = [["序号", "重点任务", "牵头单位", "协同单位", "完成时限"]]
    rows += [[str(n), w, lead, co, f"2040年{t}"] for n, (w, lead, co, t) in enumerate(TASKS, 1)]
    assert owners(parse(xlsx({"任务": rows}), "青石镇2040年重点工作.xlsx")) == WANTED
