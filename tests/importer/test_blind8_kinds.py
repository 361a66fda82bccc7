"""Kinds of fault in the plan importer that the eighth blind set found in its Word table, its
工作要点 text and its scraped report (a numbered 注 under a table, a 要点 paragraph closed by
its owner bracket, a paragraph's lead phrase, ranges, fractions and units), each written in
wordings and layouts of its own: none of these documents copies a blind one."""

from __future__ import annotations

import io

import pytest

from tests.importer.conftest import commitments_of


def _targets(pledge) -> list[tuple[str, str, str]]:
    return [(str(t.value), t.unit, t.comparator) for t in pledge.targets]


# -- 1. a note under a table or a list is never a pledge ---------------------------------------

NOTES = {
    "one line, points after 注：": (
        "注：1.项目资金由镇财政统筹安排；2.责任单位排在首位的为牵头单位；3.完成情况纳入年度考核。"
    ),
    "one point a line": (
        "注：\n1.项目资金由镇财政统筹安排；\n2.责任单位排在首位的为牵头单位；\n"
        "3.完成情况纳入年度考核。"
    ),
    "the first point on the 注 line, the rest below": (
        "备注：1.项目资金约2.5亿元，由镇财政统筹安排；\n2.完成情况纳入年度考核。"
    ),
    "one sentence": "注：完成时限均为2031年内，项目进展每月报镇督查办。",
}


