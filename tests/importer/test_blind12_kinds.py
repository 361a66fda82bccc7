# ruff: noqa: E501  (one-line items in Chinese run past the line limit)
"""Kinds of fault the twelfth blind set found in prose (a 为民办实事 实施方案 whose items name their
owners in a sentence of their own after the pledge, or their time after the owner bracket; a
scraped 街道 list whose items close with a sentence that is only their time), each written again in
wordings and layouts of its own: none of these documents copies a blind one."""

from __future__ import annotations

import datetime
import io

import pytest

from tests.importer.conftest import commitments_of


def _docx(text: str) -> bytes:
    """One paragraph a line; the item titles (``1.…工程``) bold, as a 实施方案 sets them."""
    import docx

    document = docx.Document()
    for line in text.splitlines():
        run = document.add_paragraph().add_run(line)
        run.bold = line[:2] in {"1.", "2.", "3.", "4.", "5."}
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _parse(parse, text: str, kind: str):
    data = _docx(text) if kind == "docx" else text
    return commitments_of(parse(data, f"shishi.{kind}"))


def _targets(pledge) -> list[tuple[str, str]]:
    return [(str(t.value), t.unit) for t in pledge.targets]


# -- 1. an owner sentence after the pledge: ``X负责，Y配合，…完成。``, ``X牵头，Y配合。`` -------------

PROSE_ITEMS = (
    "江岸县2031年为民办实事项目实施方案\n\n"
    "一、项目内容\n"
    "1.农村供水提升工程\n"
    "新建改造农村供水管网80公里，农村自来水普及率达到97%以上。县水利局负责，各乡镇配合，2031年三季度末完成。\n"
    "2.残疾人帮扶工程\n"
    "完成困难重度残疾人家庭无障碍改造120户。县残联牵头，县民政局、县卫健委配合。\n"
    "3.社区养老服务工程\n"
    "新建社区养老服务站6个。改造提升农村幸福院15个。由县民政局牵头，各乡镇配合，10月底前完成。\n"
    "4.妇女儿童关爱工程\n"
    "开展“两癌”免费筛查1.2万人次，建设儿童之家20个。县妇联、县卫健委共同负责，年底前完成。\n"
    "二、保障措施\n"
    "各单位要加强组织领导，确保项目按期完成。\n"
)


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_an_owner_sentence_after_the_pledge_is_its_owners_not_a_pledge(parse, kind):
    pledges = _parse(parse, PROSE_ITEMS, kind)
    texts = [p.text for p in pledges]
    assert len(pledges) == 5, texts
    assert not any("负责" in t or "配合" in t for t in texts), texts
    water, disabled, stations, homes, women = pledges
    assert (water.owner, water.co_owners, water.owner_source) == (
        "县水利局",
        ["各乡镇"],
        "explicit",
    )
    assert water.deadline == datetime.date(2031, 9, 30)
    assert _targets(water) == [("80", "公里"), ("97", "%")]
    assert (disabled.owner, disabled.co_owners) == ("县残联", ["县民政局", "县卫健委"])
    assert disabled.deadline == datetime.date(2031, 12, 31)
    # a paragraph of two sentences: the owner sentence is each one's, as an owner bracket is
    for pledge in (stations, homes):
        assert (pledge.owner, pledge.co_owners) == ("县民政局", ["各乡镇"]), pledge.text
        assert pledge.deadline == datetime.date(2031, 10, 31), pledge.text
    assert (women.owner, women.co_owners) == ("县妇联", ["县卫健委"])


# -- 2. a labelled item: an owner sentence before its 完成时限, a time after its owner bracket ------

LABELLED_ITEMS = (
    "江岸县2031年为民办实事项目实施方案\n\n"
    "一、项目内容\n"
    "1.食品安全工程\n"
    "完成食品安全抽检1800批次，改造智慧农贸市场2个。（责任单位：县市场监管局）12月20日前完成。\n"
    "2.就业帮扶工程\n"
    "城镇新增就业2600人，开展职业技能培训4000人次。（牵头单位：县人力社保局，配合单位：县总工会）9月底前完成。\n"
    "3.残疾人帮扶工程\n"
    "完成困难重度残疾人家庭无障碍改造120户。县残联牵头，县民政局配合。完成时限：年底前。\n"
    "4.科普惠民工程\n"
    "新建社区科普e站12个，开展科普进村活动60场。县科协负责，各乡镇配合。完成时限：2031年11月30日。\n"
    "5.教育提质工程\n"
    "新建幼儿园两所，新增学位900个。（责任单位：县教育局）完成时限：2031年8月底前。\n"
    "二、保障措施\n"
    "各单位要加强组织领导，确保项目按期完成。\n"
)


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_labelled_item_reads_its_owner_sentence_and_the_time_after_its_bracket(parse, kind):
    pledges = _parse(parse, LABELLED_ITEMS, kind)
    texts = [p.text for p in pledges]
    assert len(pledges) == 5, texts
    assert not any("负责" in t or "配合" in t or "完成时限" in t for t in texts), texts
    food, jobs, disabled, science, schools = pledges
    assert food.owner == "县市场监管局" and food.deadline == datetime.date(2031, 12, 20)
    assert (jobs.owner, jobs.co_owners) == ("县人力社保局", ["县总工会"])
    assert jobs.deadline == datetime.date(2031, 9, 30)
    assert (disabled.owner, disabled.co_owners) == ("县残联", ["县民政局"])
    assert disabled.owner_source == "explicit" and disabled.deadline == datetime.date(2031, 12, 31)
    assert (science.owner, science.co_owners) == ("县科协", ["各乡镇"])
    assert science.deadline == datetime.date(2031, 11, 30)
    assert schools.owner == "县教育局" and schools.deadline == datetime.date(2031, 8, 31)


