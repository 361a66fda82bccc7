"""Kinds of fault in the plan importer's prose, web-page and PDF rules that the seventh blind set
found (a scraped page's site name taken as its title, the family of owner labels, counts of
the things a pledge works on, last year's figure in brackets, ``控制在N起以内``, the goals and
dated stages of an 实施方案, an interim share), each written in wordings and layouts of its own:
none of these documents copies a blind one."""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of


def _targets(pledge) -> list[tuple[str, str]]:
    return [(str(t.value), t.unit) for t in pledge.targets]


def _target_signs(pledge) -> list[tuple[str, str, str]]:
    return [(str(t.value), t.unit, t.comparator) for t in pledge.targets]


# -- 1. a scraped page: the heading that names the plan, past the site's furniture ----------

PAGES = {
    "a portal's name, its menu with bars and a search box": (
        "石门县人民政府门户网站\n首页 | 信息公开 | 办事服务 | 政民互动\n搜索\n"
        "石门镇2031年民生实事项目清单\n发布时间：2031-01-20 10:00　来源：石门镇\n\n"
        "一、新建村级养老服务站3个，6月底前投入使用。\n"
        "二、改造农村公路18公里，年底前完成。\n",
        "石门镇2031年民生实事项目清单",
        2031,
    ),
    "a menu in spaces and a channel name the cleaner does not know": (
        "青山区人民政府\n政务公开　政策文件　互动交流　走进青山\n通知公告\n\n"
        "青山街道2030年为民办实事项目公布\n\n"
        "1.新增公共停车泊位200个，9月底前建成。\n"
        "2.整治老旧小区6个，年内完成。\n",
        "青山街道2030年为民办实事项目公布",
        2030,
    ),
    "a county office's site and a heading that names a 实施方案": (
        "某县农业农村局网站\n网站首页｜新闻动态｜通知公告\n\n"
        "某县2032年高标准农田建设实施方案\n\n"
        "一、重点任务\n（一）新建高标准农田5000亩，三季度末前完成。\n"
        "（二）新修机耕道路12公里，年底前完成。\n",
        "某县2032年高标准农田建设实施方案",
        2032,
    ),
}


@pytest.mark.parametrize("layout", list(PAGES))
def test_a_scraped_page_is_titled_by_its_heading_and_plans_its_year(parse, layout):
    text, title, year = PAGES[layout]
    document = parse(text).documents[0]
    assert (document.title, document.plan_year) == (title, year)
    pledges = commitments_of(parse(text))
    assert str(pledges[-1].deadline) == f"{year}-12-31"


def test_a_page_heading_without_a_year_leaves_the_year_to_the_text(parse):
    """Past the furniture the title must name the plan with its year; a menu line that only
    names a plan word (``工作要点``) is not taken."""
    text = (
        "石门县人民政府门户网站\n首页 | 工作要点 | 通知公告\n\n"
        "一、新建村级养老服务站3个，6月底前投入使用。\n"
    )
    document = parse(text).documents[0]
    assert document.plan_year is None
    assert "工作要点" not in document.title


# -- 2. the family of owner labels, in one home ---------------------------------------------

LABELLED = {
    "实施单位 alone": ("实施单位：镇卫生院", "", "镇卫生院", []),
    "责任科室 and 配合科室": ("责任科室：规划建设办", "配合科室：各村", "规划建设办", ["各村"]),
    "承办单位 and 协办单位": (
        "承办单位：社会事务办",
        "协办单位：财政所",
        "社会事务办公室",
        ["财政所"],
    ),
    "主办单位 and 参与单位": (
        "主办单位：文化站",
        "参与单位：各村（社区）",
        "文化站",
        ["各村（社区）"],
    ),
    "实施单位 and 协助单位": ("实施单位：农业办", "协助单位：水利站", "农业农村办公室", ["水利站"]),
}


@pytest.mark.parametrize("layout", list(LABELLED))
def test_every_owner_label_of_the_family_names_the_owner_and_leaves_the_pledge(parse, layout):
    lead_line, co_line, lead, helpers = LABELLED[layout]
    lines = "\n".join(line for line in (lead_line, co_line) if line)
    text = (
        "石门镇2031年十件民生实事\n"
        f"一、卫生服务提升工程。为65岁以上老人免费体检3000人次。\n{lines}\n完成时限：10月底前\n\n"
        "二、道路改造工程。改造背街小巷8条。\n牵头单位：水利站\n完成时限：年底前\n"
    )
    first, second = commitments_of(parse(text))
    assert (first.owner, first.co_owners, first.owner_source) == (lead, helpers, "explicit")
    assert "单位" not in first.text and "科室" not in first.text
    assert str(first.deadline) == "2031-10-31"
    assert second.owner == "水利站"


