"""Kinds of fault the fourteenth blind set found in tables (tests/importer/blind14/, the fault
list in :mod:`tests.importer.test_blind14`), each written again in layouts and wordings of its
own: none of these tables copies the blind ones.

A 人大 民生实事 票决 result: candidates the vote turned down (票决结果 ``未当选``, 表决结果
``未通过``, 是否列入 ``否``, 状态 ``暂缓``) are no pledges; the votes (得票数, 赞成票) and an
estimate beside what the project builds and aims at (估算投资（万元）, 计划投资, 总投资 beside
建设内容及目标) are no targets; a table that runs over a page break under a page footer
(``第 1 页 共 2 页``) and repeats its header goes on as one table.

A 综合考核指标 workbook: a summary sheet (汇总: counts and scores per category) and a notes sheet
(填报说明) hold no pledges when other sheets hold the indicators; every indicator sheet is read;
the baseline (基数, 上年完成), the points (分值, 权重) and the method (考核方式, 评分标准) give
no targets; the year's value with its 单位 is the target (``≥96.5`` → 96.5 % ``>=``, ``0`` 起 of
accidents → 0 起), a value in words is a pledge without one; deadlines as date cells and as text.
"""

from __future__ import annotations

import csv
import datetime
import io
from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import pdf, xlsx

D = datetime.date


def _values(pledge) -> list[tuple[Decimal, str]]:
    return [(t.value, t.unit) for t in pledge.targets]


# -- a vote's result ---------------------------------------------------------------------

VOTE_HEADER = [
    "序号",
    "项目名称",
    "建设内容及目标",
    "估算投资（万元）",
    "牵头单位",
    "配合单位",
    "完成时限",
    "得票数",
    "票决结果",
]
#: five candidates before the page break, two after it; 3 and 7 turned down
VOTE_ROWS = [
    [
        "1",
        "社区嵌入式托育点建设",
        "在城东、城西两个片区新建社区托育点3个，提供普惠托位90个",
        "210",
        "社会事务办公室",
        "财政所",
        "2034年9月30日前",
        "41",
        "当选",
    ],
    [
        "2",
        "背街小巷路面硬化",
        "硬化背街小巷路面8.2公里，同步安装太阳能路灯150盏",
        "380",
        "经济发展办公室",
        "各社区",
        "2034年11月30日前",
        "39",
        "当选",
    ],
    [
        "3",
        "智慧停车场建设",
        "新建智慧停车场1处，设置停车泊位200个",
        "900",
        "经济发展办公室",
        "自然资源所",
        "2034年12月31日前",
        "15",
        "未当选",
    ],
    [
        "4",
        "山塘清淤扩容",
        "清淤整治病险山塘9口，新增蓄水能力4万立方米",
        "120",
        "水利站",
        "应急管理办公室",
        "2034年5月31日前",
        "44",
        "当选",
    ],
    [
        "5",
        "老年助餐点提质",
        "改造老年助餐点6个，全年为高龄老人助餐1.5万人次",
        "75",
        "社会事务办公室",
        "各社区",
        "2034年6月30日前",
        "40",
        "当选",
    ],
]
VOTE_ROWS_AFTER_BREAK = [
    [
        "6",
        "全民健身步道建设",
        "沿滨河新建健身步道3.6公里，配置健身路径12套",
        "160",
        "文化站",
        "生态环境办公室",
        "2034年10月31日前",
        "37",
        "当选",
    ],
    [
        "7",
        "农村电商服务站",
        "新建村级电商服务站10个",
        "50",
        "经济发展办公室",
        "财政所",
        "2034年12月31日前",
        "12",
        "暂缓",
    ],
    ["", "合计（当选项目）", "", "945", "", "", "", "", ""],
]
VOTE_TITLE = "关于枫林街道2034年民生实事项目票决结果的公告"
VOTE_INTRO = (
    "枫林街道居民议事会于2034年1月9日对街道办事处提出的7个民生实事候选项目进行了票决，"
    "得票超过应到代表半数的项目当选。现将票决结果公告如下："
)


def _vote_pdf() -> bytes:
    """The notice as a PDF: a ruled table that runs over the page break, the page footer
    between its halves and its header repeated on page 2."""
    return pdf(
        [
            ("line", VOTE_TITLE),
            ("line", VOTE_INTRO),
            ("table", [VOTE_HEADER, *VOTE_ROWS]),
            ("line", "第 1 页 共 2 页"),
            ("page", None),
            ("table", [VOTE_HEADER, *VOTE_ROWS_AFTER_BREAK]),
            ("line", "注：得票数为赞成票数，未当选和暂缓项目不列入2034年民生实事项目。"),
            ("line", "第 2 页 共 2 页"),
        ]
    )