# -- 3. a sentence that is only the item's time closes it: it is the deadline ----------------------

CLOSING = {
    "（N） items, 责任单位 after the time": (
        "东湖街道2031年重点工作任务清单\n\n"
        "一、城市更新\n"
        "（1）开展“净街”三年行动（2031—2033年），年内整治背街小巷5条。2031年9月底前完成。责任单位：街道城管办\n"
        "（2）全年检查企业不少于200家次，组织应急演练8场。10月底前完成。责任单位：街道应急办\n"
        "（3）全年新增养老床位40张。力争8月31日前建成投用。责任单位：街道社会事务办\n"
        "（4）全年引进项目6个，第一季度末完成首批项目签约。责任单位：街道经济发展办\n"
        "（5）年内改造老旧小区4个，6月底前完成2个。责任单位：街道城建办\n"
    ),
    "1. items, labelled lines": (
        "西城镇2031年重点工作任务\n\n"
        "1.今年整治背街小巷5条，实施“净街”三年行动（2031—2033年）。于2031年9月30日前全面完成。\n责任单位：镇城管办\n"
        "2.全年检查企业不少于200家次，组织应急演练8场。10月31日前完成。\n责任单位：镇应急办\n"
        "3.年内新增养老床位40张。8月底前建成并投入使用。\n责任单位：镇社会事务办\n"
        "4.全年引进项目6个，第一季度末完成首批项目签约。\n责任单位：镇经济发展办\n"
        "5.年内改造老旧小区4个，6月底前完成2个。\n责任单位：镇城建办\n"
    ),
    "prose, one pledge a sentence": (
        "南山镇2031年工作要点\n\n"
        "一、城市更新\n"
        "年内整治背街小巷5条。2031年9月底前完成。\n"
        "全年检查企业不少于200家次，组织应急演练8场。10月底前完成。\n"
        "二、民生保障\n"
        "全年新增养老床位40张。力争8月31日前建成投用。\n"
        "全年引进项目6个，第一季度末完成首批项目签约。\n"
        "年内改造老旧小区4个，6月底前完成2个。\n"
    ),
}


@pytest.mark.parametrize("layout", list(CLOSING))
def test_a_closing_sentence_that_is_only_a_time_is_the_deadline(parse, layout):
    pledges = commitments_of(parse(CLOSING[layout], "renwu.txt"))
    texts = [p.text for p in pledges]
    assert len(pledges) == 5, texts
    alleys, checks, beds, projects, estates = pledges
    assert alleys.deadline == datetime.date(2031, 9, 30), alleys.text
    assert checks.deadline == datetime.date(2031, 10, 31), checks.text
    assert beds.deadline == datetime.date(2031, 8, 31), beds.text
    for pledge in (alleys, checks, beds):
        assert pledge.milestones == [], (pledge.text, pledge.milestones)
    assert _targets(alleys) == [("5", "条")] and _targets(beds) == [("40", "张")]
    # a time inside a clause times its step only (blind11): the year's end stays the deadline
    assert projects.deadline == datetime.date(2031, 12, 31)
    assert [m.due for m in projects.milestones] == [datetime.date(2031, 3, 31)]
    assert estates.deadline == datetime.date(2031, 12, 31)
    assert [m.due for m in estates.milestones] == [datetime.date(2031, 6, 30)]


# -- 4. counts: what a clause gives those it serves; 幢 -------------------------------------------

COUNTS = {
    "为…免费适配辅助器具800件": ("为符合条件的残疾人免费适配辅助器具800件", ("800", "件")),
    "给…赠送助听器300台": ("给全县80岁以上困难老人赠送助听器300台", ("300", "台")),
    "向…配发取暖设备1200套": ("向城乡低保家庭免费配发取暖设备1200套", ("1200", "套")),
    "税收亿元楼两幢": ("培育税收亿元楼两幢", ("2", "幢")),
    "厂房3幢": ("新建标准厂房3幢", ("3", "幢")),
}


@pytest.mark.parametrize("wording", list(COUNTS))
def test_a_count_given_to_those_served_or_counted_in_buildings_is_a_target(parse, wording):
    clause, target = COUNTS[wording]
    text = f"北林县2031年重点工作\n\n一、民生保障\n{clause}，年底前完成。\n"
    (pledge,) = commitments_of(parse(text, "plan.txt"))
    assert _targets(pledge) == [target], pledge.targets
