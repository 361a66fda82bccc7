"""A kind of fault the thirteenth blind set found in targets (tests/importer/blind13/ pdf, the
fault list in :mod:`tests.importer.test_blind13`): ``对80周岁以上老人给予每餐3元补贴`` gave a
target 3 元. Money paid at a rate (每餐, 每人每月, 每亩, ``元/人``) or a subsidy's standard
(补助标准) says how the work is paid for, not how much is to be done; the money a pledge
spends in all (``发放补贴200万元``, ``投资5000万元``) and a rate it raises (``每人每月提高20元``)
stay targets. Written again here in
wordings and documents of its own."""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import pdf

RATES = {
    "建成老年助餐点20个，为70周岁以上老人每餐补助4元": [("20", "个")],
    "为低保对象每人每月发放生活补贴150元": [],
    "每亩奖补300元，新增土地流转5000亩": [("5000", "亩")],
    "完成困难家庭适老化改造200户，每户补助标准不超过5000元": [("200", "户")],
    "按600元/人发放技能培训补贴，培训农民工1500人次": [("1500", "人次")],
    "住房租赁补贴标准为每平方米15元": [],
}
TOTALS = {
    "发放各类助老补贴300万元": [("300", "万元")],
    "完成投资5000万元，建成养老服务中心3个": [("3", "个"), ("5000", "万元")],
    "每年新增就业500人": [("500", "人")],
    # a rate the pledge raises is its goal (blind8: ``每人每月提高20元`` → 20 元)
    "高龄津贴提高到每人每月120元": [("120", "元")],
    "城乡居民基础养老金每人每月提高20元": [("20", "元")],
}


def _targets(pledge) -> list[tuple[str, str]]:
    return sorted((format(t.value.normalize(), "f"), t.unit) for t in pledge.targets)


@pytest.mark.parametrize("sentence", [*RATES, *TOTALS])
def test_money_paid_at_a_rate_is_no_target_and_money_in_all_is(parse, sentence):
    (pledge,) = commitments_of(parse(f"2031年民生实事\n一、民生保障\n1. {sentence}。\n"))
    assert _targets(pledge) == sorted({**RATES, **TOTALS}[sentence])


def test_a_rate_in_a_pdf_list_of_projects(parse):
    data = pdf(
        [
            ("line", "白河区2031年民生实事项目"),
            ("line", "一、民生保障"),
            ("line", "1. 建设社区老年食堂15个，对80岁以上老人每餐补贴2元。（牵头单位：区民政局）"),
            (
                "line",
                "2. 发放困难群众取暖补贴120万元，按每户500元的标准发放。（牵头单位：区民政局）",
            ),
        ]
    )
    meals, heating = commitments_of(parse(data, "民生实事.pdf"))
    assert _targets(meals) == [("15", "个")]
    assert _targets(heating) == [("120", "万元")]
