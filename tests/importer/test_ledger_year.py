"""A ledger's plan year when no ``--year`` is given (sixth blind set, 02; fifth set's fixer):
the title's year first, then a year the file's name writes as a year, then the year most of
the dated deadline cells agree on — with a warning naming where it came from when it is not
the title. Each layout below is written for this rule; none copies a blind document."""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

import pytest
from django.core.management import call_command

from commitments.importer.plan_year import deadline_cells_year, file_name_year
from commitments.models import Plan
from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx
from tests.importer.word_documents import document, table


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def _from_name(doc) -> bool:
    return any("文件名" in w for w in doc.warnings)


def _from_deadlines(doc) -> bool:
    return any("取自完成时限" in w for w in doc.warnings)


def _no_year(doc) -> bool:
    return doc.plan_year is None and any("--year" in w for w in doc.warnings)


# -- dated deadline cells decide when nothing else does --------------------------------------

NO_TITLE = {
    "CSV, columns in an odd order, dates in three formats": (
        "完成时间,工作事项,责任单位,编号\n"
        "2029年4月底,新建污水管网8公里,规划建设办,1\n"
        "三季度,改造农村公路危桥3座,交通站,2\n"
        "2029-10-31,完成危房改造40户,社会事务办公室,3\n"
        "年底前,新增就业岗位200个,社会事务办公室,4\n"
        "2029/6/15,建成冷链仓储中心1个,经济发展办公室,5\n"
    ),
    "semicolons, dotted dates and 底前 wording, a spill into the next year": (
        "序号;任务内容;牵头单位;配合单位;时间节点\n"
        "1;新建污水管网8公里;规划建设办;各村;2029.4.30\n"
        "2;改造农村公路危桥3座;交通站;;第三季度\n"
        "3;完成危房改造40户;社会事务办公室;财政所;2029年10月底前\n"
        "4;新增就业岗位200个;社会事务办公室;;年内\n"
        "5;建成冷链仓储中心1个;经济发展办公室;;2030年3月底\n"
        "6;完成农田水利整治5处;农业农村办公室;;2029年11月\n"
    ),
}


@pytest.mark.parametrize("layout", list(NO_TITLE))
def test_a_ledger_without_a_title_takes_the_year_its_dated_cells_agree_on(parse, layout):
    parsed = parse(NO_TITLE[layout].encode("utf-8"), "ledger.csv")
    doc = parsed.documents[0]
    assert doc.plan_year == 2029 and _from_deadlines(doc) and not _from_name(doc)
    by_text = {c.text[:6]: c.deadline for c in commitments_of(parsed)}
    assert by_text["改造农村公路"] == day("2029-09-30")  # 三季度 of the plan year
    assert by_text["新增就业岗位"] == day("2029-12-31")
    assert all(c.code.startswith("2029-") for c in commitments_of(parsed))
    if "建成冷链仓储" in by_text and "2030" in NO_TITLE[layout]:
        assert by_text["建成冷链仓储"] == day("2030-03-31")  # the spill keeps its own year


def test_a_ledger_with_no_dated_cell_still_has_no_year(parse):
    text = (
        "序号,任务内容,牵头单位,完成时限\n"
        "1,新建村级综合服务中心2个,党政综合办公室,三季度\n"
        "2,开展矛盾纠纷排查化解,平安办,长期\n"
        "3,完成道路硬化5公里,规划建设办,年底前\n"
    )
    parsed = parse(text.encode("utf-8"), "renwu.csv")
    doc = parsed.documents[0]
    assert _no_year(doc) and not _from_deadlines(doc)
    assert [c.deadline for c in commitments_of(parsed)] == [None, None, None]