def _vote_docx() -> bytes:
    """The same result as a Word table in another wording: 计划投资 beside the content and
    goal, 赞成票 and 表决结果 (``通过``/``未通过``/``取消``), no 配合单位 column."""
    import docx

    header = [
        "序号",
        "项目名称",
        "主要建设内容及目标",
        "计划投资（万元）",
        "责任单位",
        "完成时限",
        "赞成票",
        "表决结果",
    ]
    verdicts = {"当选": "通过", "未当选": "未通过", "暂缓": "取消"}
    rows = [
        [r[0], r[1], r[2], r[3], r[4], r[6], r[7], verdicts[r[8]]]
        for r in [*VOTE_ROWS, *VOTE_ROWS_AFTER_BREAK[:2]]
    ]
    document = docx.Document()
    document.add_paragraph(VOTE_TITLE)
    document.add_paragraph(VOTE_INTRO)
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    for row, values in zip(table.rows, [header, *rows], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _vote_csv() -> bytes:
    """The result as a CSV export: 项目目标 beside 总投资, and 是否列入 ``是``/``否``."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["项目名称", "项目目标", "总投资（万元）", "牵头单位", "完成时限", "是否列入"])
    for r in [*VOTE_ROWS, *VOTE_ROWS_AFTER_BREAK[:2]]:
        writer.writerow([r[1], r[2], r[3], r[4], r[6], "否" if r[8] != "当选" else "是"])
    return buffer.getvalue().encode("utf-8")


VOTE_LAYOUTS = {
    "a PDF over two pages, its header repeated under a page footer": (
        _vote_pdf,
        "枫林街道民生实事票决结果.pdf",
    ),
    "a Word table with 计划投资, 赞成票 and 表决结果": (_vote_docx, "票决结果.docx"),
    "a CSV with 总投资 and 是否列入": (_vote_csv, "枫林街道2034年民生实事票决.csv"),
}


@pytest.mark.parametrize("layout", VOTE_LAYOUTS)
def test_a_vote_result_pledges_the_projects_it_chose_without_their_cost_or_votes(parse, layout):
    build, name = VOTE_LAYOUTS[layout]
    pledges = commitments_of(parse(build(), name))
    # the turned-down candidates (停车场, 电商服务站), the 合计 row and the repeated header are
    # no pledges; the row after the page break is one of its own
    assert [p.text.split("，")[0] for p in pledges] == [
        "社区嵌入式托育点建设",
        "背街小巷路面硬化",
        "山塘清淤扩容",
        "老年助餐点提质",
        "全民健身步道建设",
    ]
    # the targets are the content's; no 万元 estimate, no count of votes
    assert [_values(p) for p in pledges] == [
        [(Decimal(3), "个"), (Decimal(90), "个")],
        [(Decimal("8.2"), "公里"), (Decimal(150), "盏")],
        [(Decimal(9), "口"), (Decimal(4), "万立方米")],
        [(Decimal(6), "个"), (Decimal("1.5"), "万人次")],
        [(Decimal("3.6"), "公里"), (Decimal(12), "套")],
    ]
    assert [p.deadline for p in pledges] == [
        D(2034, 9, 30),
        D(2034, 11, 30),
        D(2034, 5, 31),
        D(2034, 6, 30),
        D(2034, 10, 31),
    ]
    assert [p.owner for p in pledges] == [
        "社会事务办公室",
        "经济发展办公室",
        "水利站",
        "社会事务办公室",
        "文化站",
    ]


def test_a_task_table_runs_on_under_a_page_footer_that_spaces_its_words(parse):
    """``第 1 页 共 2 页`` (spaced, as a word processor's footer field writes it) between the
    halves of a table is page furniture: the rows after it go on numbering the same table."""
    header = ["序号", "工作任务", "责任单位", "完成时间"]
    data = pdf(
        [
            ("line", "石岭镇2034年为民办实事任务清单"),
            (
                "table",
                [
                    header,
                    ["1", "新建农村公厕8座", "生态环境办公室", "2034年6月底前"],
                    ["2", "改造农村危房25户", "经济发展办公室", "2034年9月底前"],
                ],
            ),
            ("line", "第 1 页 共 2 页"),
            ("page", None),
            ("table", [header, ["3", "开展送戏下乡演出30场", "文化站", "2034年11月底前"]]),
            ("line", "第 2 页 共 2 页"),
        ]
    )
    pledges = commitments_of(parse(data, "任务清单.pdf"))
    assert [(p.code, p.owner, _values(p)) for p in pledges] == [
        ("2034-01-01", "生态环境办公室", [(Decimal(8), "座")]),
        ("2034-01-02", "经济发展办公室", [(Decimal(25), "户")]),
        ("2034-01-03", "文化站", [(Decimal(30), "场")]),
    ]


def test_a_money_column_beside_a_name_alone_is_still_the_items_money(parse):
    """Without a column that states what the project builds or aims at, the money column is
    what the row pledges (``计划投资：680万元``), as before."""
    text = (
        "2034年重点项目投资计划\n"
        "| 序号 | 项目名称 | 计划投资（万元） | 牵头单位 | 完成时限 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 城南污水处理厂提标改造 | 680 | 生态环境办公室 | 2034年10月底前 |\n"
        "| 2 | 农贸市场升级改造 | 260 | 经济发展办公室 | 2034年12月底前 |\n"
    )
    pledges = commitments_of(parse(text, "投资计划.md"))
    assert [_values(p) for p in pledges] == [[(Decimal(680), "万元")], [(Decimal(260), "万元")]]


def test_a_verdict_that_chose_the_row_keeps_it_and_a_status_column_turns_down_a_deferred_one(
    parse,
):
    text = (
        "2034年为民办实事项目\n"
        "| 项目名称 | 年度目标 | 责任单位 | 项目状态 |\n"
        "| --- | --- | --- | --- |\n"
        "| 农村饮水巩固提升 | 改造供水管网12公里 | 水利站 | 实施中 |\n"
        "| 乡村学校少年宫 | 新建少年宫2所 | 文化站 | 暂缓实施 |\n"
        "| 村级卫生室标准化 | 改造村卫生室5个 | 社会事务办公室 | 已列入 |\n"
    )
    pledges = commitments_of(parse(text, "实事项目.md"))
    assert [p.text.split("，")[0] for p in pledges] == ["农村饮水巩固提升", "村级卫生室标准化"]


# -- an indicator workbook ---------------------------------------------------------------

INDICATOR_HEADER = [
    "序号",
    "考核指标",
    "上年完成",
    "2034年目标值",
    "单位",
    "权重",
    "责任科室",
    "配合科室",
    "完成时限",
    "评分标准",
]


def _indicator_sheet(category: str, rows: list[list[object]]) -> list[list[object]]:
    width = len(INDICATOR_HEADER)
    return [
        [f"枫林街道2034年度目标管理考核指标（{category}）"] * width,
        ["填报单位：街道考核办", "", "", "", "", "", "", "", "填报日期：2034年1月20日", ""],
        INDICATOR_HEADER,
        *rows,
        ["小计", "", "", "", "", sum(r[5] for r in rows), "", "", "", ""],
        [""] * width,
        ["审核人：周明  填表人：李芳  联系电话：0571-8870123"] + [""] * (width - 1),
    ]


GROWTH = [
    [
        1,
        "一般公共预算收入增长率",
        6.8,
        7,
        "%",
        10,
        "财政所",
        "",
        D(2034, 12, 31),
        "每低1个百分点扣1分",
    ],
    [
        2,
        "新招引亿元以上项目",
        2,
        "≥3",
        "个",
        15,
        "经济发展办公室",
        "自然资源所、财政所",
        "2034年11月30日前",
        "少1个扣5分",
    ],
    [
        3,
        "新改建农村公路",
        9.5,
        12,
        "公里",
        10,
        "经济发展办公室",
        "应急管理办公室",
        "二季度开工，9月底前完工",
        "以验收为准",
    ],
]
SAFETY = [
    [
        1,
        "一般及以上生产安全事故",
        0,
        0,
        "起",
        20,
        "应急管理办公室",
        "各社区",
        D(2034, 12, 31),
        "发生即扣分",
    ],
    [
        2,
        "城乡居民医保参保率",
        96.1,
        "≥97",
        "%",
        10,
        "社会事务办公室",
        "各社区",
        D(2034, 3, 31),
        "按县反馈",
    ],
    [
        3,
        "森林火灾隐患整治",
        "—",
        "隐患动态清零",
        "—",
        10,
        "应急管理办公室",
        "林业站",
        "2034年春季",
        "暗访抽查",
    ],
]
SUMMARY = [
    ["枫林街道2034年度目标管理考核指标汇总表", "", "", ""],
    ["类别", "指标数（项）", "分值", "备注"],
    ["经济发展类", 3, 35, "详见“经济发展”表"],
    ["平安民生类", 3, 40, "详见“平安民生”表"],
    ["合计", 6, 75, ""],
]
NOTES = [
    ["填写说明"],
    ["1. “上年完成”为2033年实绩，仅作参考；“2034年目标值”为考核目标。"],
    ["2. 各科室每月5日前报送上月完成情况，全年新增指标不超过2项。"],
    ["联系人：李芳  联系电话：0571-8870123"],
]


def _workbook(summary_name: str, notes_name: str, date_format: str | None) -> bytes:
    import openpyxl

    sheets = {
        summary_name: SUMMARY,
        "经济发展": _indicator_sheet("经济发展类", GROWTH),
        "平安民生": _indicator_sheet("平安民生类", SAFETY),
        notes_name: NOTES,
    }
    merges = {name: ["A1:J1"] for name in ("经济发展", "平安民生")} | {summary_name: ["A1:D1"]}
    data = xlsx(sheets, merges)
    if date_format is None:
        return data
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, datetime.datetime):
                    cell.number_format = date_format
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WORKBOOKS = {
    "汇总 first, 填报说明 last, dates formatted yyyy年m月d日": ("汇总", "填报说明", "yyyy年m月d日"),
    "总表 first, 说明 last, dates in the default format": ("指标总表", "说明", None),
    "summary and notes sheets under default names": ("Sheet1", "Sheet4", None),
}


@pytest.mark.parametrize("layout", WORKBOOKS)
def test_an_indicator_workbook_pledges_each_indicator_sheet_and_not_its_summary(parse, layout):
    pledges = commitments_of(parse(_workbook(*WORKBOOKS[layout]), "目标管理考核指标.xlsx"))
    # every indicator, from both sheets; nothing from the summary, the notes, the 小计 rows or
    # the signatures
    assert [p.text[:6] for p in pledges] == [
        "一般公共预算",
        "新招引亿元以",
        "新改建农村公",
        "一般及以上生",
        "城乡居民医保",
        "森林火灾隐患",
    ]
    # the year's value with its unit; no baseline (上年完成), points (权重) or method (评分标准);
    # a value in words pledges without a target
    assert [[(t.value, t.unit, t.comparator) for t in p.targets] for p in pledges] == [
        [(Decimal(7), "%", ">=")],
        [(Decimal(3), "个", ">=")],
        [(Decimal(12), "公里", ">=")],
        [(Decimal(0), "起", "<=")],
        [(Decimal(97), "%", ">=")],
        [],
    ]
    # date cells, a date in words, 9月底前完工 after its 二季度 start, a season
    assert [p.deadline for p in pledges] == [
        D(2034, 12, 31),
        D(2034, 11, 30),
        D(2034, 9, 30),
        D(2034, 12, 31),
        D(2034, 3, 31),
        D(2034, 5, 31),
    ]
    assert [(p.owner, p.co_owners) for p in pledges][1:3] == [
        ("经济发展办公室", ["自然资源所", "财政所"]),
        ("经济发展办公室", ["应急管理办公室"]),
    ]


def test_a_workbook_whose_only_task_sheet_is_named_a_summary_is_still_read(parse):
    """A 汇总表 that holds the tasks themselves, beside a notes sheet: it is the plan."""
    rows = [
        ["2034年重点工作任务汇总表", "", "", ""],
        ["序号", "工作任务", "牵头单位", "完成时限"],
        [1, "新建村级养老服务站4个", "社会事务办公室", "2034年10月底前"],
        [2, "完成山塘除险加固6座", "水利站", "2034年汛期前"],
    ]
    data = xlsx({"任务汇总表": rows, "填报说明": NOTES}, {"任务汇总表": ["A1:D1"]})
    pledges = commitments_of(parse(data, "重点工作.xlsx"))
    assert [_values(p) for p in pledges] == [[(Decimal(4), "个")], [(Decimal(6), "座")]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在临水路段设置警示标志60块，安装减速带24条。", [("60", "块"), ("24", "条")]),
        ("为沿河各村配备冲锋舟3艘、救生衣200件。", [("3", "艘"), ("200", "件")]),
        ("新建水厂一座，新增供水能力800立方米/日。", [("800", "立方米/日")]),
        ("新增污水处理能力1.2万吨/日。", [("1.2", "万吨/日")]),
    ],
)
def test_a_content_cells_measures_are_its_targets(text, expected):
    """The measures a 建设内容 cell counts in: 块 and 艘, and a capacity a day as one unit."""
    from commitments.importer.targets import find_targets

    found = [(str(t.value), t.unit) for t in find_targets(text, text)]
    assert [f for f in found if f[1] != "座"] == expected
