"""Kinds of fault the fourth blind tester found in a speech's parts, owners named in prose and
numbers that are no target (report A, D, E, F17), each written again in wordings and layouts of
its own: none of these documents copies a blind one."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.importer.conftest import commitments_of

# -- A. which parts of a speech are the plan ---------------------------------------------

SPEECHES = {
    "review says 肯定成绩, plan 扎实做好…工作, sections 首先/其次/再次, 加强领导 after": (
        "在全乡2026年农业农村工作会议上的讲话\n\n同志们：\n\n下面，我讲两个方面的意见。\n\n"
        "一、肯定成绩，增强做好新一年工作的底气\n\n过去一年，全乡新建高标准农田6000亩，农民人均收入"
        "增长7%。同时也要看到存在的问题：一是产业链条短，加工转化率仅为40%；二是基础设施欠账多。\n\n"
        "二、凝心聚力，扎实做好2026年农业农村工作\n\n围绕全年目标，着力抓好三个方面：\n\n"
        "首先，稳定粮食生产，守住安全底线。一要落实播种面积，粮食播种面积稳定在4万亩以上；"
        "二要建设高标准农田，新建高标准农田5000亩，10月底前完成。\n\n"
        "其次，发展特色产业，促进农民增收。一要扩大食用菌种植，新增种植规模300万棒；"
        "二要培育新型经营主体，新培育家庭农场15家。\n\n"
        "再次，改善人居环境，建设宜居乡村。一要推进户厕改造，全年改造户厕600户；"
        "二要整治村庄环境，清理垃圾死角200处。\n\n"
        "三、加强领导，确保各项工作落到实处\n\n一是压实责任。各村要每月召开一次推进会，考核结果占"
        "年度考核的20%。二是强化督查。\n\n同志们，让我们共同努力！\n"
    ),
    "review 工作回顾, plan 2026年经济工作重点, sections 第一/第二/第三, 强化保障…目标任务 after": (
        "在全镇2026年经济工作会议上的讲话\n\n一、2025年工作回顾\n\n2025年，全镇完成固定资产投资"
        "9亿元，新增市场主体320户。\n\n二、2026年经济工作重点\n\n第一，抓项目建设。全年引进亿元"
        "以上项目4个，完成固定资产投资10亿元。新建标准厂房2万平方米。\n\n第二，抓城镇提质。新建污水"
        "管网3公里，9月底前完成。\n\n第三，抓民生保障。新增城镇就业600人。\n\n"
        "三、强化保障，确保目标任务圆满完成\n\n镇纪委要每季度开展一次专项督查，督查结果占年度考核的"
        "30%。\n\n谢谢大家！\n"
    ),
    "review 正视成绩…信心, plan 奋力推进…各项工作, （一） headings with a comma, 转变作风 after": (
        "在全镇2026年工作会议上的讲话\n\n一、正视成绩，坚定做好今年工作的信心\n\n一年来，我们完成"
        "地区生产总值18.2亿元，增长6%；新建村级道路40公里。存在的问题主要是：工业基础薄弱，规上企业"
        "只有12家。\n\n二、真抓实干，奋力推进2026年各项工作\n\n为实现全年目标，重点做好以下工作：\n\n"
        "（一）聚焦工业强镇，壮大实体经济。一要抓招商，全年引进工业项目5个；二要抓技改，实施技改"
        "项目8个。\n\n（二）聚焦乡村振兴，促进农民增收。一要发展茶叶产业，新增茶园1500亩；"
        "二要建设农村道路，硬化道路15公里。\n\n（三）聚焦民生实事，增进群众福祉。新建幼儿园1所。"
        "\n\n三、转变作风，狠抓工作落实\n\n一是强化责任担当。二是强化督查考核，督查结果纳入年度考核，"
        "占总分的25%。\n"
    ),
}


@pytest.mark.parametrize("layout", list(SPEECHES))
def test_a_speech_imports_its_plan_part_only_and_its_ordinal_sections(parse, layout):
    (document,) = parse(SPEECHES[layout]).documents
    assert document.plan_year == 2026
    sections = [s for s in document.sections if s.number > 0]
    assert len(sections) == 3, [s.title for s in document.sections]
    texts = [c.text for s in sections for c in s.commitments]
    assert all(s.commitments for s in sections), texts
    # no review, no problems, no safeguards, no framing, no heading sentence
    for word in (
        "过去一年",
        "2025年",
        "一年来",
        "问题",
        "督查",
        "考核",
        "推进会",
        "方面",
        "以下工作",
    ):
        assert not any(word in t for t in texts), (word, texts)
    assert not any(t.startswith(("首先", "其次", "再次", "第一", "聚焦")) for t in texts), texts
    assert not any("," in s.title or "，" in s.title for s in sections if "抓" in s.title)
    values = [t.value for s in sections for c in s.commitments for t in c.targets]
    assert D(20) not in values and D(30) not in values and D(25) not in values


def test_a_sub_item_opened_by_a_two_clause_heading_keeps_only_its_pledges(parse):
    pledges = commitments_of(
        parse(
            "在全镇2026年工作会议上的讲话\n\n一、2025年工作回顾\n\n2025年，全镇完成固定资产投资"
            "9亿元。\n\n二、扎实做好2026年各项工作\n\n（一）聚力产业发展。一是抓项目招引，增强发展"
            "后劲。全年引进亿元以上项目3个。二是抓园区建设，拓展发展空间。新建标准厂房2万平方米，"
            "9月底前完工。\n\n（二）聚力民生改善。一是办好教育。新建幼儿园1所。二是抓好就业，"
            "稳住民生底盘。新增城镇就业500人。\n"
        )
    )
    assert [p.text for p in pledges] == [
        "全年引进亿元以上项目3个。",
        "新建标准厂房2万平方米，9月底前完工。",
        "新建幼儿园1所。",
        "新增城镇就业500人。",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "2026年经济工作重点",
        "突出重点，全力以赴抓好2026年经济工作",
        "凝心聚力，扎实做好2026年“三农”工作",
    ],
)
def test_a_speech_style_arrangement_heading_after_a_review_is_the_plan(parse, heading):
    (document,) = parse(
        "在全镇经济工作会议上的讲话\n\n一、2025年经济工作回顾\n\n全年新建道路20公里。\n\n"
        f"二、{heading}\n\n（一）抓项目。全年引进项目6个。\n\n（二）抓民生。新建公厕4座。\n"
    ).documents
    assert not document.truncated
    assert document.plan_year == 2026
    assert [c.text for s in document.sections for c in s.commitments] == [
        "全年引进项目6个。",
        "新建公厕4座。",
    ]


# -- D. owners written in prose ----------------------------------------------------------

PROSE_OWNERS = {
    "由X具体负责 at the sentence end": (
        "新建村级便民服务站4个，年底前投入使用，这项工作由社会事务办具体负责。",
        "社会事务办公室",
        [],
    ),
    "由X主要负责，Y配合": (
        "完成集镇雨污分流改造3公里，由规划建设办主要负责，自然资源所配合。",
        "规划建设办",
        ["自然资源所"],
    ),
    "X全面牵头": ("全年招引亿元以上项目5个，经发办全面牵头。", "经济发展办公室", []),
    "由X会同Y推进": (
        "新发展稻渔综合种养1200亩，由农业办会同财政所推进。",
        "农业农村办公室",
        ["财政所"],
    ),
    "由X统一会同Y推进": (
        "完成农村生活污水治理村8个，由生态办统一会同各村推进。",
        "生态环境办公室",
        ["各村"],
    ),
    "X联合Y、Z开展, no 由": (
        "社会事务办联合财政所、自然资源所开展农村危房排查，改造危房60户。",
        "社会事务办公室",
        ["财政所", "自然资源所"],
    ),
    "X、Y要密切配合": (
        "全年新增个体工商户400户，经济发展办公室、市场监管所要密切配合。",
        "经济发展办公室",
        ["市场监管所"],
    ),
    "X和Y通力协作": (
        "发放创业担保贷款3000万元，财政所和社会事务办通力协作。",
        "财政所",
        ["社会事务办公室"],
    ),
}


@pytest.mark.parametrize("wording", list(PROSE_OWNERS))
def test_owners_written_in_prose_with_adverbs_joins_and_helpers(parse, wording):
    sentence, lead, co = PROSE_OWNERS[wording]
    (pledge,) = commitments_of(
        parse(f"石桥镇2026年工作要点\n一、重点任务\n（一）{sentence}\n（二）新建公厕2座。\n")
    )[:1]
    assert (pledge.owner, pledge.co_owners, pledge.owner_source) == (lead, co, "explicit")


# -- E. numbers that are no target: baselines and standards ------------------------------

NOT_TARGETS = {
    "由YYYY年的X提高到Y": ("土地托管率由2025年的41%提高到55%。", [(D(55), "%", ">=")]),
    "从YYYY年底的X增至Y": ("规上工业企业从2025年底的23家增至28家。", [(D(28), "家", ">=")]),
    "由目前的X提升到Y以上": ("生活污水治理率由目前的64%提升到75%以上。", [(D(75), "%", ">=")]),
    "从去年的X提高到Y": ("农村自来水普及率从去年的92%提高到97%。", [(D(97), "%", ">=")]),
    "按每N户配备1名…的标准": (
        "按每500户配备1名网格员的标准，全镇选聘专职网格员40名。",
        [(D(40), "名", ">=")],
    ),
    "按照每户补助N元的标准": (
        "按照每户补助3000元的标准，完成农村危房改造50户。",
        [(D(50), "户", ">=")],
    ),
    "按照每张床位不少于N平方米的标准": (
        "养老服务站按照每张床位不少于30平方米的标准建设，新建养老床位60张。",
        [(D(60), "张", ">=")],
    ),
    "每N名…配备1名, no 标准": (
        "每100名学生配备1名心理辅导教师，全镇配备心理辅导教师12名。",
        [(D(12), "名", ">=")],
    ),
}


@pytest.mark.parametrize("wording", list(NOT_TARGETS))
def test_a_baseline_or_a_standard_is_no_target(parse, wording):
    sentence, expected = NOT_TARGETS[wording]
    (pledge, _) = commitments_of(
        parse(f"石桥镇2026年工作要点\n一、重点任务\n1.{sentence}\n2.新建公厕2座。\n")
    )
    assert [(t.value, t.unit, t.comparator) for t in pledge.targets] == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("按照规划建设3000亩高标准农田。", [(D(3000), "亩")]),
        ("按要求完成农村改厕200户。", [(D(200), "户")]),
        ("按1:1比例配套资金200万元。", [(D(200), "万元")]),
    ],
)
def test_what_is_built_by_a_plan_or_a_rule_is_still_a_target(parse, sentence, expected):
    (pledge, _) = commitments_of(
        parse(f"石桥镇2026年工作要点\n一、重点任务\n1.{sentence}\n2.新建公厕2座。\n")
    )
    assert [(t.value, t.unit) for t in pledge.targets] == expected


# -- F17. 至少 is a floor, not an approximation ------------------------------------------

AT_LEAST = {
    "至少签约": (
        "全年签约项目8个，6月底前至少签约3个。",
        [(D(8), "个", ">=", False), (D(3), "个", ">=", False)],
    ),
    "至少新建…": ("年内至少新建村级卫生室2所。", [(D(2), "所", ">=", False)]),
    "起码完成": ("三季度末起码完成改厕200户。", [(D(200), "户", ">=", False)]),
    "签约 is no 约 (about)": ("全年新签约5个招商项目。", [(D(5), "个", ">=", False)]),
    "约 still is": ("投资约1200万元建设冷链中心。", [(D(1200), "万元", "=", True)]),
}


@pytest.mark.parametrize("wording", list(AT_LEAST))
def test_at_least_is_a_floor_and_the_yue_of_a_verb_is_no_approximation(parse, wording):
    sentence, expected = AT_LEAST[wording]
    (pledge, _) = commitments_of(
        parse(f"石桥镇2026年工作要点\n一、重点任务\n1.{sentence}\n2.新建公厕2座。\n")
    )
    assert [(t.value, t.unit, t.comparator, t.approximate) for t in pledge.targets] == expected
