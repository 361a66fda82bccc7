"""Kinds of fault of the fourth blind set (tests/importer/blind4/, its report's kinds B, C,
F18–F19 and the confusing output): items and tables swallowed, a 印发 notice's head taken for
the title, odd target metrics. Each is written again in wordings and layouts of its own: none
of these documents copies a blind one."""

from __future__ import annotations

import datetime
from decimal import Decimal as D

import pytest

from tests.importer.conftest import commitments_of

# -- B6. an item number followed by a month or a year is an item, not a decimal ----------

MONTH_ITEMS = {
    "4.6月底前 then 5. with trailing owner brackets": (
        "青山镇2027年工作要点\n一、重点工作\n（一）水利建设\n"
        "3.新建山塘2座。（牵头单位：水利站）\n"
        "4.6月底前完成清溪河治理，治理河道3.5公里。（牵头单位：水利站；配合单位：农业办）\n"
        "5.全年新增造林1200亩。（牵头单位：林业站）\n二、保障措施\n1.加强领导。\n",
        "清溪河",
        "造林",
    ),
    "1.10月底前, item 2 follows, 、 style elsewhere": (
        "青山镇2027年重点工作安排\n一、民生实事\n"
        "1.10月底前建成村级养老服务站4个，由民政办负责。\n"
        "2.年底前改造农村危房30户，由规划建设办负责。\n二、保障措施\n1.强化督查。\n",
        "养老服务站",
        "危房",
    ),
    "2.2027年 as the item's start, full stops between": (
        "青山镇2027年工作要点\n一、产业发展\n"
        "1.引进项目5个。\n"
        "2.2027年新增规上工业企业3家。\n"
        "3.9月底前建成冷链仓储中心1处。\n二、保障措施\n1.强化督查。\n",
        "规上工业企业",
        "冷链",
    ),
}


@pytest.mark.parametrize("layout", list(MONTH_ITEMS))
def test_an_item_number_before_a_month_or_year_is_an_item(parse, layout):
    text, item, following = MONTH_ITEMS[layout]
    pledges = commitments_of(parse(text))
    texts = [p.text for p in pledges]
    (mine,) = [p for p in pledges if item in p.text]
    (after,) = [p for p in pledges if following in p.text]
    assert mine is not after, texts
    assert not mine.text[0].isdigit() or "月" in mine.text[:3] or "年" in mine.text[:5], texts
    assert not any(t.value in (D("4.6"), D("1.10"), D("2.2027")) for p in pledges for t in p.targets)
    assert after.owner not in mine.co_owners, (mine.co_owners, after.owner)
    assert mine.deadline is not None and mine.deadline.year == 2027


def test_the_month_after_the_item_number_is_the_deadline(parse):
    (first, second) = commitments_of(
        parse(
            "青山镇2027年工作要点\n一、重点工作\n4.6月底前完成清溪河治理。（牵头单位：水利站）\n"
            "5.全年新增造林1200亩。（牵头单位：林业站）\n"
        )
    )
    assert first.text.startswith("6月底前完成清溪河治理"), first.text
    assert first.deadline == datetime.date(2027, 6, 30)
    assert first.co_owners == []
    assert second.owner == "林业站" or "林业" in (second.owner or ""), second.owner
