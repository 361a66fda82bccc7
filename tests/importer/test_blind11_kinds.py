# ruff: noqa: E501  (item lines in Chinese run past the line limit)
"""Kinds of fault the eleventh blind set found (an item's owner line labelled only ``单位：``, a
count of 万 + a measure word, a contact line after the last section), each written again in
wordings and layouts of its own: none of these documents copies a blind one."""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs

_docx = paragraphs


def _targets(pledge) -> list[tuple[str, str]]:
    return [(str(t.value), t.unit) for t in pledge.targets]


# -- 1. an owner line labelled only 单位： (or 部门：) names the lead and its helpers ----------

BARE_OWNER_LINES = {
    "indented lines, （牵头） after the first unit, 、 between": (
        "青河县2031年为民办实事项目\n\n"
        "1. 新建乡镇污水处理站\n    目标：新建乡镇污水处理站4座。\n    时限：2031年10月底前\n"
        "    单位：县住建局（牵头）、县生态环境分局、各乡镇人民政府\n"
        "2. 改造农村公路\n    目标：改造农村公路30公里。\n    时限：年底前\n"
        "    单位：县交通运输局（牵头）\n"
    ),
    "half-width brackets and colon, units after a comma": (
        "青河县2031年为民办实事项目\n\n"
        "一、新建乡镇污水处理站\n建设内容：新建乡镇污水处理站4座。\n完成时间：2031年10月底前\n"
        "单位: 县住建局(牵头)，县生态环境分局，各乡镇人民政府\n"
        "二、改造农村公路\n建设内容：改造农村公路30公里。\n完成时间：年底前\n"
        "单位: 县交通运输局(牵头)\n"
    ),
    "部门： with the lead first and no （牵头）, the owner line before the time": (
        "青河县2031年为民办实事项目\n\n"
        "（一）新建乡镇污水处理站\n新建乡镇污水处理站4座。\n"
        "部门：县住建局、县生态环境分局、各乡镇人民政府\n时限：2031年10月31日\n"
        "（二）改造农村公路\n改造农村公路30公里。\n部门：县交通运输局\n时限：2031年12月31日\n"
    ),
}


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("layout", list(BARE_OWNER_LINES))
def test_an_owner_line_labelled_only_unit_names_the_lead_and_co_owners(parse, layout, kind):
    text = BARE_OWNER_LINES[layout]
    parsed = parse(_docx(text) if kind == "docx" else text, f"shishi.{kind}")
    pledges = commitments_of(parsed)
    assert len(pledges) == 2, [p.text for p in pledges]
    sewage, roads = pledges
    assert "单位" not in sewage.text and "部门" not in sewage.text, sewage.text
    assert (sewage.owner, sewage.owner_source) == ("县住建局", "explicit")
    assert sewage.co_owners == ["县生态环境分局", "各乡镇人民政府"]
    assert (sewage.deadline.month, sewage.deadline.day) == (10, 31)
    assert _targets(sewage) == [("4", "座")]
    assert (roads.owner, roads.co_owners, roads.owner_source) == ("县交通运输局", [], "explicit")
    assert _targets(roads) == [("30", "公里")]


def test_a_unit_line_with_role_words_after_the_names(parse):
    text = (
        "2031年民生实事\n1. 新建养老服务中心3个\n   时限：2031年9月\n"
        "   单位：区民政局牵头，区住建局配合\n2. 改造燃气管道8公里\n   时限：2031年10月\n"
        "   单位：区住建局负责\n"
    )
    homes, gas = commitments_of(parse(text))
    assert (homes.owner, homes.co_owners) == ("区民政局", ["区住建局"])
    assert (gas.owner, gas.co_owners, gas.owner_source) == ("区住建局", [], "explicit")