@pytest.mark.parametrize(
    "sentence,lead,helpers",
    [
        ("免费体检3000人次，实施单位为镇卫生院，协助单位为各村。", "镇卫生院", ["各村"]),
        ("举办农民丰收节1场，承办部门为文化站。", "文化站", []),
        (
            "新建公厕6座，牵头单位为生态办，配合单位是各村（社区）。",
            "生态环境办公室",
            ["各村（社区）"],
        ),
    ],
)
def test_owner_labels_written_in_prose_name_the_owner(parse, sentence, lead, helpers):
    (first, _) = commitments_of(
        parse(f"石门镇2031年工作要点\n一、重点工作\n1.{sentence}\n2.新增家庭农场20家。\n")
    )
    assert (first.owner, first.co_owners, first.owner_source) == (lead, helpers, "explicit")


def test_a_sites_footer_of_主办_and_承办_names_no_owner(parse):
    text = (
        "石门镇2031年十件民生实事\n"
        "一、道路改造工程。改造背街小巷8条。\n牵头单位：水利站\n完成时限：年底前\n\n"
        "主办单位：石门县人民政府办公室\n承办单位：石门县信息中心　联系电话：0736-1234567\n"
    )
    (only,) = commitments_of(parse(text))
    assert (only.owner, only.co_owners) == ("水利站", [])


# -- 3. counts of the things a pledge works on ----------------------------------------------

WORKED_ON = {
    "对X、Y等N个… then the verb": (
        "对东湖、西岭等8个村实施人居环境整治，新建公厕8座。",
        ["8 个", "8 座"],
    ),
    "the verb, then X、Y等N个…的": (
        "完成城南、城北、河西等3个片区的棚户区改造，安置群众420户。",
        ["3 个", "420 户"],
    ),
    "推进 X、Y等N家": ("推进“红星”、绿源等4家企业技术改造。", ["4 家"]),
    "安排 + a noun phrase + count": (
        "全年安排县级重点项目60个，完成投资120亿元。",
        ["60 个", "120 亿元"],
    ),
    "实施 + a long noun phrase + count": ("年内实施市级以上重点建设项目45个。", ["45 个"]),
    "推进 + 工程 + count": ("计划推进农村供水保障工程12个。", ["12 个"]),
}


@pytest.mark.parametrize("layout", list(WORKED_ON))
def test_a_count_of_the_things_a_pledge_works_on_is_a_target(parse, layout):
    pledge, targets = WORKED_ON[layout]
    (first, _) = commitments_of(
        parse(f"石门镇2031年工作要点\n一、重点工作\n1.{pledge}\n2.新增家庭农场20家。\n")
    )
    assert [f"{v} {u}" for v, u in _targets(first)] == targets


@pytest.mark.parametrize(
    "pledge",
    [
        "全镇辖东湖、西岭等12个行政村，做好基层治理工作。",
        "全镇共有东湖、西岭等12个村，要抓好人居环境整治。",
        "整治范围覆盖东湖、西岭等8个村。",
    ],
)
def test_a_count_that_describes_the_town_after_a_list_is_no_target(parse, pledge):
    (first, _) = commitments_of(
        parse(f"石门镇2031年工作要点\n一、重点工作\n1.{pledge}\n2.新增家庭农场20家。\n")
    )
    assert _targets(first) == []


# -- 4. last year's figure in brackets --------------------------------------------------------

PAST = {
    "（YYYY年为N%）": ("卫生厕所普及率达到95%（2030年为91.5%）。", ["95 %"]),
    "（去年为N万元）, then a count": (
        "村集体经济收入达到500万元（去年为420万元），新增合作社6家。",
        ["500 万元", "6 家"],
    ),
    "（上年：N个）": ("新增市场主体800户（上年：720户）。", ["800 户"]),
    "（YYYY年底已达N家）": ("规上企业达到60家（2030年底已达52家）。", ["60 家"]),
    "[上年度N亿元]": ("完成固定资产投资30亿元【上年度26.4亿元】。", ["30 亿元"]),
}


