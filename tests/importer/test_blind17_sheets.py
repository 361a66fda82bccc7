"""The kind of fault of the seventeenth blind set's workbook (tests/importer/blind17/, the fault
list in :mod:`tests.importer.test_blind17`): a 目标管理责任书 laid out one sheet per department,
the department stated once above its table (a ``责任单位：…`` line, or a title cell that opens
with it), its rows carrying no unit of their own (or only 配合单位), and the signature and stamp
lines under the table. Written again in layouts and wordings of its own (a workbook with a
``签订单位：`` line, a workbook with merged ``XX办2035年目标任务`` titles and a 牵头单位 column
filled on one row only, a CSV with a ``考核对象：`` line): none of these copies the blind one.

What a user sees: every row of a department's sheet is that department's pledge, even when its
wording would point a keyword at another office, unless the row names its own lead; the helpers
stay co-owners; the 甲方/乙方 lines with （盖章）（签字）, ``负责人：______`` and ``签订日期：``
are no pledges.
"""

from __future__ import annotations

import io

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import pdf, xlsx

HEADER = ["序号", "类别", "目标任务", "完成时限", "配合单位", "分值"]


def _sheet(unit_line: str, rows: list[list[object]], signer: str) -> list[list[object]]:
    return [
        ["石桥镇2035年度目标管理责任书", "", "", "", "", ""],
        [unit_line, "", "", "", "", ""],
        HEADER,
        *rows,
        ["合计", "", "", "", "", 100],
        ["甲方：石桥镇人民政府（盖章）    镇长：王明（签字）", "", "", "", "", ""],
        [f"乙方：{signer}（盖章）    负责人：________（签字）", "", "", "", "", ""],
        ["签订日期：2035年2月18日", "", "", "", "", ""],
    ]


def _owners(pledge) -> tuple[str, list[str]]:
    return pledge.owner, sorted(pledge.co_owners)


def test_a_sheets_signing_unit_owns_its_rows_and_the_signatures_are_no_pledges(parse):
    data = xlsx(
        {
            "汇总": [
                ["科室", "指标数（项）", "分值"],
                ["农业农村办公室", 2, 50],
                ["应急管理办公室", 2, 50],
            ],
            "农业农村办": _sheet(
                "签订单位：农业农村办公室        分管领导：李强",
                [
                    [
                        1,
                        "产业发展",
                        "新发展特色经济林800亩，培育家庭农场10家。",
                        "三季度末",
                        "林业站",
                        50,
                    ],
                    [2, "人居环境", "完成农村改厕300户。", "10月底前", "卫生院、各村", 50],
                ],
                "农业农村办公室",
            ),
            "应急办": _sheet(
                "签订单位：应急管理办公室        分管领导：周敏",
                [
                    [1, "防汛", "组织山洪灾害转移避险演练12场。", "汛期前", "水利站、各村", 50],
                    [2, "消防", "新建村级微型消防站4个。", "6月底前", "派出所", 50],
                ],
                "应急管理办公室",
            ),
        },
        merges={s: ["A1:F1", "A2:F2"] for s in ("农业农村办", "应急办")},
    )
    pledges = commitments_of(parse(data, "石桥镇2035年度目标管理责任书.xlsx"))
    assert [p.text.split("，")[0].rstrip("。") for p in pledges] == [
        "新发展特色经济林800亩",
        "完成农村改厕300户",
        "组织山洪灾害转移避险演练12场",
        "新建村级微型消防站4个",
    ]
    assert [_owners(p) for p in pledges] == [
        ("农业农村办公室", ["林业站"]),
        ("农业农村办公室", ["卫生院", "各村"]),
        ("应急管理办公室", ["各村", "水利站"]),
        ("应急管理办公室", ["派出所"]),
    ]
    assert not any("盖章" in p.text or "负责人" in p.text for p in pledges)


def test_a_title_that_opens_with_the_unit_owns_rows_that_name_no_lead_of_their_own(parse):
    header = ["序号", "目标任务", "牵头单位", "配合单位", "完成时间"]
    rows = [
        ["经发办2035年目标任务", "", "", "", ""],
        header,
        ["1", "新签约亿元以上项目5个", "", "财政所", "年底前"],
        ["2", "排查企业安全生产隐患60家", "", "", "11月底前"],
        ["3", "新建标准化厂房2万平方米", "规划建设办", "经发办", "9月底前"],
        ["单位负责人（签字）：", "", "", "", ""],
        ["（盖章）", "", "", "", ""],
    ]
    data = xlsx({"Sheet1": rows}, merges={"Sheet1": ["A1:E1"]})
    pledges = commitments_of(parse(data, "石桥镇2035年目标任务.xlsx"))
    assert [p.text.split("，")[0] for p in pledges] == [
        "新签约亿元以上项目5个",
        "排查企业安全生产隐患60家",
        "新建标准化厂房2万平方米",
    ]
    assert [p.owner for p in pledges[:2]] == ["经济发展办公室", "经济发展办公室"]
    assert pledges[2].owner != "经济发展办公室"  # the row names its own lead
    assert "经济发展办公室" in pledges[2].co_owners