@pytest.mark.parametrize("label", ["单位", "责任单位", "牵头单位"])
def test_the_lead_mark_on_the_last_name_marks_that_name_only(parse, label):
    text = (
        f"2031年民生实事\n1. 新建养老服务中心3个\n   时限：2031年9月\n"
        f"   {label}：区住建局、区民政局（牵头）\n"
    )
    (homes,) = commitments_of(parse(text))
    assert (homes.owner, homes.co_owners) == ("区民政局", ["区住建局"])


def test_a_unit_line_naming_a_town_government_or_a_company_is_an_owner(parse):
    text = (
        "2031年重点项目\n1.建设集镇农贸市场\n目标：新建农贸市场1个。\n单位：柳溪镇人民政府\n"
        "2.建设光伏电站\n目标：新建光伏电站5兆瓦。\n单位：县城投公司（牵头）、县发改局\n"
    )
    market, solar = commitments_of(parse(text))
    assert (market.owner, market.co_owners) == ("柳溪镇人民政府", [])
    assert (solar.owner, solar.co_owners) == ("县城投公司", ["县发改局"])


TITLED_ITEMS = {
    "目标： restating the title's count": (
        "1. 新建村级养老服务站5个\n   目标：新建村级养老服务站5个，新增床位60张。\n   时限：9月底前\n"
        "   单位：县民政局（牵头）、各乡镇人民政府\n"
    ),
    "建设内容： restating it after the owner line": (
        "1、新建村级养老服务站5个\n单位：县民政局(牵头)、各乡镇人民政府\n时限：9月底前\n"
        "建设内容：新建村级养老服务站5个，新增床位60张。\n"
    ),
}


@pytest.mark.parametrize("layout", list(TITLED_ITEMS))
def test_a_title_whose_count_the_content_states_again_counts_once(parse, layout):
    text = "青河县2031年民生实事\n" + TITLED_ITEMS[layout]
    (homes,) = commitments_of(parse(text))
    assert _targets(homes) == [("5", "个"), ("60", "张")], homes.text
    assert (homes.owner, homes.co_owners) == ("县民政局", ["各乡镇人民政府"])
    assert homes.deadline.month == 9


def test_a_title_without_the_contents_count_stays_the_pledges_name(parse):
    text = (
        "青河县2031年民生实事\n1. 新增公办学位\n目标：改扩建小学2所，新增学位900个。\n"
        "单位：县教育局（牵头）、县财政局\n"
    )
    (schools,) = commitments_of(parse(text))
    assert schools.text.startswith("新增公办学位"), schools.text
    assert _targets(schools) == [("2", "所"), ("900", "个")]


UNITS_OF_MEASURE = {
    "a bracketed unit line under the title": (
        "青河县2031年重点项目计划\n（单位：万元）\n"
        "1.新建标准厂房5万平方米，完成投资8000万元，县工信局负责。\n"
        "2.改造农村公路30公里，完成投资3000万元，县交通运输局负责。\n"
    ),
    "a unit line inside an item": (
        "青河县2031年重点项目计划\n"
        "1.新建标准厂房\n目标：新建标准厂房5万平方米。\n单位：万平方米\n牵头单位：县工信局\n"
        "2.改造农村公路\n目标：改造农村公路30公里。\n单位：公里\n牵头单位：县交通运输局\n"
    ),
}


@pytest.mark.parametrize("layout", list(UNITS_OF_MEASURE))
def test_a_unit_of_measure_line_names_no_owner(parse, layout):
    factory, roads = commitments_of(parse(UNITS_OF_MEASURE[layout]))
    assert factory.owner == "县工信局" and factory.co_owners == [], factory.owner
    assert roads.owner == "县交通运输局" and roads.co_owners == [], roads.owner
    assert ("5", "万平方米") in _targets(factory) and ("30", "公里") in _targets(roads)


def test_a_unit_column_of_measure_words_stays_the_targets_unit(parse):
    csv = (
        "序号,指标名称,单位,2031年目标,牵头单位\n"
        "1,新建村级养老服务站,个,6,县民政局\n2,新建农村公路,公里,30,县交通运输局\n"
    )
    homes, roads = commitments_of(parse(csv.encode("utf-8"), "zhibiao.csv", year=2031))
    assert (homes.owner, homes.co_owners) == ("县民政局", [])
    assert _targets(homes) == [("6", "个")] and _targets(roads) == [("30", "公里")]


