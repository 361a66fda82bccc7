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
    "由…按职责分工负责 after a comma": (
        "石门镇2027年工作要点\n一、产业发展\n1.新建茶园500亩，由经发办、农业办按职责分工负责。\n"
        "2.新增家庭农场20家。\n",
        "经济发展办公室",
        ["农业农村办公室"],
    ),
    "由…共同负责 in a bracket": (
        "石门镇2027年工作要点\n一、产业发展\n1.新建冷库2座（由经发办、财政所共同负责）。\n"
        "2.新增家庭农场20家。\n",
        "经济发展办公室",
        ["财政所"],
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


# -- 3. ``最后，`` opens the last section after ``首先…其次…`` or ``第一…第二…`` -------------

LAST_SECTIONS = {
    "首先/其次/再次/最后, a closing remark 最后，我再强调": (
        "石门镇2027年工作安排\n同志们：\n2027年，我们要重点抓好以下几项工作：\n"
        "首先，抓项目建设。新建标准化厂房2万平方米，引进项目5个。\n"
        "其次，抓乡村振兴。新建高标准农田3000亩。\n"
        "再次，抓民生保障。新建养老服务站4个。\n"
        "最后，抓安全稳定。开展安全隐患排查12次，化解信访积案5件。\n"
        "最后，我再强调一点，各单位要切实扛起责任，确保各项任务落地见效。谢谢大家！\n",
        ["抓项目建设", "抓乡村振兴", "抓民生保障", "抓安全稳定"],
    ),
    "第一/第二/最后 in one paragraph, then 同志们": (
        "白沙乡2027年工作打算\n2027年，全乡将突出抓好三个方面。第一，做强产业。新建蔬菜大棚200个。"
        "第二，改善民生。新建村级养老服务站3个。最后，守牢底线。开展应急演练4次。\n"
        "同志们，新的一年任务艰巨，让我们齐心协力，再创佳绩！\n",
        ["做强产业", "改善民生", "守牢底线"],
    ),
    "首先/其次/最后 with 最后，让我们 closing": (
        "青山镇2027年工作安排\n首先，抓招商引资。全年引进项目8个。\n其次，抓城镇建设。改造老旧小区3个。\n"
        "最后，抓社会治理。化解矛盾纠纷100件。\n最后，让我们在县委县政府的坚强领导下，"
        "奋力谱写新篇章！\n",
        ["抓招商引资", "抓城镇建设", "抓社会治理"],
    ),
}


@pytest.mark.parametrize("layout", list(LAST_SECTIONS))
def test_zuihou_opens_the_last_section_and_closing_remarks_stay_outside(parse, layout):
    text, titles = LAST_SECTIONS[layout]
    sections = parse(text).documents[0].sections
    assert [s.title for s in sections] == titles
    texts = [c.text for s in sections for c in s.commitments]
    closing = ("最后", "强调", "让我们", "同志们")
    assert not any(word in t for word in closing for t in texts), texts
    assert len(sections[-1].commitments) == 1


def test_zuihou_alone_is_no_section_number(parse):
    text = (
        "青山镇2027年工作要点\n一、产业发展\n1.引进项目8个。\n2.最后，完成项目验收3个。\n"
        "二、民生保障\n1.改造老旧小区3个。\n"
    )
    sections = parse(text).documents[0].sections
    assert [s.title for s in sections] == ["产业发展", "民生保障"]
    assert len(sections[0].commitments) == 2


# -- 4. a news article's lead: the meeting held, chaired, attended, what it passed ----------

NEWS_LEADS = {
    "主持召开, 出席并讲话, 传达学习, 记者从会上获悉": (
        "青山镇部署2027年重点工作\n青山发布 2027-01-12\n\n"
        "1月10日，镇党委书记陈刚主持召开全镇经济工作会议，研究部署2027年重点工作。\n"
        "镇长李明出席会议并讲话。\n"
        "会议传达学习了县委经济工作会议精神，审议通过了《青山镇2027年工作要点》。\n"
        "记者从会上获悉，2027年青山镇将重点抓好以下工作：\n"
        "新建蔬菜基地500亩，新增规上企业2家。\n新建养老服务站4个，9月底前投入使用。\n"
        "改造农村公路15公里。\n"
    ),
    "本报讯 byline, 审议通过, a leader 在会上指出": (
        "白沙镇2027年将办好三件民生实事\n"
        "本报讯（记者 王芳 通讯员 李强）1月8日，白沙镇人民代表大会审议通过了2027年民生实事项目。\n"
        "白沙镇党委副书记赵敏在会上指出，今年全镇将聚焦群众急难愁盼问题。\n"
        "新建蔬菜基地500亩，新增规上企业2家。\n新建养老服务站4个，9月底前投入使用。\n"
        "改造农村公路15公里。\n"
    ),
    "据…报道, 日前召开": (
        "青山镇2027年这样干\n据青山发布报道，青山镇日前召开全镇三级干部大会。\n"
        "新建蔬菜基地500亩，新增规上企业2家。\n新建养老服务站4个，9月底前投入使用。\n"
        "改造农村公路15公里。\n"
    ),
    "a dateline 日电, 听取了, 列席": (
        "石岭镇明确2027年目标任务\n"
        "新华社长沙1月9日电 石岭镇日前召开党委全会，听取了镇党委常委会工作报告。\n"
        "县委常委、副县长周华列席会议。\n"
        "新建蔬菜基地500亩，新增规上企业2家。\n新建养老服务站4个，9月底前投入使用。\n"
        "改造农村公路15公里。\n"
    ),
}


@pytest.mark.parametrize("layout", list(NEWS_LEADS))
def test_a_news_lead_is_no_pledge_nor_a_heading(parse, layout):
    parsed = parse(NEWS_LEADS[layout])
    texts = [c.text for c in commitments_of(parsed)]
    assert texts == [
        "新建蔬菜基地500亩，新增规上企业2家。",
        "新建养老服务站4个，9月底前投入使用。",
        "改造农村公路15公里。",
    ]
    titles = [s.title for s in parsed.documents[0].sections]
    assert not any("出席" in t or "列席" in t or "指出" in t for t in titles), titles


def test_pledges_that_name_leaders_or_meetings_stay_pledges(parse):
    text = (
        "石门镇2027年工作安排\n"
        "各村党支部书记要严格落实整改要求，9月底前完成整改。\n"
        "3月底前召开全镇项目建设动员大会。\n"
        "镇主要领导要带头走访困难群众，年内实现全覆盖。\n"
        "新建蔬菜基地500亩。\n"
    )
    texts = [c.text for c in commitments_of(parse(text))]
    assert len(texts) == 4, texts


# -- 5. ``分别``: the counts after it go one to each thing named before it -----------------

EACH = {
    "A和B分别增长6%和7.5%": (
        "地区生产总值和一般公共预算收入分别增长6%和7.5%",
        [("地区生产总值增长", "6", "%"), ("一般公共预算收入增长", "7.5", "%")],
    ),
    "three things with 、, values with 、 and 和": (
        "规上工业增加值、固定资产投资、社会消费品零售总额分别增长8%、10%和7%",
        [
            ("规上工业增加值增长", "8", "%"),
            ("固定资产投资增长", "10", "%"),
            ("社会消费品零售总额增长", "7", "%"),
        ],
    ),
    "分别达到 with two units, things that share their noun": (
        "粮食、油料产量分别达到3万吨、0.8万吨",
        [("粮食产量", "3", "万吨"), ("油料产量", "0.8", "万吨")],
    ),
    "分别完成, two verbs sharing the thing": (
        "新建和改造农村公路分别完成20公里和35公里",
        [("新建农村公路", "20", "公里"), ("改造农村公路", "35", "公里")],
    ),
    "分别达到 with 以上 on the first and 与 between the things": (
        "城乡居民医保参保率与养老保险参保率分别达到95%以上和90%",
        [("城乡居民医保参保率", "95", "%"), ("养老保险参保率", "90", "%")],
    ),
}


@pytest.mark.parametrize("layout", list(EACH))
def test_counts_after_fenbie_go_one_to_each_thing_in_order(parse, layout):
    pledge, expected = EACH[layout]
    (first,) = commitments_of(parse(f"2027年石门镇工作要点\n一、经济发展\n1.{pledge}。\n"))
    assert [(t.metric, str(t.value), t.unit) for t in first.targets] == expected
    if "达到" in pledge:
        assert {t.comparator for t in first.targets} == {">="}


def test_counts_after_fenbie_keep_the_metric_they_share_when_the_things_are_not_named(parse):
    (first,) = commitments_of(
        parse("2027年石门镇工作要点\n一、民生\n1.城乡居民人均可支配收入分别增长6%和7.5%。\n")
    )
    assert _targets(first) == [("6", "%"), ("7.5", "%")]
    assert all(t.metric.startswith("城乡居民人均可支配收入") for t in first.targets)


# -- 6. an estimate in prose (估算投资, 概算, 估算资金) is a target as 投资 amounts are -----

COSTS = {
    "in the pledge's own clause": (
        "1.实施城东污水管网改造，新建管网12公里，项目估算投资1.2亿元。\n2.新增公厕3座。\n",
        "实施城东污水管网改造，新建管网12公里，项目估算投资1.2亿元。",
        [("12", "公里"), ("1.2", "亿元")],
    ),
    "a sentence of its own after the pledge, with where the money comes from": (
        "1.新建镇文化中心，年底前主体完工。概算总投资3500万元，资金来源为上级补助和自筹。\n"
        "2.新增公厕3座。\n",
        "新建镇文化中心，年底前主体完工。概算总投资3500万元，资金来源为上级补助和自筹。",
        [("3500", "万元")],
    ),
    "in a bracket after the pledge": (
        "1.实施河道综合治理工程（估算投资1.2亿元）。\n2.新增公厕3座。\n",
        "实施河道综合治理工程（估算投资1.2亿元）。",
        [("1.2", "亿元")],
    ),
    "工程概算 after a count, in prose without numbers": (
        "2027年，全镇将修建通组公路8公里。工程概算960万元。同时新增公厕3座。\n",
        "2027年，全镇将修建通组公路8公里。工程概算960万元。",
        [("8", "公里"), ("960", "万元")],
    ),
}


@pytest.mark.parametrize("layout", list(COSTS))
def test_an_estimate_in_prose_is_a_target_of_the_pledge_it_prices(parse, layout):
    body, text, targets = COSTS[layout]
    first, second = commitments_of(parse(f"石门镇2027年工作要点\n一、项目建设\n{body}"))
    assert first.text == text
    assert _targets(first) == targets
    money = [t for t in first.targets if t.unit in ("亿元", "万元")]
    assert all(t.metric and "(" not in t.metric and "）" not in t.metric for t in money), money
    assert _targets(second) == [("3", "座")]


# -- 7. a time that heads a group of pledges is due for each that states none ---------------

GROUP_TIMES = {
    "a line 到2027年6月底： over numbered items": (
        "石门镇2027年工作要点\n一、基础设施\n到2027年6月底：\n1.新建农村公路15公里。\n"
        "2.改造危房40户，9月底前完成。\n3.建成污水处理站2座。\n二、民生保障\n1.新建公厕3座。\n",
        ["2027-06-30", "2027-09-30", "2027-06-30", "2027-12-31"],
    ),
    "a line 2027年10月底前 over （1） items, ended by a heading of another level": (
        "石门镇2027年工作要点\n一、社会事业\n（一）教育\n2027年10月底前\n（1）新建幼儿园1所。\n"
        "（2）改造学校运动场2个。\n（二）养老\n（1）新建养老服务站4个。\n",
        ["2027-10-31", "2027-10-31", "2027-12-31"],
    ),
    "an opening clause 到9月底， over the ；items of its sentence": (
        "石门镇2027年工作安排\n一、抓好项目建设\n到9月底，新建农村公路15公里；改造危房40户；"
        "建成污水处理站2座。新建公厕3座。\n",
        ["2027-09-30", "2027-09-30", "2027-09-30", "2027-12-31"],
    ),
    "上半年： over ；items after a list number, one with a time of its own": (
        "石门镇2027年工作要点\n一、民生实事\n1.上半年：新建养老服务站4个；新增公益岗位50个；"
        "年底前培训农民200人次。\n2.新建公厕3座。\n",
        ["2027-06-30", "2027-06-30", "2027-12-31", "2027-12-31"],
    ),
}


@pytest.mark.parametrize("layout", list(GROUP_TIMES))
def test_a_time_heading_a_group_is_the_deadline_of_its_pledges_that_state_none(parse, layout):
    text, deadlines = GROUP_TIMES[layout]
    pledges = commitments_of(parse(text))
    assert [p.deadline.isoformat() for p in pledges] == deadlines, [p.text for p in pledges]


# -- 8. an interim share is a target too (product decision 2026-12-06, lead's update 19:25):
#    the share keeps the whole's metric and its period stays a milestone, whatever its verb ---

SHARES = {
    "上半年新增N个以上 after 新增…N个": (
        "新增就业岗位300个，上半年新增150个以上。",
        [("新增就业岗位", "300", "个"), ("新增就业岗位", "150", "个")],
    ),
    "其中第一批N条 before its period": (
        "改造背街小巷12条，其中第一批5条6月底前完工。",
        [("改造背街小巷", "12", "条"), ("改造背街小巷", "5", "条")],
    ),
    "6月底前完成<thing>N户, the thing named again": (
        "实施危房改造40户，6月底前完成危房改造15户。",
        [("实施危房改造", "40", "户"), ("危房改造", "15", "户")],
    ),
}


@pytest.mark.parametrize("layout", list(SHARES))
def test_an_interim_share_keeps_the_whole_deadline_and_its_period_is_a_milestone(parse, layout):
    pledge, targets = SHARES[layout]
    (first, _) = commitments_of(
        parse(f"石门镇2027年工作要点\n一、重点工作\n1.{pledge}\n2.新增家庭农场20家。\n")
    )
    assert [(t.metric, str(t.value), t.unit) for t in first.targets] == targets
    assert str(first.deadline) == "2027-12-31"
    assert [str(m.due) for m in first.milestones] == ["2027-06-30"]


def test_a_period_before_another_thing_is_the_deadline_not_a_share(parse):
    (first, _) = commitments_of(
        parse(
            "石门镇2027年工作要点\n一、重点工作\n1.新建公路20公里，6月底前建成桥梁2座。\n2.新增家庭农场20家。\n"
        )
    )
    assert str(first.deadline) == "2027-06-30"
