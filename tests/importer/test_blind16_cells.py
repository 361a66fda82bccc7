# ruff: noqa: E501  (document text in Chinese runs past the line limit)
"""The kind of fault of the sixteenth blind set's CSV (tests/importer/blind16/, the fault list in
:mod:`tests.importer.test_blind16`): a 责任分工 exported one row per unit, all the unit's tasks
numbered inside one cell (the numbering starting again in each cell), each task closing with its
own bracket of helpers and time, and a row of the export's field codes above the Chinese header.
Written again in layouts and wordings of its own (CSV, a workbook with Alt+Enter breaks, a Word
table; numbered ``1.`` ``1、`` ``（1）`` ``①`` or not at all): none of these tables copies the
blind one.

What a user sees: each task in the cell is a pledge of the row's unit, its helpers and deadline
from its own bracket (not every helper of the cell on the first task); the 分管领导 is the
official, never the owner, and a 备注 that the lead unit changed (``牵头单位调整，原为…``) changes
nothing; the field codes are no pledge nor the plan's title, and do not hide the header; a task
wrapped over two lines of its cell stays one pledge, and a cell of one task is one pledge.
"""

from __future__ import annotations

import datetime
import io

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date


def _owners(pledge) -> tuple[str, list[str]]:
    return pledge.owner, sorted(pledge.co_owners)


# -- CSV: pinyin field codes over the header, tasks numbered 1. 2. in one cell ---------------

CSV = (
    "\ufeffXH,DWMC,FGLD,GZRW,BZ,GXSJ\n"
    "序号,责任单位,分管领导,年度重点任务,备注,更新时间\n"
    '1,农业农村办公室,李  强,"1.新建高标准农田2000亩（配合单位：财政所；完成时限：10月底前）\n'
    '2.发展设施蔬菜500亩，培育家庭农场6家（配合单位：自然资源所、各村；完成时限：上半年）",,2035-03-02 08:10:00\n'
    '2,应急管理办公室,周  敏,"1.排查整治安全隐患120处（配合单位：派出所；完成时限：6月底前）\n'
    "2.开展应急演练8场（配合单位：卫生院；完成时限：三季度末）\n"
    '3.新建微型消防站3个（配合单位：各村；完成时限：11月底前）",牵头单位调整，原为农业农村办公室,2035-03-02 08:10:00\n'
    "3,民政办,李  强,1.新建村级养老服务站4个（配合单位：卫生院；完成时限：9月底前）,,2035-03-03 09:00:00\n"
    "导出人：admin,,,导出时间：2035-03-03 09:30:00,,\n"
)


def test_each_task_numbered_in_a_units_cell_is_its_pledge(parse):
    parsed = parse(CSV, "石桥镇2035年重点工作责任分工表_导出.csv")
    pledges = commitments_of(parsed)
    assert [p.text.split("（")[0].split("，")[0] for p in pledges] == [
        "新建高标准农田2000亩",
        "发展设施蔬菜500亩",
        "排查整治安全隐患120处",
        "开展应急演练8场",
        "新建微型消防站3个",
        "新建村级养老服务站4个",
    ]
    assert [_owners(p) for p in pledges] == [
        ("农业农村办公室", ["财政所"]),
        ("农业农村办公室", ["各村", "自然资源所"]),
        ("应急管理办公室", ["派出所"]),
        ("应急管理办公室", ["卫生院"]),
        ("应急管理办公室", ["各村"]),
        ("社会事务办公室", ["卫生院"]),
    ]
    assert [p.deadline for p in pledges] == [
        D(2035, 10, 31),
        D(2035, 6, 30),
        D(2035, 6, 30),
        D(2035, 9, 30),
        D(2035, 11, 30),
        D(2035, 9, 30),
    ]
    assert {p.official for p in pledges[:2]} == {"李  强"}
    assert not any(p.text[:1].isdigit() for p in pledges)  # the cell's numbers are gone
    document = parsed.documents[0]
    assert "DWMC" not in document.title and "XH" not in document.title


def test_without_the_code_row_the_cell_is_split_the_same(parse):
    csv = CSV.replace("\ufeffXH,DWMC,FGLD,GZRW,BZ,GXSJ\n", "")
    pledges = commitments_of(parse(csv, "石桥镇2035年重点工作责任分工表.csv"))
    assert len(pledges) == 6
    assert _owners(pledges[4]) == ("应急管理办公室", ["各村"])


