# ruff: noqa: E501  (document text in Chinese runs past the line limit)
"""The dates of the sixteenth blind set's faults (tests/importer/blind16/, the fault list in
:mod:`tests.importer.test_blind16`), each a kind written again in wordings and layouts of its
own: a year written in Chinese digits (``二〇三五年``, ``二零三五年度``, full-width ``２０３５年``) in a
title, a notice's date and a pledge's time; ``上旬``/``中旬``/``下旬``; a workbook's 完成时限 column
beside its month nodes; ``春节前`` in a speech dated by its line under the title.

What a user sees: the plan's year is read however the year is written, and each pledge gets the
deadline its words give.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs
from tests.importer.table_documents import xlsx

D = datetime.date


def _deadlines(parsed) -> dict[str, datetime.date | None]:
    return {c.text[:8]: c.deadline for c in commitments_of(parsed)}


# -- 1. a year in Chinese digits ---------------------------------------------------------------

NOTICE_PLAN = """青山镇人民政府
关于印发《青山镇二〇三五年重点工作安排》的通知

各村（社区）、镇直各单位：
　　现将《青山镇二〇三五年重点工作安排》印发给你们，请认真贯彻落实。

青山镇人民政府
二〇三五年二月十日

一、二〇三四年工作回顾
　　二〇三四年，全镇新建村级公路十二公里。
二、二〇三五年重点工作
　　（一）由交通站牵头，二〇三五年六月底前完成通组公路硬化八公里。
　　（二）由农业办牵头，十月中旬前完成高标准农田建设三千亩。
　　（三）由民政办牵头，新建村级养老服务站三个。
"""

REPORT_PLAN = """白沙乡二零三五年度工作要点

一、二零三五年度主要任务
1．二零三五年九月三十日前建成乡文化广场一处。（文化站）
2．新增农村劳动力转移就业一千零二十人。（社事办）
3．三季度末完成河道清淤四公里。（水利站）
"""

FULL_WIDTH_PLAN = """红岩街道２０３５年工作计划