@pytest.mark.parametrize("layout", list(PAST))
def test_a_past_figure_in_brackets_is_no_target(parse, layout):
    pledge, targets = PAST[layout]
    (first, _) = commitments_of(
        parse(f"石门镇2031年工作要点\n一、重点工作\n1.{pledge}\n2.新增家庭农场20家。\n")
    )
    assert [f"{v} {u}" for v, u in _targets(first)] == targets


def test_a_bracket_that_times_the_goal_keeps_its_numbers(parse):
    (first, _) = commitments_of(
        parse(
            "石门镇2031年工作要点\n一、重点工作\n1.新建通村公路20公里（其中上半年完成8公里）。\n2.新增家庭农场20家。\n"
        )
    )
    assert _targets(first)[0] == ("20", "公里")


# -- 5. a count held under a cap ----------------------------------------------------------------

CAPS = {
    "控制在N起以内": ("一般以上生产安全事故控制在3起以内。", ("3", "起", "<=")),
    "控制在N起以下": ("较大以上火灾事故控制在2起以下。", ("2", "起", "<=")),
    "控制在N件之内": ("群众越级上访控制在5件之内。", ("5", "件", "<=")),
    "不超过N起": ("全年道路交通事故不超过4起。", ("4", "起", "<=")),
    "不超过N个 after a comma": ("压减涉企检查事项，检查事项不超过12项。", ("12", "项", "<=")),
}


@pytest.mark.parametrize("layout", list(CAPS))
def test_a_count_held_under_a_cap_is_a_ceiling(parse, layout):
    pledge, target = CAPS[layout]
    (first, _) = commitments_of(
        parse(f"石门镇2031年工作要点\n一、重点工作\n1.{pledge}\n2.新增家庭农场20家。\n")
    )
    assert _target_signs(first) == [target]


# -- 6. an 实施方案's overall goal and its dated stages ------------------------------------------

FANGAN = (
    "某镇2031年{topic}实施方案\n"
    "为推进{topic}，制定本方案。2030年，全镇完成改造320户。\n"
    "一、{goal_head}\n"
    "到2031年底，全镇{goal}（2030年为80%）。\n"
    "二、重点任务\n"
    "（一）新建污水处理站3座，9月底前完工。（水利站负责）\n"
    "（二）改造农村危房60户，年底前完成。（社会事务办负责）\n"
    "三、{steps_head}\n"
    "{stages}"
    "四、保障措施\n"
    "（一）加强组织领导。镇财政安排资金100万元。\n"
)
STAGES = {
    "full dates with a dash, YYYY年 on the first": (
        "（一）动员部署阶段（2031年3月1日—3月20日）。召开动员大会，完成底数摸排。\n"
        "（二）集中攻坚阶段（2031年3月21日—9月30日）。全面开展整治。\n"
        "（三）巩固提升阶段（2031年10月1日—12月31日）。开展“回头看”，组织验收。\n",
        ["2031-03-20", "2031-09-30", "2031-12-31"],
    ),
    "months with 至 and a dash, arabic numbers": (
        "1.宣传发动阶段（2031年4月—5月）：入户宣传政策。\n"
        "2.组织实施阶段（6月至10月）：分村推进改造。\n"
        "3.总结验收阶段（11月至12月）：开展考核评估。\n",
        ["2031-05-31", "2031-10-31", "2031-12-31"],
    ),
    "days with 至, the time after the stage's name": (
        "（一）摸底排查：4月1日至4月30日，逐户建立台账。\n"
        "（二）整改落实：5月1日至9月30日，完成问题整改。\n",
        ["2031-04-30", "2031-09-30"],
    ),
}


@pytest.mark.parametrize("layout", list(STAGES))
@pytest.mark.parametrize("goal_head", ["总体目标", "工作目标"])
def test_a_fangans_goal_and_each_dated_stage_are_pledges(parse, layout, goal_head):
    stages, deadlines = STAGES[layout]
    steps_head = "实施步骤" if "dash" in layout else "进度安排"
    text = FANGAN.format(
        topic="人居环境整治",
        goal_head=goal_head,
        goal="卫生厕所普及率达到95%以上，创建美丽庭院示范户300户",
        steps_head=steps_head,
        stages=stages,
    )
    sections = parse(text).documents[0].sections
    goal = sections[0].commitments[0]
    assert sections[0].number == 0
    assert _targets(goal) == [("95", "%"), ("300", "户")]
    assert str(goal.deadline) == "2031-12-31"
    tasks, steps = sections[1:-1], sections[-1]
    assert sum(len(s.commitments) for s in tasks) == 2
    assert steps.title == steps_head
    assert [str(c.deadline) for c in steps.commitments] == deadlines
    assert all(c.milestones == [] for c in steps.commitments)  # a range's first day is none
    assert not any("100万元" in c.text for s in sections for c in s.commitments)