# -- a workbook: English field names over the header, Alt+Enter breaks, numbered 1、 2、 -----


def test_a_workbook_cell_with_alt_enter_breaks_lists_its_tasks(parse):
    data = xlsx(
        {
            "Sheet1": [
                ["id", "dept", "leader", "task", "remark"],
                ["序号", "牵头单位", "分管领导", "重点工作任务", "备注"],
                [
                    1,
                    "经发办",
                    "王  华",
                    "1、引进亿元以上项目3个（配合单位：财政所；完成时限：12月底前）\n"
                    "2、新增规上企业5家（配合单位：市场监管所；完成时限：9月底前）",
                    None,
                ],
                [
                    2,
                    "社事办",
                    "赵  丽",
                    "1、新增城镇就业600人（配合单位：各村；完成时限：全年）\n"
                    "2、建成老年助餐点6个（配合单位：卫生院；完成时限：国庆前）",
                    None,
                ],
            ]
        }
    )
    pledges = commitments_of(parse(data, "白沙镇2035年重点工作.xlsx"))
    assert [p.text.split("（")[0] for p in pledges] == [
        "引进亿元以上项目3个",
        "新增规上企业5家",
        "新增城镇就业600人",
        "建成老年助餐点6个",
    ]
    assert [_owners(p) for p in pledges] == [
        ("经济发展办公室", ["财政所"]),
        ("经济发展办公室", ["市场监管所"]),
        ("社会事务办公室", ["各村"]),
        ("社会事务办公室", ["卫生院"]),
    ]
    assert [p.deadline for p in pledges] == [
        D(2035, 12, 31),
        D(2035, 9, 30),
        D(2035, 12, 31),
        D(2035, 9, 30),
    ]


# -- Word: a cell of paragraphs numbered （1） and ① -------------------------------------------


