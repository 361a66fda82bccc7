"""Kinds of fault that the sixteenth blind set found in its prose and its monthly workbook
(tests/importer/blind16/, the fault list in :mod:`tests.importer.test_blind16`), each written
again in wordings and layouts of its own: none of these documents copies a blind one.

What a user sees: a bracket that lists units without 牵头/配合 words (``（社事办、镇卫生院）``)
gives the pledge all of them, the first the lead; a time over a floor (``每月驻村走访不少于8天``)
is a target, a time alone (``连续3天``, ``24小时值班``) is none; a month cell's share of the
work done (``完成60%``) is that stage's, a milestone, never a target.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date


def _targets(pledge) -> list[tuple[str, str, str]]:
    return [(str(t.value), t.unit, t.comparator) for t in pledge.targets]


def _owners(pledge) -> tuple[str, list[str]]:
    return pledge.owner, list(pledge.co_owners)


# -- a bracket that lists units without roles: the first leads, the others co-own -------------

UNIT_LISTS = {
    "、 before the stop": ("参保率稳定在97%以上（社事办、镇卫生院）。", ["镇卫生院"]),
    "， before the stop": ("参保率稳定在97%以上（社事办，镇卫生院）。", ["镇卫生院"]),
    "three units, half-width brackets": (
        "参保率稳定在97%以上(社事办、镇卫生院、各村)。",
        ["镇卫生院", "各村"],
    ),
    "after the stop": ("参保率稳定在97%以上。（社事办、镇卫生院）", ["镇卫生院"]),
    "labelled 责任单位": ("参保率稳定在97%以上（责任单位：社事办、镇卫生院）。", ["镇卫生院"]),
}


def _report(sentence: str) -> str:
    return (
        "河西镇2035年政府工作报告\n\n"
        "二、2035年工作安排\n\n"
        "（一）增进民生福祉。新增城镇就业200人（经发办牵头，便民服务中心配合）。"
        "城乡居民基本医疗保险" + sentence + "\n"
        "（二）改善人居环境。完成农村户厕改造420户（农业办牵头，环保办配合）。\n"
    )


@pytest.mark.parametrize("wording", list(UNIT_LISTS))
def test_a_bracket_listing_units_gives_the_pledge_all_of_them(parse, wording):
    sentence, co = UNIT_LISTS[wording]
    pledges = commitments_of(parse(_report(sentence)))
    assert len(pledges) == 3
    insured = pledges[1]
    assert insured.text.startswith("城乡居民基本医疗保险参保率稳定在97%以上")
    assert "社事办" not in insured.text
    assert _owners(insured) == ("社会事务办公室", co)
    assert _targets(insured) == [("97", "%", ">=")]


def test_a_bracket_that_names_the_thing_again_is_no_owner(parse):
    """``改造镇卫生院（中心卫生院）门诊楼``, ``完成东村、西村（东片、西片）``: one name, or no
    office first, is another name of the thing."""
    pledges = commitments_of(
        parse(
            "二、2035年工作安排\n\n"
            "（一）补齐民生短板。改造镇卫生院（中心卫生院）。"
            "完成东村、西村污水管网铺设5公里（东村、西村）。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "改造镇卫生院（中心卫生院）。",
        "完成东村、西村污水管网铺设5公里（东村、西村）。",
    ]
    assert all(p.owner_source != "explicit" for p in pledges)


# -- a time over a floor is a target, a time alone is none ------------------------------------

TIMES = {
    "不少于…天": ("镇领导班子成员每月驻村走访不少于8天。", [("8", "天", ">=")]),
    "至少…天": ("驻村工作队员每周在村工作至少4天。", [("4", "天", ">=")]),
    "不低于…小时": ("每名党员全年参加集中学习不低于40小时。", [("40", "小时", ">=")]),
    "不少于…分钟": ("各村广播每天播放防诈骗提示不少于30分钟。", [("30", "分钟", ">=")]),
    "a cap still": ("群众诉求办结时间压缩到3天以内。", [("3", "天", "<=")]),
    "连续…天": ("汛期开展连续3天的防汛巡查。", []),
    "24小时": ("防汛期间实行24小时值班。", []),
}


@pytest.mark.parametrize("wording", list(TIMES))
def test_a_time_over_a_floor_is_a_target_and_a_time_alone_is_none(parse, wording):
    sentence, expected = TIMES[wording]
    (pledge,) = commitments_of(
        parse("二、2035年工作安排\n\n（一）加强队伍建设。" + sentence + "（党政办牵头）\n")
    )
    assert _targets(pledge) == expected


# -- a share of the work done in a schedule is the stage's, no target -------------------------

MONTHS = [f"{m}月" for m in range(1, 13)]


def _monthly_workbook(cells: dict[str, str]) -> bytes:
    row = [1, "河塘整治", "完成8座山塘和15处渠道清淤整治。", "水利站"]
    row += [cells.get(month) for month in MONTHS]
    return xlsx(
        {
            "月度计划": [
                ["白沙乡2035年重点工作月度推进计划表"],
                ["序号", "重点工作", "目标任务", "责任单位", *MONTHS, "完成时限"],
                row + ["汛期前"],
            ]
        }
    )


SHARES = {
    "完成60%": {"1月": "排查", "3月": "开工", "4月": "完成60%", "5月": "全面完成"},
    "完成工程量的50%": {"2月": "开工", "4月": "完成工程量的50%", "5月": "全面完成"},
    "形象进度达到80%": {"3月": "开工", "4月": "形象进度达到80%", "5月": "全面完成"},
    "full-width ％ and 累计": {"3月": "累计完成70％", "5月": "全面完成"},
}


@pytest.mark.parametrize("wording", list(SHARES))
def test_a_share_of_the_work_in_a_month_cell_is_a_milestone_not_a_target(parse, wording):
    (pledge,) = commitments_of(parse(_monthly_workbook(SHARES[wording]), "月度推进计划.xlsx"))
    assert _targets(pledge) == [("8", "座", ">="), ("15", "处", ">=")]
    assert pledge.deadline == D(2035, 5, 31)
    assert any("%" in m.text or "％" in m.text for m in pledge.milestones)


def test_a_share_of_the_work_in_a_time_label_is_a_milestone_not_a_target(parse):
    (pledge,) = commitments_of(
        parse(
            "石桥镇2035年重点任务\n1.推进镇区污水管网改造工程\n牵头单位：村建办\n"
            "时间节点：6月底前完成工程量的50%，11月底前全面完工\n",
            year=2035,
        )
    )
    assert pledge.targets == []
    assert [m.due for m in pledge.milestones] == [D(2035, 6, 30)]


def test_a_rate_in_a_schedule_beside_a_pledge_without_one_stays_a_target(parse):
    """``6月：利用率达到80%``: a rate of another measure is a target, as SPEC §3 says."""
    data = xlsx(
        {
            "月度计划": [
                ["序号", "重点工作", "目标任务", "责任单位", *MONTHS],
                [1, "秸秆利用", "推进秸秆综合利用。", "农业办", *[None] * 5, "利用率达到80%"],
            ]
        }
    )
    (pledge,) = commitments_of(parse(data, "2035年月度推进计划.xlsx"))
    assert _targets(pledge) == [("80", "%", ">=")]


# -- the framing paragraph's planned numbers are the plan's goals, section 0 -------------------

FRAMINGS = {
    "总体思路是：": "2035年全镇工作的总体思路是：以产业兴镇为主线，抓项目、惠民生，",
    "总体要求：": "2035年工作的总体要求：坚持稳中求进，以项目建设为抓手，",
    "工作思路是 after a review sentence": (
        "2034年，全镇农村居民人均可支配收入达到21000元，增长6.8%。"
        "2035年全镇工作的工作思路是：以产业兴镇为主线，"
    ),
}


def _plan_with_framing(framing: str, goals: str) -> str:
    return (
        "青山镇2035年工作计划\n\n"
        "一、2034年工作回顾\n"
        "2034年，全镇完成财政收入4680万元，同比增长5.3%；新发展油菜种植2000亩，"
        "完成农村改厕310户。\n\n"
        "二、2035年工作计划\n" + framing + goals + "重点抓好以下三个方面：\n"
        "（一）产业发展。由经发办牵头，全年招引亿元以上项目2个。\n"
        "（二）乡村建设。由农业办牵头，完成农村改厕350户。\n"
        "（三）民生保障。由社事办牵头，新增城镇就业200人。\n"
    )


@pytest.mark.parametrize("wording", list(FRAMINGS))
def test_planned_numbers_in_the_framing_paragraph_are_the_goals_pledge(parse, wording):
    goals = "力争财政收入增长5%以上，城镇新增就业300人以上。"
    parsed = parse(_plan_with_framing(FRAMINGS[wording], goals))
    sections = parsed.documents[0].sections
    assert [s.number for s in sections] == [0, 1, 2, 3]
    (goal,) = sections[0].commitments
    assert goal.code == "2035-00-01"
    assert goal.text.endswith(goals) and "2034年" not in goal.text
    assert _targets(goal) == [("5", "%", ">="), ("300", "人", ">=")]
    # the review's numbers (its part, or a sentence at the arrangement's opening) are no pledge
    texts = [c.text for s in sections for c in s.commitments]
    assert not any("4680" in t or "21000" in t or "310户" in t for t in texts)


def test_framing_without_numbers_is_no_pledge(parse):
    parsed = parse(
        _plan_with_framing("2035年全镇工作的总体思路是：以产业兴镇为主线，", "抓项目、惠民生。")
    )
    assert [s.number for s in parsed.documents[0].sections] == [1, 2, 3]
