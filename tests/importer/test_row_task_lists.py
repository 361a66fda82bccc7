"""A task table with two text columns (``序号 | 重点任务 | 具体举措``) whose 具体举措 cell lists the
row's measures numbered from one (``1.新建…；2.引进…``, on one line or on lines of their own),
the 重点任务 numbered too or not: each measure is a pledge of the row's unit (SPEC §3, the cell
listing tasks; the 重点任务's name before each, as it passes into its sub-tasks merged down),
its own bracket of helpers and time its own. Before, such a row was one pledge, or its
measures were read as headings, and pledges were lost.

A project's content numbered in parts (``建设内容``: ``1.新建…；2.购置…``) is one project still,
and a row whose two cells both list tasks is one pledge (which measure goes with which is not
known). Written in layouts of its own: a workbook, a Word table, a CSV.
"""

from __future__ import annotations

import datetime
import io

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date

HEADER = ["序号", "重点任务", "具体举措", "牵头单位", "完成时限"]
ROWS = [
    [
        "1",
        "1.壮大特色产业",
        "1.新建高标准农田1500亩；2.培育农民专业合作社8家；3.发展林下经济2000亩",
        "农业农村办公室",
        "2037年11月底前",
    ],
    [
        "2",
        "2.补齐民生短板",
        "1.改造农村危房60户（配合单位：村镇建设办；完成时限：8月底前）\n"
        "2.新建村级养老服务站3个（配合单位：卫生院）",
        "社会事务办公室",
        "2037年12月底前",
    ],
    ["3", "3.守牢安全底线", "开展森林防火演练4场", "应急管理办公室", "2037年4月底前"],
]
TEXTS = [
    "壮大特色产业，新建高标准农田1500亩",
    "壮大特色产业，培育农民专业合作社8家",
    "壮大特色产业，发展林下经济2000亩",
    "补齐民生短板，改造农村危房60户",
    "补齐民生短板，新建村级养老服务站3个",
    "守牢安全底线，开展森林防火演练4场",
]
TARGETS = [
    [("1500", "亩")],
    [("8", "家")],
    [("2000", "亩")],
    [("60", "户")],
    [("3", "个")],
    [("4", "场")],
]
DEADLINES = [
    D(2037, 11, 30),
    D(2037, 11, 30),
    D(2037, 11, 30),
    D(2037, 8, 31),
    D(2037, 12, 31),
    D(2037, 4, 30),
]


def _text(pledge) -> str:
    return pledge.text.split("（")[0]


def _targets(pledge) -> list[tuple[str, str]]:
    return sorted((format(t.value.normalize(), "f"), t.unit) for t in pledge.targets)


def _check(pledges) -> None:
    assert [_text(p) for p in pledges] == TEXTS
    assert [_targets(p) for p in pledges] == TARGETS
    assert [p.deadline for p in pledges] == DEADLINES
    assert [p.owner for p in pledges] == [
        "农业农村办公室",
        "农业农村办公室",
        "农业农村办公室",
        "社会事务办公室",
        "社会事务办公室",
        "应急管理办公室",
    ]
    assert [sorted(p.co_owners) for p in pledges][3:5] == [["村镇建设办"], ["卫生院"]]


def test_a_workbook_row_lists_its_measures_in_one_cell(parse):
    data = xlsx({"任务": [["石岭镇2037年重点工作任务分解表"], HEADER, *ROWS]}, {"任务": ["A1:E1"]})
    _check(commitments_of(parse(data, "石岭镇2037年重点工作任务分解表.xlsx")))


def test_the_task_names_unnumbered(parse):
    rows = [[r[0], r[1].split(".", 1)[1], *r[2:]] for r in ROWS]
    data = xlsx({"任务": [["石岭镇2037年重点工作任务分解表"], HEADER, *rows]})
    _check(commitments_of(parse(data, "石岭镇2037年重点工作任务分解表.xlsx")))


def test_a_word_table_with_measures_as_paragraphs(parse):
    import docx

    document = docx.Document()
    document.add_paragraph("石岭镇2037年重点工作任务分解表")
    rows = [HEADER, *[[r[0], r[1], r[2].replace("；", "\n"), *r[3:]] for r in ROWS]]
    table = document.add_table(rows=len(rows), cols=len(HEADER))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    _check(commitments_of(parse(buffer.getvalue(), "石岭镇2037年重点工作任务分解表.docx")))


def test_a_csv_with_measures_numbered_in_brackets(parse):
    def quoted(value: str) -> str:
        return '"' + value.replace('"', '""') + '"'

    lines = [",".join(HEADER)]
    for row in ROWS:
        measures = row[2]
        for n in range(1, 4):
            measures = measures.replace(f"{n}.", f"（{n}）")
        lines.append(",".join(quoted(v) for v in [row[0], row[1], measures, *row[3:]]))
    text = "石岭镇2037年重点工作任务分解表\n" + "\n".join(lines) + "\n"
    _check(commitments_of(parse(text, "石岭镇2037年重点工作任务分解表.csv")))


def test_a_projects_numbered_content_is_one_project(parse):
    data = xlsx(
        {
            "项目": [
                ["石岭镇2037年重点项目计划表"],
                ["序号", "项目名称", "建设内容", "责任单位", "完成时限"],
                [
                    "1",
                    "石岭镇农产品冷链物流中心",
                    "1.新建冷库3000立方米；2.购置冷藏车6辆；3.建设分拣车间800平方米",
                    "经济发展办公室",
                    "2037年10月底前",
                ],
                ["2", "镇区污水管网提升工程", "改造污水管网4.5公里", "村镇建设办", "2037年9月底前"],
            ]
        }
    )
    pledges = commitments_of(parse(data, "石岭镇2037年重点项目计划表.xlsx"))
    assert len(pledges) == 2
    assert _targets(pledges[0]) == [("3000", "立方米"), ("6", "辆"), ("800", "平方米")]


def test_a_row_whose_two_cells_both_list_is_one_pledge(parse):
    data = xlsx(
        {
            "任务": [
                ["石岭镇2037年重点工作任务分解表"],
                ["序号", "工作任务", "具体措施", "责任单位", "完成时限"],
                [
                    "1",
                    "1.稳粮；2.扩经",
                    "1.粮食播种面积稳定在3万亩；2.新发展中药材500亩",
                    "农业农村办公室",
                    "2037年10月底前",
                ],
                ["2", "优化营商环境", "新增市场主体300户", "经济发展办公室", "2037年12月底前"],
            ]
        }
    )
    pledges = commitments_of(parse(data, "石岭镇2037年重点工作任务分解表.xlsx"))
    assert [p.owner for p in pledges] == ["农业农村办公室", "经济发展办公室"]
    assert _targets(pledges[0]) == [("3", "万亩"), ("500", "亩")]