def test_dated_cells_split_evenly_give_no_year(parse):
    """A three-year ledger (one task per year) is not a one-year plan: ``--year`` decides."""
    text = (
        "序号,任务内容,牵头单位,完成时限\n"
        "1,新建村级综合服务中心2个,党政综合办公室,2028年底\n"
        "2,完成道路硬化5公里,规划建设办,2029年底\n"
        "3,新建污水处理站1座,规划建设办,年底前\n"
    )
    doc = parse(text.encode("utf-8"), "santian.csv").documents[0]
    assert _no_year(doc)


def test_xlsx_sheets_without_titles_pool_their_dated_cells(parse):
    header = ["序号", "工作任务", "责任单位", "完成时限"]
    data = xlsx(
        {
            "经济发展": [
                header,
                [1, "新增规上企业3家", "经济发展办公室", datetime.date(2029, 11, 30)],
                [2, "招引项目5个", "经济发展办公室", "一季度"],
            ],
            "社会事业": [
                header,
                [1, "新建幼儿园1所", "社会事务办公室", "2029年8月底前"],
                [2, "改造村卫生室4个", "社会事务办公室", "上半年"],
            ],
        }
    )
    parsed = parse(data, "ledger.xlsx")
    doc = parsed.documents[0]
    assert doc.plan_year == 2029 and _from_deadlines(doc)
    deadlines = {c.text: c.deadline for c in commitments_of(parsed)}
    assert deadlines["招引项目5个"] == day("2029-03-31")
    assert deadlines["改造村卫生室4个"] == day("2029-06-30")


# -- the title first, then the file's name ----------------------------------------------------


def test_the_title_row_wins_over_the_file_name_and_the_cells(parse):
    text = (
        "青山镇2029年民生实事台账,,,\n"
        "序号,任务内容,牵头单位,完成时限\n"
        "1,新建村级综合服务中心2个,党政综合办公室,2030年3月底\n"
        "2,完成道路硬化5公里,规划建设办,三季度\n"
    )
    parsed = parse(text.encode("utf-8"), "2031年台账.csv")
    doc = parsed.documents[0]
    assert doc.plan_year == 2029
    assert not _from_name(doc) and not _from_deadlines(doc)
    assert commitments_of(parsed)[1].deadline == day("2029-09-30")


@pytest.mark.parametrize(
    "name",
    [
        "2029年重点任务台账.xlsx",
        "重点任务台账_2029.xlsx",
        "台账（2029）.xlsx",
        "2029 重点任务.xlsx",
    ],
)
def test_a_title_row_without_a_year_falls_back_to_the_file_name(parse, name):
    data = xlsx(
        {
            "Sheet1": [
                ["青山镇重点任务推进台账"],
                ["序号", "工作任务", "牵头单位", "完成时间"],
                [1, "新增规上企业3家", "经济发展办公室", "2030年1月底"],  # the cells say 2030
                [2, "改造村卫生室4个", "社会事务办公室", "上半年"],
            ]
        }
    )
    parsed = parse(data, name)
    doc = parsed.documents[0]
    assert doc.title == "青山镇重点任务推进台账"
    assert doc.plan_year == 2029 and _from_name(doc) and not _from_deadlines(doc)
    assert commitments_of(parsed)[1].deadline == day("2029-06-30")


def test_a_ledger_titled_by_its_file_name_says_so(parse):
    text = (
        "序号,任务内容,牵头单位,完成时限\n"
        "1,完成道路硬化5公里,规划建设办,三季度\n"
        "2,新建村级综合服务中心2个,党政综合办公室,2030年3月底\n"
    )
    parsed = parse(text.encode("utf-8"), "2029年重点任务台账.csv")
    doc = parsed.documents[0]
    assert doc.title == "2029年重点任务台账"
    assert doc.plan_year == 2029 and _from_name(doc) and not _from_deadlines(doc)
    assert commitments_of(parsed)[0].deadline == day("2029-09-30")


