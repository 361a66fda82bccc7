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