# -- 2. 万 and a measure word are one unit: 2万册 is 2 万册, as 3万亩 is 3 万亩 ----------------

LARGE_COUNTS = {
    "新增馆藏图书3万册": ("3", "万册"),
    "栽植苗木1.5万棵": ("1.5", "万棵"),
    "全年出栏生猪两万头": ("2", "万头"),
    "发展林下养鸡10万只": ("10", "万只"),
    "增殖放流鱼苗20万尾": ("20", "万尾"),
    "发放政策明白卡5万份": ("5", "万份"),
    "摆放时令花卉1万盆": ("1", "万盆"),
    "新增农家书屋图书3000册": ("3000", "册"),
}


@pytest.mark.parametrize("clause", list(LARGE_COUNTS))
def test_a_count_in_ten_thousands_keeps_its_measure_word(parse, clause):
    text = f"白石镇2031年工作要点\n一、民生事业\n1.{clause}，10月底前完成，由文化站负责。\n"
    (pledge,) = commitments_of(parse(text))
    assert _targets(pledge) == [LARGE_COUNTS[clause]], pledge.targets


def test_large_counts_in_one_sentence_are_each_a_target(parse):
    text = (
        "白石镇2031年工作要点\n（一）绿化造林\n完成植树造林800亩，栽植苗木3万株、花卉2万盆，"
        "新建村级图书室4个、配送图书1.2万册。\n"
    )
    (pledge,) = commitments_of(parse(text))
    assert _targets(pledge) == [
        ("800", "亩"),
        ("3", "万株"),
        ("2", "万盆"),
        ("4", "个"),
        ("1.2", "万册"),
    ]


OVER_COUNTS = {
    "配送图书2万余册": ("2", "万册", ">="),
    "新增耕地1.2万余亩": ("1.2", "万亩", ">="),
    "栽植苗木3万多株": ("3", "万株", ">="),
    "带动就业1万余人": ("1", "万人", ">="),
}


@pytest.mark.parametrize("clause", list(OVER_COUNTS))
def test_more_than_a_count_in_ten_thousands_is_a_floor(parse, clause):
    text = f"白石镇2031年工作要点\n一、民生事业\n1.{clause}，年底前完成。\n"
    (pledge,) = commitments_of(parse(text))
    assert [(str(t.value), t.unit, t.comparator) for t in pledge.targets] == [OVER_COUNTS[clause]]


def test_a_yearly_capacity_in_pieces_names_its_project(parse):
    """``年产50万套…项目`` names the project (its product line); a capacity in a measure of
    its own (``年产5万吨``) sizes what is built and stays a target (blind3, blind4)."""
    text = (
        "白石镇2031年重点项目\n一、产业项目\n1.建设年产30万件服装加工项目，完成投资8000万元。\n"
        "2.推进年产5万吨有机肥加工项目建设。\n3.实现年出栏2万头生猪。\n"
    )
    clothes, fertiliser, pigs = commitments_of(parse(text))
    assert _targets(clothes) == [("8000", "万元")]
    assert _targets(fertiliser) == [("5", "万吨")]
    assert _targets(pigs) == [("2", "万头")]


# -- 3. a contact line after the last item is no pledge ----------------------------------

CONTACT_ENDINGS = {
    "an office with its phone in brackets, then the date": (
        "镇党政综合办公室（联系电话：0735-6612345）\n2031年3月2日\n"
    ),
    "咨询电话 and 监督电话 on one line, then the issuer and date": (
        "咨询电话：0735-6612345，监督电话：12345。\n白石镇人民政府\n2031年3月2日\n"
    ),
    "a contact person and a phone, no date after": ("联系人：王敏，联系电话：13807351234\n"),
    "an office and its phone after a space, an e-mail, then the date": (
        "白石镇党政办 电话：0735-6612345\n电子邮箱：baishi@163.com\n2031年3月2日\n"
    ),
    "a hotline alone after a blank line": ("\n服务热线：0735-12345、12345\n"),
}

