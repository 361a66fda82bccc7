"""A count right after names listed with ``、`` and no ``等`` (the kind of miss of blind24's
docx: ``完成桂花苑、龙井新村2个小区综合改造``): it sums the names up in a clause whose goal verb
stands before the list, a target as ``X、Y等N个`` is (test_blind7_kinds); in a clause that
describes the town (``全镇辖东湖、西岭2个村``) it is none. Written in wordings of its own.

What a user sees: the pledge's count among its targets.
"""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of

COUNTED = {
    "完成 X、Y N个…改造": ("完成桂园、枫林新村2个小区综合改造，加装电梯12台。", ["2 个", "12 台"]),
    "改造 X、Y、Z N条…": ("改造解放巷、光明巷、东风巷3条背街小巷。", ["3 条"]),
    "推进 X、Y N个村…": ("推进东湖、西岭2个村的污水管网建设。", ["2 个"]),
    "新建 X、“Y” N个…": ("新建青石、“红旗”2个村级文化广场。", ["2 个"]),
}


@pytest.mark.parametrize("wording", list(COUNTED))
def test_a_count_after_names_listed_without_deng_is_a_target(parse, wording):
    pledge, targets = COUNTED[wording]
    (first, _) = commitments_of(
        parse(f"石门镇2044年工作要点\n一、重点工作\n1.{pledge}\n2.新增家庭农场20家。\n")
    )
    assert [f"{t.value} {t.unit}" for t in first.targets] == targets


@pytest.mark.parametrize(
    "pledge",
    [
        "全镇辖东湖、西岭2个村，做好基层治理工作。",
        "整治范围覆盖东湖、西岭2个村。",
    ],
)
def test_a_count_that_describes_the_town_after_names_is_no_target(parse, pledge):
    """A count that describes the town names no work."""
    (first, _) = commitments_of(
        parse(f"石门镇2044年工作要点\n一、重点工作\n1.{pledge}\n2.新增家庭农场20家。\n")
    )
    assert first.targets == []


@pytest.mark.parametrize(
    "pledge",
    ["硬化东湖、西岭两个片区通组道路5.2公里。", "改造城南、城北2个社区雨污管网3.6公里。"],
)
def test_a_count_of_the_scope_before_the_works_measure_is_no_target(parse, pledge):
    """``…两个片区通组道路6.4公里`` (blind18): the count names the scope, the length is the
    target."""
    (first, _) = commitments_of(
        parse(f"石门镇2044年工作要点\n一、重点工作\n1.{pledge}\n2.新增家庭农场20家。\n")
    )
    assert len(first.targets) == 1 and first.targets[0].unit == "公里"
