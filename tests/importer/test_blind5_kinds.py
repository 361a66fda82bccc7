"""Kinds of fault the fifth blind set found (a 镇长办公会 纪要, a 街道 plan with role-first owner
brackets, a WeChat article), each written again in wordings and layouts of its own: none of
these documents copies a blind one."""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of

# -- 2. an owner bracket that names the role first: （牵头：经发办；配合：财政所） ----------

ROLE_FIRST_BRACKETS = {
    "full-width colons and a semicolon, after the full stop": (
        "石门镇2027年工作要点\n一、经济发展\n（一）建成冷链物流中心1个，8月底前投入运营。"
        "（牵头：经发办；配合：财政所）\n（二）新增市场主体200户。\n",
        "经济发展办公室",
        ["财政所"],
    ),
    "two helpers, a comma between the roles, before the full stop": (
        "石门镇2027年工作要点\n一、农业农村\n1.新建高标准农田3000亩（牵头：农业办，配合：水利站、"
        "自然资源所）。\n2.新增家庭农场10家。\n",
        "农业农村办公室",
        ["水利站", "自然资源所"],
    ),
    "an unknown lead kept as written, villages as helpers, 负责 for the lead": (
        "东城街道2027年工作计划\n一、城市更新\n（一）完成背街小巷改造12条，11月底前全部完工。"
        "（负责：街道城管办；协同：各社区居委会）\n（二）新建口袋公园3个。\n",
        "街道城管办",
        ["各社区居委会"],
    ),
}


@pytest.mark.parametrize("layout", list(ROLE_FIRST_BRACKETS))
def test_an_owner_bracket_naming_the_role_first_gives_lead_and_helpers(parse, layout):
    text, lead, helpers = ROLE_FIRST_BRACKETS[layout]
    first, second = commitments_of(parse(text))
    assert (first.owner, sorted(first.co_owners)) == (lead, helpers)
    assert "牵头" not in first.text and "配合" not in first.text, first.text
    assert "(" not in first.title and "（" not in first.title, first.title
    assert second.co_owners == []
