"""Unseen task lists and plans: labelled items, inline labels, tables, GBK, markdown."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.importer.unseen import counts, day, document_bytes, targets_of, titles


@pytest.fixture
def parsed(parse):
    def run(name: str):
        return parse(document_bytes(name), name)

    return run


def test_a_task_list_with_labelled_lines(parsed):
    doc = parsed("tasklist-labelled.txt").documents[0]
    assert (doc.title, doc.plan_year) == ("柳林镇2025年重点工作任务清单", 2025)
    assert titles(doc) == ["经济发展", "乡村振兴", "社会民生"]
    assert counts(doc) == [3, 3, 3]
    solar, invest, tax = doc.sections[0].commitments
    assert solar.code == "2025-01-01"
    assert solar.text.startswith("推进5兆瓦分布式光伏发电项目建设")
    assert "单位" not in solar.text and "时限" not in solar.text
    assert (solar.owner, solar.co_owners, solar.official, solar.owner_source) == (
        "经济发展办公室",
        ["自然资源所", "财政所"],
        "刘志强",
        "explicit",
    )
    assert solar.deadline == day("2025-09-30")
    assert [m.due for m in solar.milestones] == [day("2025-03-31"), day("2025-06-30")]
    assert targets_of(solar) == [(D(5), "兆瓦", ">=")]
    assert (tax.owner, tax.co_owners) == ("财政所", ["经济发展办公室"])
    farmland, toilets, villages = doc.sections[1].commitments
    assert farmland.code == "2025-02-01"
    assert farmland.deadline == day("2025-11-30")
    assert [(m.due, m.text) for m in farmland.milestones] == [
        (day("2025-11-20"), "11月中旬完成竣工验收")
    ]
    assert (toilets.deadline, targets_of(toilets)) == (day("2025-12-31"), [(D(85), "%", ">=")])
    assert (villages.owner, villages.co_owners) == ("农业农村办公室", ["各村"])  # the group is kept
    assert targets_of(villages) == [(D(10), "万元", ">=")]  # 全镇12个村 is the scope
    jobs, housing, relief = doc.sections[2].commitments
    assert targets_of(jobs) == [(D(300), "人", ">="), (D(5), "期", ">=")]
    assert housing.owner == "自然资源所"
    assert any("县住建局" in w for w in doc.warnings)
    # 春节前 names no fixed day of the plan year: the year end stands
    assert (relief.owner, relief.co_owners, relief.deadline) == (
        "社会事务办公室",
        ["财政所"],
        day("2025-12-31"),
    )
    assert all(c.owner_source == "explicit" for c in doc.commitments())


def test_a_work_plan_with_labels_inline_in_brackets(parsed):
    doc = parsed("summary-next-steps-inline.txt").documents[0]
    assert doc.plan_year == 2025
    assert titles(doc) == ["加快项目建设", "提升人居环境", "强化民生保障", "守牢安全底线"]
    assert counts(doc) == [2, 1, 2, 1]
    invest, cold_chain = doc.sections[0].commitments
    assert invest.text == "全年实施重点项目10个，完成固定资产投资2.5亿元"
    assert (invest.owner, invest.co_owners, invest.deadline) == (
        "经济发展办公室",
        [],
        day("2025-12-31"),
    )
    assert cold_chain.text == "推进农产品冷链物流中心建设，6月底前完成主体工程"
    assert (cold_chain.owner, cold_chain.co_owners, cold_chain.deadline) == (
        "经济发展办公室",
        ["自然资源所"],
        day("2025-06-30"),
    )
    stations, pensions = doc.sections[2].commitments
    assert (stations.deadline, targets_of(stations)) == (day("2025-09-30"), [(D(3), "处", ">=")])
    assert (pensions.owner, pensions.deadline) == ("社会事务办公室", day("2025-12-31"))
    assert targets_of(pensions) == [(D(97), "%", ">=")]
    assert doc.sections[3].commitments[0].deadline == day("2025-11-30")
    values = {t.value for c in doc.commitments() for t in c.targets}
    assert not values & {D("2.1"), D("1.1"), D(186), D(4000)}


def test_a_gbk_plan_with_main_tasks_goals_and_safeguards(parsed):
    parsed_file = parsed("arrangement-main-tasks-gbk.txt")
    doc = parsed_file.documents[0]
    assert (doc.title, doc.plan_year) == ("庙湾镇人民政府关于2025年主要任务的安排意见", 2025)
    # 一、主要目标 states the plan's goals with numbers: a pledge of section 0
    # (pipeline.goal_section, SPEC §3); 三、保障措施 pledges nothing
    assert titles(doc) == [
        "主要目标",
        "抓好粮食生产",
        "抓好水利建设",
        "抓好农村饮水",
        "抓好森林防火",
    ]
    assert counts(doc) == [1, 2, 2, 1, 1]
    goals, grain_section, water_works, drinking, forest = doc.sections
    assert [s.number for s in doc.sections] == [0, 1, 2, 3, 4]
    assert targets_of(goals.commitments[0]) == [
        (D(6), "%", ">="),
        (D(7), "%", ">="),
        (D("2.8"), "万吨", ">="),
    ]
    grain = grain_section.commitments[0]
    assert targets_of(grain) == [(D("5.6"), "万亩", ">="), (D(8000), "亩", ">=")]
    reservoirs = water_works.commitments[0]
    assert reservoirs.deadline == day("2025-05-31")  # 汛期前
    assert [t.metric for t in reservoirs.targets] == ["小型水库除险加固"]
    water = drinking.commitments[0]
    assert targets_of(water) == [(D(2), "个百分点", ">="), (D(92), "%", ">=")]
    assert water.targets[1].metric == "自来水普及率"
    assert targets_of(forest.commitments[0]) == [(D("0.9"), "‰", "<=")]
    texts = "".join(c.text for c in doc.commitments())
    assert "负总责" not in texts


def test_a_markdown_plan_numbered_di(parsed):
    doc = parsed("plan-di-style.md").documents[0]
    assert (doc.title, doc.plan_year) == ("金桥镇2025年重点工作要点", 2025)
    assert titles(doc) == [
        "做大做强主导产业",
        "持续优化营商环境",
        "加强生态环境保护",
        "提升基层治理水平",
    ]
    assert counts(doc) == [2, 2, 2, 2]
    assert doc.sections[0].commitments[1].deadline == day("2025-09-30")  # 2025年9月
    assert targets_of(doc.sections[1].commitments[1]) == [(D(300), "万元", ">=")]
    rivers = doc.sections[2].commitments[0]
    assert [(t.metric, t.value) for t in rivers.targets] == [("国考断面水质达标率", D(100))]
    assert doc.sections[3].commitments[0].targets == []  # 第一书记, “五星支部”
    assert targets_of(doc.sections[3].commitments[1]) == [(D(90), "%", ">=")]
    texts = "".join(c.text for c in doc.commitments())
    assert "**" not in texts and "总体要求" not in texts and "落地见效" not in texts


def test_a_practical_projects_plan_with_every_kind_of_deadline(parsed):
    doc = parsed("deadlines-forms.txt").documents[0]
    assert titles(doc) == [
        "镇区供水管网改造",
        "农村道路提档升级",
        "中心幼儿园扩建",
        "防汛设施建设",
        "农民工工资保障",
        "便民服务提质",
        "老年助餐服务",
        "文化惠民工程",
    ]
    assert counts(doc) == [1] * 8
    items = [s.commitments[0] for s in doc.sections]
    assert [c.deadline for c in items] == [
        day(d)
        for d in (
            "2025-09-30",
            "2025-12-31",
            "2025-08-31",
            "2025-05-31",
            "2025-12-31",
            "2025-11-20",
            # 今年…，三季度末前全部运营: the time that completes the whole (SPEC §3, thirteenth set)
            "2025-09-30",
            "2025-12-31",
        )
    ]
    assert [(m.due, m.text) for m in items[1].milestones] == [
        (day("2025-06-30"), "上半年完成招投标")
    ]
    assert [m.due for m in items[2].milestones] == [day("2025-08-15")]  # 秋季开学前 → 08-31
    assert [m.due for m in items[6].milestones] == [day("2025-03-31")]
    assert items[7].milestones == []  # 每季度 recurs; it is no milestone
    assert targets_of(items[7]) == [(D(30), "场", ">=")]
    assert not any("台账" in c.text for c in doc.commitments())


def test_a_docx_task_table_with_merged_section_rows(parsed):
    parsed_file = parsed("task-table.docx")
    doc = parsed_file.documents[0]
    assert titles(doc) == ["产业发展", "民生保障"]
    assert counts(doc) == [2, 3]
    sheds, feed = doc.sections[0].commitments
    assert (sheds.owner, sheds.co_owners, sheds.official, sheds.deadline) == (
        "农业农村办公室",
        ["财政所", "自然资源所"],
        "赵卫东",
        day("2025-10-31"),
    )
    assert targets_of(sheds) == [(D(150), "栋", ">="), (D(2500), "亩", ">=")]
    assert feed.deadline == day("2025-09-30")
    assert [(m.due, m.text) for m in feed.milestones] == [(day("2025-03-31"), "一季度完成环评")]
    pension, clinics, water = doc.sections[1].commitments
    assert (clinics.deadline, water.deadline) == (day("2025-06-30"), day("2025-11-20"))
    assert targets_of(pension) == [(D(95), "%", ">=")]
    for c in doc.commitments():
        assert c.owner_source == "explicit"
        assert parsed_file.source_text[c.start : c.end] == c.text