def test_a_csv_whose_line_above_the_header_names_the_unit_examined(parse):
    csv = (
        "考核对象：社会事务办公室,,,\n"
        "序号,目标任务,配合单位,完成时限\n"
        "1,新建农村互助幸福院3所,卫生院,国庆前\n"
        "2,开展安全生产培训两轮,应急办,年底前\n"
        "负责人：______,,,\n"
    )
    pledges = commitments_of(parse(csv, "石桥镇社事办2035年目标责任书.csv"))
    assert [p.text for p in pledges] == ["新建农村互助幸福院3所", "开展安全生产培训两轮"]
    assert [_owners(p) for p in pledges] == [
        ("社会事务办公室", ["卫生院"]),
        ("社会事务办公室", ["应急管理办公室"]),
    ]


# -- The year's planned investment under a merged upper header that states the year ---------
#
# The pdf's kind: ``2036年计划`` merged over ``计划投资 | 年度建设目标`` (the money unit in a line
# above the table or in the upper cell's brackets). What a user sees: the year's planned
# investment is a target of each project (a money target in 万元), the project's total is not.


def _targets(pledge) -> list[tuple[str, str]]:
    return sorted((format(t.value.normalize(), "f"), t.unit) for t in pledge.targets)


PROJECT_ROWS = [
    [
        "1",
        "东湖湿地公园",
        "新建湿地公园420亩",
        "26000",
        "8000",
        "完成园路及绿化工程",
        "县住建局",
        "2035年11月",
    ],
    [
        "2",
        "城南学校新建",
        "新建教学楼3栋",
        "15000",
        "6500",
        "主体结构封顶",
        "县教育局",
        "2035年12月",
    ],
]


#: Each project's money of the year; its total (总投资) and whole scale (``新建教学楼3栋``) are
#: no targets beside the year's goal.
YEAR_MONEY = [[("8000", "万元")], [("6500", "万元")]]


def _project_header(upper_year: str) -> list[list[str]]:
    return [
        ["序号", "项目名称", "建设内容", "总投资", upper_year, upper_year, "责任单位", "完成时限"],
        ["序号", "项目名称", "建设内容", "总投资", "计划投资", "年度目标", "责任单位", "完成时限"],
    ]


def test_a_workbooks_year_header_merged_over_the_planned_investment_makes_it_a_target(parse):
    rows = [
        ["平川县2035年重点项目计划表", "", "", "", "", "", "", ""],
        *_project_header("2035年计划（万元）"),
        *PROJECT_ROWS,
    ]
    data = xlsx(
        {"Sheet1": rows},
        merges={"Sheet1": ["A1:H1", "E2:F2", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "G2:G3", "H2:H3"]},
    )
    pledges = commitments_of(parse(data, "平川县2035年重点项目计划表.xlsx"))
    assert [_targets(p) for p in pledges] == YEAR_MONEY


def test_a_word_tables_year_header_with_the_unit_in_a_line_above(parse):
    import docx

    document = docx.Document()
    document.add_paragraph("平川县2035年重点项目计划表")
    document.add_paragraph("单位：万元")
    header = _project_header("2035年度计划")
    table = document.add_table(rows=2 + len(PROJECT_ROWS), cols=8)
    for r, row in enumerate([*header, *PROJECT_ROWS]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(0, 4).merge(table.cell(0, 5)).text = "2035年度计划"
    for c in (0, 1, 2, 3, 6, 7):
        table.cell(0, c).merge(table.cell(1, c)).text = header[0][c]
    buffer = io.BytesIO()
    document.save(buffer)
    pledges = commitments_of(parse(buffer.getvalue(), "平川县2035年重点项目计划表.docx"))
    assert [_targets(p) for p in pledges] == YEAR_MONEY


def test_a_pdfs_year_header_over_two_rows_with_the_unit_above_the_table(parse):
    header = _project_header("2035年计划")
    data = pdf(
        [
            ("line", "平川县2035年重点项目计划表"),
            ("line", "填报单位：县发改局            单位：万元"),
            ("table", [header[0], ["", "", "", "", "计划投资", "年度目标", "", ""], *PROJECT_ROWS]),
        ]
    )
    pledges = commitments_of(parse(data, "平川县2035年重点项目计划表.pdf"))
    assert [_targets(p) for p in pledges] == YEAR_MONEY
