"""Task tables as 任务分解 and 民生实事 lists are really published (issue 12, SPEC §3):
flattened into text (Markdown, ``|`` rows, tab rows, one cell per line), and in
spreadsheets (.xlsx with title rows, merged cells and several sheets; .csv in
UTF-8, UTF-8 with BOM and GBK). Each row is one commitment whose explicit
columns win; progress and remarks columns are never a pledge or a target."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx
from tests.importer.unseen import day, targets_of


def source_of(parsed, commitment) -> str:
    return parsed.source_text[commitment.start : commitment.end]


# -- tables flattened into text ------------------------------------------------


def test_it_reads_one_cell_per_line_with_a_progress_column(parse):
    text = (
        "序号\n目标任务\n牵头单位\n完成情况\n1\n建成高标准农田2万亩。\n农业股\n"
        "1、已完成1.2万亩。2、其余地块正在施工。\n"
    )
    parsed = parse(text, year=2025)
    doc = parsed.documents[0]
    (only,) = commitments_of(parsed)
    assert only.text == "建成高标准农田2万亩。"
    assert (only.owner, only.owner_source) == ("农业股", "explicit")  # kept as written
    assert targets_of(only) == [(Decimal(2), "万亩", ">=")]
    assert len(doc.sections) == 1 and "已完成" not in doc.sections[0].title
    assert source_of(parsed, only) == only.text


def test_it_reads_pipe_rows_under_a_title(parse):
    text = (
        "2025年民生实事项目表\n|序号|项目内容|责任单位|完成时间|\n"
        "|1|新建幼儿园2所|县教育局|2025年8月|\n|2|改造老旧小区3个|县住建局|2025年11月|\n"
    )
    parsed = parse(text)
    doc = parsed.documents[0]
    kindergartens, estates = commitments_of(parsed)
    assert doc.plan_year == 2025 and doc.title == "2025年民生实事项目表"
    assert (kindergartens.text, estates.text) == ("新建幼儿园2所", "改造老旧小区3个")
    assert (kindergartens.owner, estates.owner) == ("县教育局", "县住建局")
    assert (kindergartens.deadline, estates.deadline) == (day("2025-08-31"), day("2025-11-30"))
    assert targets_of(estates) == [(Decimal(3), "个", ">=")]
    assert [source_of(parsed, c) for c in (kindergartens, estates)] == [
        "新建幼儿园2所",
        "改造老旧小区3个",
    ]


def test_it_reads_a_markdown_table_with_headings_and_co_owners(parse):
    text = (
        "# 城关镇2025年重点工作任务清单\n\n"
        "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 | 备注 |\n"
        "| :--: | --- | --- | --- | --- | --- |\n"
        "| **一、产业发展** | | | | | |\n"
        "| 1 | 新建设施大棚50栋 | 农业农村办 | 财政所、各村 | 6月底前 | 续建 |\n"
        "| 2 | 完成固定资产投资3.5亿元 | 经发办 | | 年底前 | 全年目标5亿元 |\n"
        "| **二、民生保障** | | | | | |\n"
        "| 3 | 城乡居民医保参保率达到95%以上 | 社会事务办 | 各村 | 三季度末 | |\n"
    )
    parsed = parse(text, "tasks.md")
    doc = parsed.documents[0]
    assert doc.title == "城关镇2025年重点工作任务清单" and doc.plan_year == 2025
    assert [s.title for s in doc.sections] == ["产业发展", "民生保障"]
    sheds, invest, insurance = commitments_of(parsed)
    assert (sheds.owner, sheds.co_owners, sheds.deadline) == (
        "农业农村办公室",
        ["财政所", "各村"],
        day("2025-06-30"),
    )
    assert targets_of(invest) == [(Decimal("3.5"), "亿元", ">=")]  # not the 5亿元 of the remark
    assert (insurance.owner, insurance.deadline) == ("社会事务办公室", day("2025-09-30"))
    assert targets_of(insurance) == [(Decimal(95), "%", ">=")]
    for c in (sheds, invest, insurance):
        assert source_of(parsed, c) == c.text


def test_it_reads_pipe_rows_without_outer_pipes(parse):
    text = (
        "关于印发《白河乡2025年为民办实事项目》的通知\n"
        "各村、乡直各单位：现将项目印发给你们，请认真抓好落实。\n"
        "编号|实事项目|责任单位|时间节点\n"
        "1|新建村级养老服务站2处|社会事务办|10月底前\n"
        "2|实施农村饮水安全巩固提升工程，解决3200人饮水问题|水利站、财政所|11月中旬\n"
        "3|硬化通组道路15公里|交通运输管理站|年内\n"
    )
    parsed = parse(text)
    care, water, roads = commitments_of(parsed)
    assert parsed.documents[0].plan_year == 2025
    assert (care.owner, care.deadline) == ("社会事务办公室", day("2025-10-31"))
    assert (water.owner, water.co_owners) == ("水利站", ["财政所"])
    assert water.deadline == day("2025-11-20")
    assert targets_of(roads) == [(Decimal(15), "公里", ">=")]
    assert roads.deadline == day("2025-12-31")


def test_it_reads_tab_separated_rows_in_gbk(parse):
    text = (
        "青山镇2025年重点项目推进表\r\n"
        "序号\t项目名称\t责任单位\t责任领导\t完成时间\t目前进展\r\n"
        "1\t建设农产品冷链物流中心1个\t经发办\t周明\t2025年9月底\t已完成选址\r\n"
        "2\t改造提升农贸市场2个\t便民服务中心\t周明\t2025年6月\t\r\n"
    )
    parsed = parse(text.encode("gbk"), "projects.txt")
    assert parsed.source_text == text
    cold, market = commitments_of(parsed)
    assert (cold.text, cold.official, cold.deadline) == (
        "建设农产品冷链物流中心1个",
        "周明",
        day("2025-09-30"),
    )
    assert (market.owner, market.deadline) == ("便民服务中心", day("2025-06-30"))
    assert targets_of(market) == [(Decimal(2), "个", ">=")]
    assert source_of(parsed, market) == market.text


def test_it_reads_one_cell_per_line_with_blank_lines_headings_and_multi_line_cells(parse):
    text = (
        "2025年度城北街道重点工作任务分解\n\n"
        "序号\n\n工作任务\n\n责任单位\n\n完成时限\n\n推进情况\n\n"
        "一、经济发展\n\n"
        "1\n\n新增市场主体300户\n\n经发办\n\n12月底前\n\n"
        "已新增120户\n\n另有45户正在办理\n\n"
        "2\n\n完成招商引资到位资金8亿元\n\n经发办\n\n年底前\n\n已到位3亿元\n\n"
        "二、社会治理\n\n"
        "3\n\n化解信访积案10件\n\n综治中心\n\n三季度末\n\n已化解4件\n"
    )
    parsed = parse(text)
    doc = parsed.documents[0]
    assert [s.title for s in doc.sections] == ["经济发展", "社会治理"]
    assert [c.text for c in doc.commitments()] == [
        "新增市场主体300户",
        "完成招商引资到位资金8亿元",
        "化解信访积案10件",
    ]
    firms, money, petitions = doc.commitments()
    assert targets_of(firms) == [(Decimal(300), "户", ">=")]
    assert targets_of(money) == [(Decimal(8), "亿元", ">=")]
    assert petitions.deadline == day("2025-09-30")
    assert all("已" not in c.text for c in doc.commitments())


# -- spreadsheets -------------------------------------------------------------


TASK_SHEET = [
    ["2025年城关镇重点工作任务台账"],
    ["序号", "工作任务", "牵头单位", "配合单位", "责任领导", "完成时限", "进度", "备注"],
    ["一、产业发展"],
    [
        1,
        "新建标准化厂房3万平方米",
        "经发办",
        "财政所、自然资源所",
        "张三",
        "2025年10月底",
        "已完成60%",
        "市级重点",
    ],
    [2, "引进亿元以上项目5个", None, None, "张三", "年底前", "已签约3个", None],
    ["二、民生保障"],
    [3, "改造农村危房120户", "社会事务办", "各村", "李四", "6月底前", "已完成80户", None],
    [4, "新增城镇就业岗位300个", "社会事务办", None, "李四", "年底前", None, "含公益性岗位40个"],
]


def test_it_reads_a_ledger_with_a_title_row_and_merged_cells(parse):
    data = xlsx({"台账": TASK_SHEET}, merges={"台账": ["A1:H1", "A3:H3", "A6:H6", "C4:C5"]})
    parsed = parse(data, "ledger.xlsx")
    doc = parsed.documents[0]
    assert (doc.title, doc.plan_year) == ("2025年城关镇重点工作任务台账", 2025)
    assert [s.title for s in doc.sections] == ["产业发展", "民生保障"]
    plants, projects, houses, jobs = doc.commitments()
    assert (plants.owner, plants.co_owners, plants.official) == (
        "经济发展办公室",
        ["财政所", "自然资源所"],
        "张三",
    )
    assert plants.deadline == day("2025-10-31")
    assert targets_of(plants) == [(Decimal(3), "万平方米", ">=")]  # not the 60% of progress
    assert projects.owner == "经济发展办公室"  # the unit merged down over two rows
    assert (houses.owner, houses.deadline) == ("社会事务办公室", day("2025-06-30"))
    assert targets_of(jobs) == [(Decimal(300), "个", ">=")]  # not the 40 of the remark
    assert all("已" not in c.text for c in doc.commitments())


def test_it_reads_several_sheets_as_sections_and_dates_as_deadlines(parse):
    header = ["序号", "项目内容", "责任单位", "完成时间"]
    data = xlsx(
        {
            "教育": [header, [1, "新建幼儿园2所", "社会事务办", datetime.datetime(2025, 8, 31)]],
            "交通": [
                header,
                [1, "硬化村组道路20公里", "交通运输管理站", datetime.datetime(2025, 11, 30)],
                [2, "新建候车亭8个", "交通运输管理站", "三季度末"],
            ],
            "填表说明": [["本表由各责任单位每月5日前更新。"]],
        }
    )
    parsed = parse(data, "2025年民生实事.xlsx", year=2025)
    doc = parsed.documents[0]
    assert doc.title == "2025年民生实事"  # no title row: the file's name
    assert [s.title for s in doc.sections] == ["教育", "交通"]
    assert [len(s.commitments) for s in doc.sections] == [1, 2]
    school, roads, shelters = doc.commitments()
    assert school.deadline == day("2025-08-31") and roads.deadline == day("2025-11-30")
    assert shelters.deadline == day("2025-09-30")
    assert targets_of(roads) == [(Decimal(20), "公里", ">=")]


def test_it_reads_a_two_row_header_and_skips_hidden_sheets(parse):
    import io

    import openpyxl

    data = xlsx(
        {
            "Sheet1": [
                ["2025年河口镇民生实事分解表"],
                ["序号", "工作内容", "责任单位", None, "完成时限"],
                [None, None, "牵头单位", "配合单位", None],
                [1, "改造提升村卫生室8所", "社会事务办", "财政所", "上半年"],
                [2, "新建农村公厕15座", "农业农村办", "各村", "10月底前"],
            ],
            "下拉选项": [["经发办"], ["社会事务办"]],
        },
        merges={"Sheet1": ["A1:E1", "C2:D2", "A2:A3", "B2:B3", "E2:E3"]},
    )
    book = openpyxl.load_workbook(io.BytesIO(data))
    book["下拉选项"].sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    parsed = parse(buffer.getvalue(), "minsheng.xlsx")
    doc = parsed.documents[0]
    clinics, toilets = doc.commitments()
    assert (clinics.owner, clinics.co_owners, clinics.deadline) == (
        "社会事务办公室",
        ["财政所"],
        day("2025-06-30"),
    )
    assert toilets.owner == "农业农村办公室" and toilets.deadline == day("2025-10-31")
    assert any("下拉选项" in w for w in doc.warnings)  # skipped, and said so


CSV_TEXT = (
    "2025年石桥镇重点工作任务清单,,,,\n"
    "序号,目标任务,责任单位,完成时限,完成情况\n"
    '1,"新建光伏电站5兆瓦，年底前并网发电",经发办,12月底前,"1、已完成选址。\n2、正在招标。"\n'
    "2,新增农村公益性岗位40个,社会事务办,6月底前,\n"
)


def test_it_reads_csv_in_utf8_with_a_bom_and_a_multi_line_progress_cell(parse):
    parsed = parse(b"\xef\xbb\xbf" + CSV_TEXT.encode("utf-8"), "tasks.csv")
    doc = parsed.documents[0]
    assert doc.plan_year == 2025
    solar, jobs = doc.commitments()
    assert solar.text == "新建光伏电站5兆瓦，年底前并网发电"
    assert targets_of(solar) == [(Decimal(5), "兆瓦", ">=")]
    assert (jobs.owner, jobs.deadline) == ("社会事务办公室", day("2025-06-30"))
    assert len(doc.sections) == 1 and "招标" not in doc.sections[0].title


def test_it_reads_csv_in_gbk_and_with_semicolons(parse):
    gbk = parse(CSV_TEXT.encode("gbk"), "tasks-gbk.csv")
    assert [c.text for c in gbk.documents[0].commitments()] == [
        "新建光伏电站5兆瓦，年底前并网发电",
        "新增农村公益性岗位40个",
    ]
    semicolons = parse(
        "序号;工作任务;责任单位;完成时限\n1;改造村道5公里;交通运输管理站;9月底前\n",
        "t.csv",
        year=2025,
    )
    (roads,) = semicolons.documents[0].commitments()
    assert roads.owner == "交通运输管理站"
    assert roads.deadline == day("2025-09-30")


def test_the_command_imports_a_csv_ledger(departments, tmp_path):
    import io

    from django.core.management import call_command

    from commitments.models import Commitment

    path = tmp_path / "ledger.csv"
    path.write_bytes(CSV_TEXT.encode("gbk"))
    out = io.StringIO()
    call_command("import_plan", str(path), stdout=out)
    assert "新建 2" in out.getvalue()
    jobs = Commitment.objects.get(text="新增农村公益性岗位40个")
    assert jobs.deadline == datetime.date(2025, 6, 30)


def test_owner_columns_may_call_units_offices_科室_or_股室(parse):
    # A county-style ledger heads its owner columns 牵头科室/协同股室/配合处室: the same
    # columns as 牵头单位/配合单位, so the units written there own the pledge as written.
    for lead, co in (("牵头科室", "协同科室"), ("责任股室", "配合股室"), ("主办处室", "协办处室")):
        text = (
            f"量化指标,重点任务,序号,{lead},时间节点,{co}\n"
            "新增就业岗位300个,扩大就业,1,县人社局,6月底前,社会事务办公室、县供电公司\n"
        )
        (item,) = parse(text.encode("utf-8"), "t.csv", year=2026).documents[0].commitments()
        assert item.owner == "县人社局", (lead, item.owner)
        assert item.co_owners == ["社会事务办公室", "县供电公司"], (co, item.co_owners)
        assert item.deadline == day("2026-06-30")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (
            "2029年重点任务台账.csv",
            "序号,任务内容,牵头单位,完成时限\n1,完成道路硬化5公里,规划建设办,三季度\n",
        ),
        (
            "青山镇2029年第一批督办事项清单.csv",
            "编号;督办事项;责任单位;完成时间\n1;完成道路硬化5公里;规划建设办;2029年9月底\n",
        ),
        (
            "督办.csv",
            "序号,任务内容,牵头单位,完成时限\n1,完成道路硬化5公里,规划建设办,2029年9月底\n",
        ),
        (
            "任务.csv",
            "青山镇2029年重点任务台账,,,\n序号,任务内容,牵头单位,完成时限\n"
            "1,完成道路硬化5公里,规划建设办,三季度\n",
        ),
    ],
)
def test_a_ledger_of_one_row_keeps_its_task_apart_from_its_title(parse, name, content):
    """A row's ``1、`` rendered under a title is no page-break marker: the title does not
    swallow the only task, whose text stays whole."""
    parsed = parse(content.encode("utf-8"), name)
    (pledge,) = commitments_of(parsed)
    assert pledge.text == "完成道路硬化5公里"
    assert "完成道路" not in parsed.documents[0].title
    assert pledge.deadline == day("2029-09-30")