二、２０３５年工作计划
（一）２０３５年８月底前完成背街小巷改造１２条。（城管办）
（二）新增城镇就业８００人。（社事办）
"""


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_it_reads_a_notice_plan_whose_years_are_written_in_chinese_digits(parse, encoding):
    parsed = parse(NOTICE_PLAN.encode(encoding), "青山镇二〇三五年重点工作安排.txt")
    assert parsed.documents[0].plan_year == 2035
    road, farmland, care = commitments_of(parsed)
    assert road.deadline == D(2035, 6, 30)
    assert farmland.deadline == D(2035, 10, 20)
    assert care.deadline == D(2035, 12, 31)


def test_it_reads_a_year_plan_written_with_ling_and_its_dated_pledges(parse):
    parsed = parse(REPORT_PLAN, "工作要点.txt")
    assert parsed.documents[0].plan_year == 2035
    square, jobs, river = commitments_of(parsed)
    assert square.deadline == D(2035, 9, 30)
    assert [(t.value, t.unit) for t in jobs.targets] == [(1020, "人")]  # 零 in a count stays
    assert jobs.deadline == D(2035, 12, 31)
    assert river.deadline == D(2035, 9, 30)


def test_it_reads_a_year_in_full_width_digits(parse):
    parsed = parse(FULL_WIDTH_PLAN, "计划.txt")
    assert parsed.documents[0].plan_year == 2035
    lanes, jobs = commitments_of(parsed)
    assert lanes.deadline == D(2035, 8, 31)
    assert jobs.deadline == D(2035, 12, 31)


def test_chinese_digits_become_a_year_only_before_a_year_word():
    from commitments.importer.normalize import normalize

    assert normalize("二〇三五年工作计划") == "2035年工作计划"
    assert normalize("二零三四至二零三五年度") == "2034至2035年度"
    assert (
        normalize("编号二〇三五、三千零五十亩、一二三四年")
        == "编号二〇三五、三千零五十亩、一二三四年"
    )


# -- 2-4. a 完成时限 column beside month nodes --------------------------------------------------

MONTHS = [f"{m}月" for m in range(1, 13)]


def _row(n: int, task: str, unit: str, nodes: dict[int, str], limit: str) -> list[object]:
    return [n, task, unit, *[nodes.get(m) for m in range(1, 13)], limit]


MONTHLY_ROWS = [
    ["柳溪镇2035年重点工作月度推进表", *[None] * 15],
    ["序号", "工作任务", "责任单位", *MONTHS, "完成时限"],
    _row(1, "新建村级卫生室4个", "社事办", {3: "选址", 7: "建成2个", 12: "全部建成"}, "12月15日前"),
    _row(2, "完成农村危房改造80户", "村建办", {4: "改造30户", 11: "全面完成"}, "11月下旬"),
    _row(3, "举办农民丰收节1届", "文化站", {6: "制定方案", 9: "举办"}, "9月上旬"),
    _row(4, "完成河道清淤6公里", "水利站", {2: "排查", 4: "清淤3公里", 5: "全面完成"}, "5月中旬前"),
    _row(5, "森林防火巡查全覆盖", "林业站", {3: "重点巡查", 10: "集中巡查"}, "长期坚持"),
    _row(6, "信访积案化解率100%", "综治办", {6: "半年清理", 9: "集中攻坚"}, "持续推进"),
    _row(7, "建成电商服务站5个", "经发办", {5: "建成2个", 8: "建成5个"}, ""),
    _row(8, "改造老旧小区3个", "村建办", {4: "开工", 10: "完工验收"}, "2035年10月25日"),
]


@pytest.fixture
def monthly(parse):
    return commitments_of(parse(xlsx({"计划": MONTHLY_ROWS}), "月度推进表.xlsx"))


def test_a_stated_day_wins_over_the_month_node_of_its_month(monthly):
    clinics = monthly[0]
    assert clinics.deadline == D(2035, 12, 15)
    assert [m.due for m in clinics.milestones] == [D(2035, 3, 31), D(2035, 7, 31)]


def test_first_middle_and_last_ten_days_of_a_stated_month(monthly):
    _, houses, festival, river, *_ = monthly
    assert houses.deadline == D(2035, 11, 30)  # 下旬: the month's last day
    assert [m.due for m in houses.milestones] == [D(2035, 4, 30)]
    assert festival.deadline == D(2035, 9, 10)  # 上旬: the 10th
    assert river.deadline == D(2035, 5, 20)  # 中旬: the 20th
    assert [m.due for m in river.milestones] == [D(2035, 2, 28), D(2035, 4, 30)]


def test_work_that_goes_on_is_due_at_the_year_end_its_nodes_milestones(monthly):
    forest, petitions = monthly[4], monthly[5]
    assert forest.deadline == D(2035, 12, 31)
    assert [m.due for m in forest.milestones] == [D(2035, 3, 31), D(2035, 10, 31)]
    assert petitions.deadline == D(2035, 12, 31)


def test_without_a_stated_time_the_last_node_is_still_the_deadline(monthly):
    assert monthly[6].deadline == D(2035, 8, 31)


def test_a_stated_date_with_its_year_wins_too(monthly):
    estates = monthly[7]
    assert estates.deadline == D(2035, 10, 25)
    assert [m.due for m in estates.milestones] == [D(2035, 4, 30)]


def test_a_csv_ledger_states_its_limit_beside_month_columns(parse):
    csv = (
        "序号,任务名称,牵头单位,"
        + ",".join(f"{m}月份" for m in range(1, 13))
        + ",完成时限\n"
        + "1,改造提升农贸市场1个,市场监管所,,,,开工,,,,主体完工,,,,投入使用,12月10日前\n"
        + "2,城乡环境卫生整治,环保办,,,集中整治,,,,,,专项整治,,,,常态化开展\n"
    )
    market, cleaning = commitments_of(parse(csv.encode("utf-8"), "2035年月度计划.csv"))
    assert market.deadline == D(2035, 12, 10)
    assert [m.due for m in market.milestones] == [D(2035, 4, 30), D(2035, 8, 31)]
    assert cleaning.deadline == D(2035, 12, 31)
    assert [m.due for m in cleaning.milestones] == [D(2035, 3, 31), D(2035, 9, 30)]


# -- 5. 春节前 in a speech dated by its line under the title -----------------------------------

SPEECH_BODY = """同志们：
　　今天召开全镇经济工作会议，主要任务是部署今年工作。
一、2034年工作回顾
　　去年全镇新建村级公路十二公里。
二、2035年工作安排
　　（一）春节前完成集镇农贸市场提质改造，由村建办负责。
　　（二）元宵节前办好全镇春节联欢晚会，由文化站负责。
　　（三）全年新建村级养老服务站三个，由民政办负责。
"""


@pytest.mark.parametrize(
    "head",
    [
        "青山镇2035年政府工作报告\n——2035年1月12日在青山镇第十届人民代表大会第四次会议上\n镇长  王  明\n",
        "在青山镇2035年经济工作会议上的讲话（2035年1月12日）\n",
        "在全镇经济工作会议上的讲话\n（2035年1月12日）\n镇党委书记  李  华\n",
        "青山镇2035年政府工作报告\n——二〇三五年一月十二日在青山镇人民代表大会上\n",
        "在全镇2035年工作会议上的讲话\n—2035年1月12日\n",
    ],
    ids=["dash-line", "title-bracket", "bracket-line", "chinese-digits", "dash-alone"],
)
def test_a_speech_dated_before_the_spring_festival_times_its_eve(parse, head):
    market, gala, homes = commitments_of(parse(head + SPEECH_BODY, "讲话.txt"))
    assert market.deadline == D(2035, 2, 7)  # 春节 2035-02-08
    assert gala.deadline == D(2035, 2, 21)  # 元宵 2035-02-22
    assert homes.deadline == D(2035, 12, 31)


def test_a_word_report_dated_under_its_title_times_the_eve(parse):
    head = (
        "政 府 工 作 报 告\n——2035年1月12日在青山镇第十届人民代表大会第四次会议上\n镇长  王  明\n"
    )
    market, gala, _ = commitments_of(parse(paragraphs(head + SPEECH_BODY), "政府工作报告.docx"))
    assert (market.deadline, gala.deadline) == (D(2035, 2, 7), D(2035, 2, 21))


def test_a_speech_given_after_the_spring_festival_keeps_the_year_end(parse):
    head = "青山镇2035年政府工作报告\n——2035年3月2日在青山镇第十届人民代表大会第四次会议上\n"
    parsed = parse(head + SPEECH_BODY, "讲话.txt")
    market, *_ = commitments_of(parsed)
    assert market.deadline == D(2035, 12, 31)
    assert any("春节前" in w for w in parsed.documents[0].warnings)