def _word_table_with_note(note: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("青溪镇2031年民生实事项目表")
    rows = [
        ["序号", "项目名称", "建设内容", "责任单位", "完成时限"],
        ["1", "村级养老服务站建设", "新建村级养老服务站4个", "社事办", "2031年9月底前"],
        ["2", "通组公路硬化", "硬化通组公路15公里", "交通站", "2031年11月底前"],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    for paragraph in note.split("\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("layout", list(NOTES))
def test_a_note_under_a_word_table_is_no_pledge(parse, layout):
    pledges = commitments_of(parse(_word_table_with_note(NOTES[layout]), "实事表.docx"))
    assert [p.text.split("，")[0] for p in pledges] == ["村级养老服务站建设", "通组公路硬化"]
    assert "考核" not in pledges[-1].text
    assert str(pledges[-1].deadline) == "2031-11-30"


@pytest.mark.parametrize("layout", list(NOTES))
def test_a_note_under_a_numbered_list_is_no_pledge(parse, layout):
    text = (
        "青溪镇2031年重点工作安排\n\n"
        "1.新建村级养老服务站4个，9月底前投入使用。\n"
        "2.硬化通组公路15公里，11月底前完工。\n" + NOTES[layout] + "\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges] == [
        "新建村级养老服务站4个，9月底前投入使用。",
        "硬化通组公路15公里，11月底前完工。",
    ]


def test_the_items_after_a_note_are_pledges_still(parse):
    """A note closes at its last point: the next part's items are pledges again."""
    text = (
        "青溪镇2031年重点工作安排\n\n一、民生实事\n"
        "1.新建村级养老服务站4个，9月底前投入使用。\n"
        "注：1.资金由镇财政安排；2.纳入年度考核。\n"
        "二、基础设施\n"
        "1.硬化通组公路15公里，11月底前完工。\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges] == [
        "新建村级养老服务站4个，9月底前投入使用。",
        "硬化通组公路15公里，11月底前完工。",
    ]


# -- 3. a paragraph's lead phrase is its heading; ranges, fractions, units ----------------------

LEADS = {
    "bold in Markdown": (
        "## 二、2031年工作安排\n\n**（一）扩大有效投资**\n\n"
        "**抓项目促投资。**全年实施重点项目80个，完成投资120亿元。"
        "力争新开工项目30个。\n\n"
        "**优化营商环境。**新增市场主体3000户。\n"
    ),
    "plain in a text copy": (
        "二、2031年工作安排\n\n（一）扩大有效投资\n"
        "抓项目促投资。全年实施重点项目80个，完成投资120亿元。力争新开工项目30个。\n"
        "优化营商环境。新增市场主体3000户。\n"
    ),
    "two short clauses as the lead": (
        "二、2031年工作安排\n\n（一）扩大有效投资\n"
        "聚焦项目建设，筑牢发展支撑。全年实施重点项目80个，完成投资120亿元。"
        "力争新开工项目30个。\n"
        "优化环境，激发活力。新增市场主体3000户。\n"
    ),
}


@pytest.mark.parametrize("layout", list(LEADS))
def test_a_paragraphs_lead_phrase_is_its_heading_not_a_pledge(parse, layout):
    name = "报告.md" if "Markdown" in layout else "报告.txt"
    pledges = commitments_of(parse(LEADS[layout], name))
    assert [p.text for p in pledges] == [
        "全年实施重点项目80个，完成投资120亿元。",
        "力争新开工项目30个。",
        "新增市场主体3000户。",
    ]


def test_a_short_pledge_alone_on_its_line_stays_a_pledge(parse):
    """Only a lead with sentences after it on its line heads them."""
    text = "二、2031年工作安排\n\n（一）扩大有效投资\n全年实施重点项目80个。\n持续优化营商环境。\n"
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges][-1] == "持续优化营商环境。"


RANGES = {
    "an em dash": ("地区生产总值增长6%—7%。", [("6", "%", ">="), ("7", "%", "<=")]),
    "a hyphen": ("居民人均可支配收入增长6.5%-7.5%。", [("6.5", "%", ">="), ("7.5", "%", "<=")]),
    "至": ("社会消费品零售总额增长5%至6%。", [("5", "%", ">="), ("6", "%", "<=")]),
    "the unit once": ("规上工业增加值增长7—8%。", [("7", "%", ">="), ("8", "%", "<=")]),
    "a quantity's range keeps its low end": (
        "新建高标准农田1.2万亩至1.5万亩。",
        [("1.2", "万亩", ">=")],
    ),
}


@pytest.mark.parametrize("wording", list(RANGES))
def test_a_rates_range_gives_its_floor_and_its_ceiling(parse, wording):
    sentence, expected = RANGES[wording]
    (pledge,) = commitments_of(parse("二、2031年工作安排\n\n一、" + sentence + "\n"))
    assert _targets(pledge) == expected


NUMBERS = {
    "五分之一以上": ("新兴产业产值占比提高到五分之一以上。", [("20", "%", ">=")]),
    "三分之一": ("绿色建筑占新建建筑比例达到三分之一。", [("33.3", "%", ">=")]),
    "亿千瓦时": ("年发电量达到1.8亿千瓦时。", [("1.8", "亿千瓦时", ">=")]),
    "万千瓦": ("新增风电装机容量20万千瓦。", [("20", "万千瓦", ">=")]),
    "万人次": ("接待游客突破350万人次。", [("350", "万人次", ">=")]),
    "小时以内": ("城市户均停电时间控制在2小时以内。", [("2", "小时", "<=")]),
    "天之内": ("企业开办时间压缩到1天之内。", [("1", "天", "<=")]),
    "分钟以下": ("急救平均响应时间15分钟以下。", [("15", "分钟", "<=")]),
    "a time without a cap": ("实行24小时值班，开展3天集中培训。", []),
    "左右": ("一般公共预算收入增长5%左右。", [("5", "%", "=")]),
}


@pytest.mark.parametrize("wording", list(NUMBERS))
def test_fractions_energy_units_and_capped_times_are_targets(parse, wording):
    sentence, expected = NUMBERS[wording]
    (pledge,) = commitments_of(parse("二、2031年工作安排\n\n一、" + sentence + "\n"))
    assert _targets(pledge) == expected


# -- 2. a 要点 paragraph closed by its owner bracket: one pledge a sentence -----------------------

BRACKETS = {
    "责任单位 with 、": (
        "（责任单位：经发办、财政所、各村）",
        "经济发展办公室",
        ["财政所", "各村"],
    ),
    "X，Y配合": ("（责任单位：经发办，财政所配合）", "经济发展办公室", ["财政所"]),
    "a full-width space between roles": (
        "（牵头：经发办　配合：财政所、各村）",
        "经济发展办公室",
        ["财政所", "各村"],
    ),
    "各村（社区） inside the bracket": (
        "（责任单位：经发办，财政所、各村（社区）配合）",
        "经济发展办公室",
        ["财政所", "各村（社区）"],
    ),
    "a 牵头领导 person first": ("（牵头领导：周明；责任单位：经发办）", "经济发展办公室", []),
    "a 分管领导 person and a space": ("（分管领导：周明　责任单位：经发办）", "经济发展办公室", []),
    "镇X负责": ("（镇经发办负责）", "经济发展办公室", []),
}


def _yaodian(bracket: str) -> str:
    return (
        "沙河镇2031年党委工作要点\n\n"
        "一、聚焦产业发展\n"
        "（一）抓实招商引资。全年新签约项目6个，到位资金不低于4亿元。"
        "9月底前完成物流园土地征收80亩。" + bracket + "\n"
        "（二）壮大村级集体经济。年内集体经济收入10万元以上的村达到12个。（镇农业办负责）\n\n"
        "各党支部、镇直各单位要对照本要点，细化工作措施，每季度末向镇党委报告落实情况。"
        "镇纪委要加强监督检查，将落实情况纳入年度综合考核。\n"
    )


@pytest.mark.parametrize("wording", list(BRACKETS))
def test_a_closing_owner_bracket_gives_its_owners_to_every_sentence(parse, wording):
    bracket, lead, co = BRACKETS[wording]
    pledges = commitments_of(parse(_yaodian(bracket)))
    assert [p.text for p in pledges[:2]] == [
        "全年新签约项目6个，到位资金不低于4亿元。",
        "9月底前完成物流园土地征收80亩。",
    ]
    # one sentence after its lead phrase: one pledge, as an item of a 任务分工方案 (unseen)
    assert len(pledges) == 3
    assert pledges[2].text.endswith("年内集体经济收入10万元以上的村达到12个。")
    assert [str(p.deadline) for p in pledges] == ["2031-12-31", "2031-09-30", "2031-12-31"]
    for pledge in pledges[:2]:
        assert (pledge.owner, sorted(pledge.co_owners)) == (lead, sorted(co))
    assert pledges[2].owner == "农业农村办公室"


def test_the_section_heading_is_no_pledge_with_or_without_a_bracket(parse):
    text = (
        "沙河镇2031年党委工作要点\n\n一、全面加强党的建设\n"
        "（一）夯实基层组织。年内发展党员10名，6月底前完成村党组织书记轮训。\n"
        "（二）加强作风建设。开展作风专项整治1次。（镇纪委负责）\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges] == [
        "年内发展党员10名，6月底前完成村党组织书记轮训。",
        "开展作风专项整治1次。",
    ]


CARRY_OUT = {
    "本要点": "各党支部、镇直各单位要对照本要点，细化工作措施，每季度末向镇党委报告落实情况。",
    "本方案": "各村（社区）、各站所要按照本方案要求，明确专人负责，确保各项任务按期完成。",
    "本计划 and a second paragraph": (
        "各责任单位要结合本计划，制定具体措施。\n镇纪委要加强监督检查，将落实情况纳入年度综合考核。"
    ),
}


@pytest.mark.parametrize("wording", list(CARRY_OUT))
def test_how_the_plan_is_carried_out_after_its_last_item_is_no_pledge(parse, wording):
    text = (
        "沙河镇2031年重点工作要点\n\n一、产业发展\n"
        "（一）新建高标准农田3000亩，10月底前完成。\n"
        "（二）新增市场主体200户。\n\n" + CARRY_OUT[wording] + "\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges] == [
        "新建高标准农田3000亩，10月底前完成。",
        "新增市场主体200户。",
    ]


def test_labelled_lines_under_an_item_keep_it_one_pledge(parse):
    """The sentences split only under a closing bracket, never under labelled lines."""
    text = (
        "沙河镇2031年重点工作任务\n\n"
        "1.抓实招商引资。全年新签约项目6个。9月底前完成土地征收80亩。\n"
        "责任单位：经发办\n完成时限：2031年12月底\n"
        "2.壮大集体经济。年内集体经济收入10万元以上的村达到12个。\n"
        "责任单位：农业办\n完成时限：2031年11月底\n"
    )
    pledges = commitments_of(parse(text))
    assert len(pledges) == 2


def test_oversight_alone_after_the_last_item_is_no_pledge(parse):
    text = (
        "沙河镇2031年重点工作要点\n\n一、产业发展\n"
        "（一）新建高标准农田3000亩，10月底前完成。\n"
        "（二）新增市场主体200户。\n\n"
        "镇纪委要加强监督检查，将落实情况纳入年度综合考核。\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges] == [
        "新建高标准农田3000亩，10月底前完成。",
        "新增市场主体200户。",
    ]


def test_a_unit_told_to_work_by_the_plan_before_more_items_keeps_them(parse):
    """Only after the last item does such a paragraph close the plan."""
    text = (
        "沙河镇2031年重点工作要点\n\n一、产业发展\n"
        "（一）新建高标准农田3000亩，10月底前完成。\n"
        "各村要对照本要点，落实农田建设任务。\n"
        "二、民生保障\n"
        "（一）新增城镇就业300人。\n"
    )
    pledges = commitments_of(parse(text))
    assert pledges[-1].text == "新增城镇就业300人。"