CONTACT_PLAN = (
    "白石镇2031年民生实事\n\n"
    "一、教育\n新建白石镇中心幼儿园1所，新增学位180个，8月底前完成，由社会事务办负责。\n"
    "二、交通\n硬化通组公路12公里，年底前完工，由规划建设办负责、各村配合。\n"
)


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("ending", list(CONTACT_ENDINGS))
def test_a_contact_line_after_the_last_item_is_no_pledge(parse, ending, kind):
    text = CONTACT_PLAN + CONTACT_ENDINGS[ending]
    pledges = commitments_of(parse(_docx(text) if kind == "docx" else text, f"shishi.{kind}"))
    texts = [p.text for p in pledges]
    assert len(pledges) == 2, texts
    assert not any(word in t for t in texts for word in ("电话", "联系人", "热线", "邮箱")), texts
    assert _targets(pledges[1]) == [("12", "公里")]


def test_a_last_pledge_that_opens_a_hotline_stays_a_pledge(parse):
    text = CONTACT_PLAN + "三、服务\n开通12345便民服务热线分中心，年底前建成，由党政办负责。\n"
    pledges = commitments_of(parse(text))
    assert len(pledges) == 3 and "热线" in pledges[2].text


# -- 4. a count alone in its clause (a table row flattened to commas) counts what the clause
# before it builds ---------------------------------------------------------------------------

FLATTENED_ROWS = {
    "task, count, date": "新建村级养老服务站，3个，2031年10月31日。",
    "task, count, owner, date": "村级养老服务站建设，3个，县民政局，2031年10月底前。",
    "full-width commas, a numbered row": "1，新建村级养老服务站，3个，县民政局，2031年10月31日",
}


@pytest.mark.parametrize("row", list(FLATTENED_ROWS))
def test_a_count_alone_between_commas_is_the_rows_target(parse, row):
    text = f"青河县2031年重点工作台账\n一、民生保障\n{FLATTENED_ROWS[row]}\n"
    (homes,) = commitments_of(parse(text))
    assert _targets(homes) == [("3", "个")], homes.text
    assert (homes.deadline.month, homes.deadline.day) == (10, 31)


def test_a_count_alone_after_a_clause_that_describes_is_no_target(parse):
    text = "青河县2031年重点工作\n一、基层治理\n全镇共有行政村，12个，推进村务公开全覆盖。\n"
    (pledge,) = commitments_of(parse(text))
    assert _targets(pledge) == []


# -- 5. the count of things meeting a condition: the threshold is the condition's ----------

QUALIFIED_COUNTS = {
    "村级集体经济收入10万元以上的村12个": ("12", "个"),
    "集体经济年收入50万元以上村6个": ("6", "个"),
    "村集体经济收入超过20万元的村8个": ("8", "个"),
    "年营业收入2000万元以上的企业新增5家": ("5", "家"),
}


@pytest.mark.parametrize("clause", list(QUALIFIED_COUNTS))
def test_a_count_of_things_meeting_a_condition_is_the_target(parse, clause):
    text = f"白石镇2031年工作要点\n（一）产业发展\n{clause}，年底前实现，由经济发展办公室负责。\n"
    (pledge,) = commitments_of(parse(text))
    assert _targets(pledge) == [QUALIFIED_COUNTS[clause]], pledge.targets


def test_a_count_of_what_the_town_has_is_no_target(parse):
    text = "白石镇2031年工作要点\n（一）乡村治理\n全镇有50户以上的自然村12个，年内实现通组道路全覆盖。\n"
    (pledge,) = commitments_of(parse(text))
    assert _targets(pledge) == []


