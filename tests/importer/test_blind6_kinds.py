"""Kinds of fault in the plan importer's prose rules that the sixth blind set found or that
its review showed (owners shared by duty, counts with a qualifier, ``最后，`` as a section
opener, a news lead, ``分别`` targets, estimated investment in prose, a time line over a group
of pledges, a whole goal with an interim share), each written in wordings and layouts of its
own: none of these documents copies a blind one."""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of


def _targets(pledge) -> list[tuple[str, str]]:
    return [(str(t.value), t.unit) for t in pledge.targets]


# -- 1. units that share a pledge by duty: （X、Y按职责分工负责） ---------------------------

SHARED_DUTY = {
    "按职责分工负责 in a bracket after the full stop, two unknown units": (
        "某县农业农村局2027年工作要点\n一、产业发展\n1. 新建蔬菜基地800亩。"
        "（种植业股、产业发展股按职责分工负责）\n2. 新增家庭农场20家。\n",
        "种植业股",
        ["产业发展股"],
    ),
    "按职能分工负责, three units in a bracket before the full stop": (
        "石门镇2027年工作要点\n一、经济发展\n（一）新建冷链仓库2座（经发办、财政所、各村按职能分工负责）。"
        "\n（二）新增家庭农场20家。\n",
        "经济发展办公室",
        ["财政所", "各村"],
    ),
    "分别负责 after a comma at the end of the sentence": (
        "石门镇2027年工作要点\n一、农业农村\n1.新建高标准农田3000亩，农业办、水利站分别负责。\n"
        "2.新增家庭农场20家。\n",
        "农业农村办公室",
        ["水利站"],
    ),
    "按职责分别负责 after a comma, three units, two unknown": (
        "东城街道2027年工作计划\n一、城市更新\n（一）完成背街小巷改造12条，街道城管办、规划建设办、"
        "各社区按职责分别负责。\n（二）新增家庭农场20家。\n",
        "街道城管办",
        ["规划建设办", "各社区"],
    ),
    "共同负责 in a bracket with a time": (
        "石门镇2027年工作要点\n一、经济发展\n1. 新增市场主体200户。（经发办、市场监管所共同负责，"
        "9月底前）\n2. 新增家庭农场20家。\n",
        "经济发展办公室",
        ["市场监管所"],
    ),
}


@pytest.mark.parametrize("layout", list(SHARED_DUTY))
def test_units_that_share_a_pledge_by_duty_name_the_first_lead_and_the_others_helpers(
    parse, layout
):
    text, lead, helpers = SHARED_DUTY[layout]
    first, second = commitments_of(parse(text))
    assert (first.owner, first.co_owners, first.owner_source) == (lead, helpers, "explicit")
    assert "负责）" not in first.text, first.text
    assert second.co_owners == []


# -- 2. a count, then a word that qualifies the thing counted: 3个标准化卫生室 -----------

QUALIFIED_COUNTS = {
    "按期建成3个标准化村卫生室": ("3", "个", "标准化村卫生室"),
    "年内创建2个省级示范村": ("2", "个", "省级示范村"),
    "新建4个规范化便民服务站": ("4", "个", "规范化便民服务站"),
    "建设3个一体化污水处理站": ("3", "个", "一体化污水处理站"),
    "实施5个重点项目": ("5", "个", "重点项目"),
    "打造两个市级美丽乡村示范点": ("2", "个", "市级美丽乡村示范点"),
}


@pytest.mark.parametrize("pledge", list(QUALIFIED_COUNTS))
def test_a_count_before_a_qualified_thing_is_the_goal(parse, pledge):
    value, unit, thing = QUALIFIED_COUNTS[pledge]
    (first,) = commitments_of(parse(f"2027年石门镇工作要点\n一、社会事业\n1.{pledge}。\n"))
    assert _targets(first) == [(value, unit)], first.targets
    assert thing in first.targets[0].metric


@pytest.mark.parametrize(
    "pledge",
    [
        "落实安全生产15条硬措施，推行“1188”工作模式",
        "制定3个标准，完善5个机制，实施五年行动",
        "抓好三个方面工作，落实十项重点任务，把握三个原则开展工作",
    ],
)
def test_names_with_numbers_stay_no_targets_beside_qualified_counts(parse, pledge):
    (first,) = commitments_of(parse(f"2027年石门镇工作要点\n一、安全生产\n1.{pledge}。\n"))
    assert first.targets == []