def _word_table(rows: list[list[str]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("青河街道2035年重点工作责任分工")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text  # "\n" makes a paragraph of its own in the cell
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_cell_of_numbered_paragraphs_lists_its_tasks(parse):
    data = _word_table(
        [
            ["序号", "责任单位", "分管领导", "工作任务"],
            [
                "1",
                "城管办",
                "陈  刚",
                "（1）改造背街小巷9条（配合单位：各社区；完成时限：10月底前）\n"
                "（2）新增停车泊位300个（配合单位：派出所；完成时限：8月底前）",
            ],
            [
                "2",
                "平安办",
                "刘  洋",
                "①化解矛盾纠纷率达到98%以上（配合单位：司法所；完成时限：长期坚持）\n"
                "②建成电动自行车充电设施20处（配合单位：应急办；完成时限：6月底前）",
            ],
        ]
    )
    pledges = commitments_of(parse(data, "青河街道2035年重点工作.docx"))
    assert [p.text.split("（")[0] for p in pledges] == [
        "改造背街小巷9条",
        "新增停车泊位300个",
        "化解矛盾纠纷率达到98%以上",
        "建成电动自行车充电设施20处",
    ]
    assert [_owners(p) for p in pledges] == [
        ("城管办", ["各社区"]),
        ("城管办", ["派出所"]),
        ("平安建设办公室（综治中心）", ["司法所"]),
        ("平安建设办公室（综治中心）", ["应急管理办公室"]),
    ]
    assert [p.deadline for p in pledges] == [
        D(2035, 10, 31),
        D(2035, 8, 31),
        D(2035, 12, 31),
        D(2035, 6, 30),
    ]


# -- no numbers: a line (or a part after ；) that is a whole task, a task wrapped over two lines --


def _ledger(cells: list[str]) -> str:
    rows = "".join(f'{n},经发办,"{cell}"\n' for n, cell in enumerate(cells, 1))
    return "序号,责任单位,重点任务\n" + rows


def test_unnumbered_lines_each_a_whole_task_are_split(parse):
    csv = _ledger(
        [
            "引进亿元以上项目3个（配合单位：财政所；完成时限：12月底前）\n"
            "新增规上企业5家（配合单位：市场监管所；完成时限：9月底前）",
            "建成电商服务站8个。\n培训电商人才200人次。",
            "新建冷链仓储中心1个（配合单位：交通办；完成时限：6月底前）；"
            "新增快递进村网点12个（配合单位：邮政所；完成时限：11月底前）",
        ]
    )
    pledges = commitments_of(parse(csv, "经发办2035年重点任务.csv", year=2035))
    assert [p.text.split("（")[0].rstrip("。") for p in pledges] == [
        "引进亿元以上项目3个",
        "新增规上企业5家",
        "建成电商服务站8个",
        "培训电商人才200人次",
        "新建冷链仓储中心1个",
        "新增快递进村网点12个",
    ]
    assert [p.deadline for p in pledges] == [
        D(2035, 12, 31),
        D(2035, 9, 30),
        D(2035, 12, 31),
        D(2035, 12, 31),
        D(2035, 6, 30),
        D(2035, 11, 30),
    ]
    assert [sorted(p.co_owners) for p in pledges][-2:] == [["交通办"], ["邮政所"]]


def test_a_task_wrapped_over_two_lines_and_a_cell_of_one_task_stay_one_pledge(parse):
    csv = _ledger(
        [
            "完成背街小巷改造14条，新增公共停车泊位\n600个（配合单位：各社区；完成时限：10月底前）",
            "1.建成便民生活圈示范社区2个（配合单位：各社区；完成时限：11月底前）",
            "推进集镇提升改造，新建停车场1处\n改造农贸市场1个",
            "新建农贸市场1个。\n其中，新增摊位120个。",
        ]
    )
    pledges = commitments_of(parse(csv, "经发办2035年重点任务.csv", year=2035))
    assert len(pledges) == 4
    wrapped, one, lines, market = pledges
    assert "600个" in wrapped.text and wrapped.deadline == D(2035, 10, 31)
    assert sorted((int(t.value), t.unit) for t in wrapped.targets) == [(14, "条"), (600, "个")]
    assert one.text.startswith("建成便民生活圈示范社区2个")
    assert one.deadline == D(2035, 11, 30) and one.co_owners == ["各社区"]
    assert "改造农贸市场1个" in lines.text
    assert "新增摊位120个" in market.text  # a line that goes on with the task above is no task


# -- each task's bracket written otherwise: （配合：…，时限：…）, 【配合单位】…【完成时限】… -----------


def test_a_tasks_bracket_in_other_words_gives_its_helpers_and_time(parse):
    csv = (
        "序号,责任单位,分管领导,年度重点任务\n"
        '1,经发办,王  华,"1.引进亿元以上项目3个（配合：财政所，时限：10月底前）\n'
        '2.新增规上企业5家（协办：市场监管所；时限：9月底前）",\n'
        '2,城管办,陈  刚,"1.改造背街小巷9条【配合单位】各社区【完成时限】8月底前\n'
        '2.新增停车泊位300个【配合单位：派出所；完成时限：6月底前】"\n'
    )
    pledges = commitments_of(parse(csv, "青河街道2035年重点工作.csv"))
    assert [p.text for p in pledges] == [
        "引进亿元以上项目3个",
        "新增规上企业5家",
        "改造背街小巷9条",
        "新增停车泊位300个",
    ]
    assert [_owners(p) for p in pledges] == [
        ("经济发展办公室", ["财政所"]),
        ("经济发展办公室", ["市场监管所"]),
        ("城管办", ["各社区"]),
        ("城管办", ["派出所"]),
    ]
    assert [p.deadline for p in pledges] == [
        D(2035, 10, 31),
        D(2035, 9, 30),
        D(2035, 8, 31),
        D(2035, 6, 30),
    ]


def test_the_same_brackets_label_a_text_list(parse):
    text = (
        "石桥镇2035年重点工作安排\n"
        "1、新建冷链仓储中心1个（牵头：经发办；配合：交通办，时限：6月底前）\n"
        "2、新增快递进村网点12个【责任单位】经发办【配合单位】邮政所【完成时限】11月底前\n"
    )
    cold, parcels = commitments_of(parse(text, year=2035))
    assert (cold.text, _owners(cold), cold.deadline) == (
        "新建冷链仓储中心1个",
        ("经济发展办公室", ["交通办"]),
        D(2035, 6, 30),
    )
    assert (parcels.text, _owners(parcels), parcels.deadline) == (
        "新增快递进村网点12个",
        ("经济发展办公室", ["邮政所"]),
        D(2035, 11, 30),
    )