# -- 6. ≥ and ≤ in prose compare as 不低于 and 不超过 do -----------------------------------

SIGNS = {
    "农村生活垃圾无害化处理率≥95%": ("95", "%", ">=", "农村生活垃圾无害化处理率"),
    "森林覆盖率 ≥ 62%": ("62", "%", ">=", "森林覆盖率"),
    "生活污水集中处理率＞85%": ("85", "%", ">=", "生活污水集中处理率"),
    "PM2.5平均浓度≤35微克/立方米": ("35", "微克/立方米", "<=", "PM2.5平均浓度"),
    "一般项目审批时限≤5个工作日": ("5", "工作日", "<=", "一般项目审批时限"),
    "较大以上安全事故≤1起": ("1", "起", "<=", "较大以上安全事故"),
    "城镇登记失业率<=3.5%": ("3.5", "%", "<=", "城镇登记失业率"),
}


@pytest.mark.parametrize("clause", list(SIGNS))
def test_a_sign_before_a_number_is_its_comparator(parse, clause):
    text = f"青河县2031年生态环境工作要点\n一、主要目标\n1.{clause}。\n"
    (pledge,) = commitments_of(parse(text))
    assert [(str(t.value), t.unit, t.comparator, t.metric) for t in pledge.targets] == [
        SIGNS[clause]
    ]


# -- 7. a dotted year and month before a stage, and the seasons of the year ---------------

DOTTED_STAGES = {
    "two stages, the second the next year": (
        "建设镇综合服务中心，2031.6开工建设，2032.8主体完工。",
        "2032-08-31",
        ["2031-06-30"],
    ),
    "a dot and 前": ("新建文化广场1个，2031.10前完成。", "2031-10-31", []),
    "a slash": ("建设镇综合服务中心，2032/8主体完工。", "2032-08-31", []),
    "a dash and a zero": (
        "建设镇综合服务中心，2031.6开工，2032-08完工。",
        "2032-08-31",
        ["2031-06-30"],
    ),
    "full-width dot, a stage after a verb of assurance": (
        "改造镇区供水管网，2031．9确保完工。",
        "2031-09-30",
        [],
    ),
}


@pytest.mark.parametrize("wording", list(DOTTED_STAGES))
def test_a_dotted_year_and_month_before_a_stage_is_a_time(parse, wording):
    sentence, due, milestones = DOTTED_STAGES[wording]
    text = f"白石镇2031年重点项目\n一、项目建设\n{sentence}\n"
    (pledge,) = commitments_of(parse(text))
    assert pledge.deadline.isoformat() == due
    assert [m.due.isoformat() for m in pledge.milestones] == milestones


def test_a_dotted_amount_is_no_time(parse):
    text = "白石镇2031年重点项目\n一、项目建设\n完成镇区道路改造投资2031.5万元。\n"
    (pledge,) = commitments_of(parse(text))
    assert pledge.deadline.isoformat() == "2031-12-31"
    assert _targets(pledge) == [("2031.5", "万元")]


def test_a_dotted_time_in_a_time_label(parse):
    text = "白石镇2031年重点项目\n1.新建文化广场1个\n牵头单位：文化站\n完成时限：2031.7\n"
    (pledge,) = commitments_of(parse(text))
    assert pledge.deadline.isoformat() == "2031-07-31"


SEASONS = {
    "春季完成植树造林500亩": "2031-05-31",
    "夏季完成防汛物资储备": "2031-08-31",
    "秋季完成高标准农田验收": "2031-11-30",
    "冬季完成清雪设备采购": "2031-12-31",
    "冬季前完成供暖管网改造": "2031-11-30",
    "2032年春季完成项目竣工验收": "2032-05-31",
    "秋季开学前建成幼儿园1所": "2031-08-31",  # the school year, not the season
}