def test_a_word_table_under_a_heading_without_a_year(parse):
    data = document(
        "<w:p><w:r><w:t>青山镇重点工作任务分解表</w:t></w:r></w:p>",
        table(
            [
                ["序号", "工作任务", "责任单位", "完成时限"],
                ["1", "新建污水管网8公里", "规划建设办", "2029年4月底"],
                ["2", "改造农村公路危桥3座", "交通站", "三季度"],
            ]
        ),
    )
    parsed = parse(data, "fenjie.docx")
    doc = parsed.documents[0]
    assert doc.plan_year == 2029 and _from_deadlines(doc)
    assert commitments_of(parsed)[1].deadline == day("2029-09-30")


def test_a_document_number_in_the_file_name_is_not_the_plan_year(parse):
    """``〔2028〕15号`` is when the notice was issued; the cells say the plan is 2029's."""
    text = (
        "序号,任务内容,牵头单位,完成时限\n"
        "1,新建村级综合服务中心2个,党政综合办公室,2029年6月底\n"
        "2,完成道路硬化5公里,规划建设办,年底前\n"
    )
    parsed = parse(text.encode("utf-8"), "青政办发〔2028〕15号附件.csv")
    doc = parsed.documents[0]
    assert doc.plan_year == 2029 and _from_deadlines(doc) and not _from_name(doc)


def test_a_text_plan_is_not_given_its_file_name_s_year(parse):
    """Prose without labelled items is no ledger: its silence is reported as before."""
    doc = parse("某镇工作要点\n一、发展产业\n新建大棚10栋，6月底前完工。\n", "2029年.txt")
    assert _no_year(doc.documents[0])


def test_the_year_option_still_decides(parse):
    text = "序号,任务内容,牵头单位,完成时限\n1,完成道路硬化5公里,规划建设办,2029年9月底\n"
    doc = parse(text.encode("utf-8"), "2030年台账.csv", year=2031).documents[0]
    assert doc.plan_year == 2031 and not _from_name(doc) and not _from_deadlines(doc)


# -- the two readings alone ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "year"),
    [
        ("2028年重点任务台账.xlsx", 2028),
        ("重点任务台账2028.csv", 2028),
        ("renwu_2028_v3.xlsx", 2028),
        ("2027年总结及2028年计划.xlsx", 2028),
        ("县政办发〔2027〕15号.xlsx", None),
        ("关于印发2028年任务的通知[2027]3号.csv", 2028),
        ("台账20280315.xlsx", None),
        ("台账2028-03-15.xlsx", None),
        ("2028-2030年三年行动.xlsx", None),
        ("2027年和2028年.xlsx", None),
        ("02_renwu_taizhang.csv", None),
    ],
)
def test_a_file_name_s_year_is_one_written_as_a_year(name, year):
    assert file_name_year(name) == year


@pytest.mark.parametrize(
    ("cells", "found"),
    [
        (["2028年5月底", "2028年9月30日", "三季度", "2028年11月15日"], (2028, 3, 3)),
        (["2028年5月底", "2028年9月底", "2029年3月底"], (2028, 2, 3)),
        (["三季度", "长期", None, "年底前"], None),
        (["2028年底", "2029年底"], None),
        (["2028年6月底前完成主体，2029年3月底前投用"], (2029, 1, 1)),  # the cell's end
    ],
)
def test_the_deadline_cells_year_is_a_majority(cells, found):
    assert deadline_cells_year(cells) == found


@pytest.mark.django_db
def test_a_real_import_stores_the_year_and_says_where_it_came_from(departments, capsys):
    text = (
        "完成时限,任务内容,牵头单位\n"
        "2029年5月底,完成道路硬化5公里,规划建设办\n"
        "三季度,新建村级综合服务中心2个,党政综合办公室\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "renwu.csv"
        path.write_text(text, encoding="utf-8")
        call_command("import_plan", str(path))
    out = capsys.readouterr().out
    assert "计划年度取自完成时限" in out and "--year" in out
    plan = Plan.objects.get()
    assert plan.year == 2029
    assert sorted(str(c.deadline) for c in plan.commitments.all()) == ["2029-05-31", "2029-09-30"]