@pytest.mark.parametrize(
    "steps_head,stages,deadlines",
    [
        (
            "实施步骤",
            "第一阶段：动员部署（2031年3月1日—3月20日）。召开动员大会。\n"
            "第二阶段：集中整治（3月21日—9月30日）。全面开展整治。\n"
            "第三阶段：验收总结（10月—12月）。组织验收。\n",
            ["2031-03-20", "2031-09-30", "2031-12-31"],
        ),
        (
            "时间安排",
            "2031年3月底前：完成动员部署和摸底排查。\n"
            "2031年4月至9月：集中开展整治。\n"
            "2031年10月至12月：组织考核验收。\n",
            ["2031-03-31", "2031-09-30", "2031-12-31"],
        ),
    ],
)
def test_unnumbered_stage_lines_are_pledges_and_the_sign_off_is_none(
    parse, steps_head, stages, deadlines
):
    text = (
        "某镇2031年人居环境整治实施方案\n一、工作目标\n全镇卫生厕所普及率达到95%以上。\n"
        "二、重点任务\n（一）新建污水处理站3座，9月底前完工。\n（二）改造农村危房60户。\n"
        f"三、{steps_head}\n{stages}\n石门镇人民政府\n2031年2月1日\n"
    )
    steps = parse(text).documents[0].sections[-1]
    assert steps.title == steps_head
    assert [str(c.deadline) for c in steps.commitments] == deadlines


def test_a_steps_part_without_dates_gives_no_pledge(parse):
    text = FANGAN.format(
        topic="人居环境整治",
        goal_head="总体目标",
        goal="卫生厕所普及率达到95%以上",
        steps_head="实施步骤",
        stages="（一）动员部署。召开动员大会。\n（二）集中整治。全面开展整治。\n",
    )
    sections = parse(text).documents[0].sections
    assert [s.number for s in sections] == [0, 1, 2]  # the goal, the two tasks


@pytest.mark.parametrize(
    "pledge,deadline",
    [
        ("2031年4月—9月完成农村公路改造。", "2031-09-30"),
        ("10月至12月开展冬季攻势。", "2031-12-31"),
        ("4月1日至9月30日实施禁渔。", "2031-09-30"),
    ],
)
def test_a_range_in_a_pledge_is_due_at_its_end_without_a_milestone(parse, pledge, deadline):
    (first, _) = commitments_of(
        parse(f"石门镇2031年工作要点\n一、重点工作\n1.{pledge}\n2.新增家庭农场20家。\n")
    )
    assert (str(first.deadline), first.milestones) == (deadline, [])


# -- 7. an interim share is a target too (product decision 2026-12-06) ------------------------

SHARES = {
    "其中上半年完成N部": ("加装电梯不少于20部，其中上半年完成8部。", ["20 部", "8 部"]),
    "，上半年完成N个": ("改造老旧小区5个，上半年完成3个。", ["5 个", "3 个"]),
    "，6月底前完成N公里": ("新建通村公路30公里，6月底前完成18公里。", ["30 公里", "18 公里"]),
    "，三季度末建成N亩": ("新建高标准农田3000亩，三季度末建成2000亩。", ["3000 亩", "2000 亩"]),
    "其中9月底前N户": ("改造农村危房80户，其中9月底前完成50户。", ["80 户", "50 户"]),
}


@pytest.mark.parametrize("layout", list(SHARES))
def test_an_interim_share_is_a_target_after_the_whole_in_document_order(parse, layout):
    pledge, targets = SHARES[layout]
    (first, _) = commitments_of(
        parse(f"石门镇2031年工作要点\n一、重点工作\n1.{pledge}\n2.新增家庭农场20家。\n")
    )
    assert [f"{v} {u}" for v, u in _targets(first)] == targets
    assert str(first.deadline) == "2031-12-31"  # the share's period is a milestone
    assert len(first.milestones) == 1