@pytest.mark.parametrize("clause", list(SEASONS))
def test_a_season_is_due_at_its_end(parse, clause):
    text = f"白石镇2031年工作要点\n（一）生态建设\n{clause}，由农业农村办公室负责。\n"
    (pledge,) = commitments_of(parse(text))
    assert pledge.deadline.isoformat() == SEASONS[clause]


def test_seasons_in_one_pledge_are_milestones_and_a_recurring_one_no_time(parse):
    text = (
        "白石镇2031年工作要点\n（一）生态建设\n春季完成植树造林500亩，秋季完成补植补造，"
        "由农业农村办公室负责。\n每年春季开展义务植树活动，由农业农村办公室负责。\n"
    )
    trees, yearly = commitments_of(parse(text))
    assert trees.deadline.isoformat() == "2031-11-30"
    assert [m.due.isoformat() for m in trees.milestones] == ["2031-05-31"]
    assert yearly.deadline.isoformat() == "2031-12-31"


# -- 8. minutes without the words 会议纪要/议定事项/纪要如下: a 会纪要 title, 会议研究了以下事项,
# or items that say what the meeting stressed and asked ------------------------------------

MINUTES_ITEMS = (
    "一、听取了县农业农村局关于2030年粮食生产情况的汇报。2030年全县粮食产量达到31万吨。"
    "会议对农业农村工作给予充分肯定。\n"
    "二、关于春耕生产。会议要求，全县完成早稻育秧4.5万亩，由县农业农村局牵头，"
    "各乡镇人民政府配合，于4月10日前完成。\n"
    "三、听取了县卫健局关于卫生健康工作要点的汇报。会议原则同意《平江县2031年卫生健康"
    "工作要点》，请县卫健局按程序印发实施。\n"
    "四、关于乡镇卫生院改造。会议强调，由县卫健局负责，9月底前完成5所乡镇卫生院改造。\n"
    "五、会议指出，各单位要压实责任，确保各项工作落到实处。\n"
    "出席：李强、王敏\n记录：县政府办公室 周丽\n"
)
MINUTES_HEADS = {
    "a 县长办公会纪要 title (会, not 会议)": (
        "平江县人民政府\n县长办公会纪要\n\n2031年2月3日，县长李强主持召开县长办公会，"
        "研究春耕生产、医疗卫生等事项。\n"
    ),
    "会议研究了以下事项": (
        "平江县人民政府专题会议\n\n2031年2月3日，县长李强主持召开专题会议，会议研究了以下事项：\n"
    ),
    "会议研究决定如下": (
        "县长办公会议\n2031年2月3日，县长李强主持召开县长办公会议，听取有关部门汇报，"
        "会议研究决定如下：\n"
    ),
    "no word of minutes: the items say 会议要求/会议强调/会议指出": (
        "县长办公会议\n2031年2月3日，县长李强主持召开县长办公会议，研究部署春耕生产等工作。\n"
    ),
}


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("head", list(MINUTES_HEADS))
def test_minutes_in_other_words_pledge_their_decisions_only(parse, head, kind):
    text = MINUTES_HEADS[head] + MINUTES_ITEMS
    data = _docx(text) if kind == "docx" else text
    pledges = commitments_of(parse(data, f"jiyao.{kind}", year=2031))
    texts = [p.text for p in pledges]
    assert len(pledges) == 2, texts
    rice, clinics = pledges
    assert "早稻育秧" in rice.text and rice.owner == "县农业农村局"
    assert rice.co_owners == ["各乡镇人民政府"]
    assert "乡镇卫生院改造" in clinics.text and clinics.owner == "县卫健局"
    assert (clinics.deadline.month, clinics.deadline.day) == (9, 30)


def test_a_plan_that_once_reports_a_meeting_keeps_every_pledge(parse):
    text = (
        "青山镇2031年工作要点\n一、经济发展\n1.会议要求的项目清单动态管理，新增项目8个。\n"
        "2.新建厂房2万平方米。\n3.新建农贸市场1个。\n"
    )
    assert len(commitments_of(parse(text))) == 3
