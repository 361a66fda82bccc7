# ruff: noqa: E501  (one-line article items in Chinese run past the line limit)
"""Kinds of fault the ninth blind set found in prose (a 县长办公会 纪要 whose items open with what
the meeting heard or studied, a WeChat list of one-line emoji items without full stops), each
written again in wordings and layouts of its own: none of these documents copies a blind one."""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs

# -- 1. a meeting's minutes: decisions are pledges, what the meeting heard or approved is not ---

MINUTES_SIGN_OFF = (
    "出席：李强、王敏\n列席：县农业农村局、县卫健局负责同志\n记录：县政府办公室 周丽\n"
)

MINUTES = {
    "一、 items, 研究了 and 听取了 openings, 由X牵头 after the task": (
        "平江县人民政府\n县长办公会议纪要\n\n2030年2月3日，县长李强主持召开县长办公会议，"
        "研究春耕生产、医疗卫生等事项。现将会议议定事项纪要如下：\n"
        "一、听取了县农业农村局关于2029年粮食生产情况的汇报。2029年全县粮食产量达到31万吨。"
        "会议对农业农村工作给予充分肯定。\n"
        "二、研究了2030年春耕生产工作。会议明确，全县完成早稻育秧4.5万亩，由县农业农村局牵头，"
        "各乡镇人民政府配合，于4月10日前完成。\n"
        "三、听取了县卫健局关于2030年卫生健康工作要点的汇报。会议原则同意《平江县2030年卫生健康"
        "工作要点》，请县卫健局按程序印发实施。\n"
        "四、研究了乡镇卫生院改造工作。会议决定，由县卫健局负责，9月底前完成5所乡镇卫生院改造。\n"
        "五、会议强调，各单位要压实责任，确保会议议定事项落到实处。\n" + MINUTES_SIGN_OFF
    ),
    "（一） items, 审议了, a plan approved in principle, owners before the task": (
        "河西区政府常务会议纪要\n\n2030年3月1日，区长王敏主持召开区政府常务会议。现将会议议定事项"
        "纪要如下：\n"
        "（一）审议了2030年区级民生实事项目计划。会议原则同意区发改局提出的民生实事计划"
        "（共20件，总投资8亿元）。会议要求，县农业农村局牵头，县财政局配合，年内完成早稻育秧"
        "4.5万亩。\n"
        "（二）研究了医疗设施建设工作。2029年全区新建社区卫生服务站3个。会议同意由县卫健局负责，"
        "9月底前完成5所乡镇卫生院改造。\n"
        "（三）会议指出，各部门要统一思想，抓好会议议定事项的落实。\n" + MINUTES_SIGN_OFF
    ),
    "1. items on lines of their own, 讨论了, 会议决定 with the owner last": (
        "东山县县长办公会议纪要\n〔2030〕5号\n\n现将2030年第5次县长办公会议议定事项纪要如下：\n"
        "1.讨论了2030年春耕工作。会议听取了县农业农村局的汇报。会议决定，于4月10日前完成全县早稻"
        "育秧4.5万亩，由县农业农村局牵头落实。\n"
        "2.研究了乡镇卫生院改造。会议对前期工作表示满意。会议要求，9月底前完成5所乡镇卫生院改造，"
        "由县卫健局负责。\n"
        "3.会议强调，各单位要加强协调配合，确保各项议定事项落地见效。\n" + MINUTES_SIGN_OFF
    ),
}


_docx = paragraphs


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("layout", list(MINUTES))
def test_minutes_pledge_their_decisions_not_what_the_meeting_heard(parse, layout, kind):
    text = MINUTES[layout]
    data = _docx(text) if kind == "docx" else text
    parsed = parse(data, f"jiyao.{kind}", year=2030)  # the plan year is not this test's kind
    pledges = commitments_of(parsed)
    texts = [p.text for p in pledges]
    assert len(pledges) == 2, texts
    rice, clinics = pledges
    assert "早稻育秧" in rice.text and rice.owner == "县农业农村局", (rice.text, rice.owner)
    assert [(str(t.value), t.unit) for t in rice.targets] == [("4.5", "万亩")]
    assert "乡镇卫生院改造" in clinics.text and clinics.owner == "县卫健局"
    assert clinics.deadline is not None and clinics.deadline.month == 9
    for words in ("汇报", "肯定", "满意", "原则同意", "印发", "议定事项", "2029"):
        assert not any(words in t for t in texts), (words, texts)
    titles = [s.title for s in parsed.documents[0].sections if s.commitments]
    # each item's opening clause is its heading, not a pledge
    assert all(t.startswith(("研究了", "审议了", "讨论了")) for t in titles), titles


def test_minutes_keep_a_decision_approved_in_principle_with_an_owner(parse):
    text = (
        "县长办公会议纪要\n现将会议议定事项纪要如下：\n"
        "一、研究了农村公路建设。会议原则同意县交通运输局提出的实施方案，由县交通运输局牵头，"
        "于10月底前完成农村公路提质改造60公里。\n"
        "二、研究了城区停车问题。会议决定，新建公共停车位800个，年内完成。\n"
    )
    roads, parking = commitments_of(parse(text, year=2030))
    assert roads.owner == "县交通运输局" and roads.deadline.month == 10
    assert [(str(t.value), t.unit) for t in parking.targets] == [("800", "个")]


def test_a_speech_keeps_its_items_that_open_with_words_a_meeting_records(parse):
    """Outside minutes nothing changes: a plan's item that mentions 原则 or 汇报 is a pledge."""
    text = (
        "青山镇2030年工作要点\n一、经济发展\n1.坚持原则同意的项目清单动态管理，新增项目8个。\n"
        "2.每季度向镇党委汇报一次进度，新建厂房2万平方米。\n"
    )
    assert len(commitments_of(parse(text))) == 2


# -- 2. a WeChat list: one line per item, emoji bullets, ＊ markers, owners after a dash ----

WECHAT_LISTS = {
    "✅ bullets, full-width digits, ＊ after the number, category lines with 🔥": (
        "【关注】白沙镇2030年十大项目出炉！🎉\n原创 白沙发布 2030-01-06\n\n"
        "近日，镇党委研究确定了2030年重点项目清单，共３个项目、总投资１.２亿元。\n\n"
        "（＊为列入县级重点项目）\n\n🔥一、产业发展\n"
        "✅１．＊白沙食品产业园：新建标准厂房２万平方米，完成投资５０００万元，９月底前竣工投用——经发办负责\n"
        "✅２．万亩柑橘基地提质：改造低产果园３０００亩，全年接待游客８万人次——农业办负责，文体站配合\n"
        "🏠二、民生保障\n"
        "📌３．＊集镇供水提质：新铺设供水管网１２．５公里，１０月底前完成——水利站、规划建设办负责\n\n"
        "💪让我们撸起袖子加油干，共同建设美丽新白沙！\n\n📞咨询电话：０７３１－８８６６２２１１\n"
        "来源：白沙镇党政办\n编辑：小白 ｜ 审核：王平\n阅读 １０２４　在看 ８\n"
    ),
    "💡 bullets with spaces, ＊ before the number, a half-width dash pair": (
        "石岭镇2030年民生项目清单来了👇\n\n"
        "2029年，我镇８个项目全部完工，完成投资９０００万元。\n\n"
        "❤️ 一、产业发展\n"
        "💡 ＊1．白沙食品产业园：新建标准厂房２万平方米，完成投资５０００万元，９月底前竣工投用——经发办负责\n"
        "💡 2．万亩柑橘基地提质：改造低产果园３０００亩，全年接待游客８万人次——农业办负责，文体站配合\n"
        "🏗️ 二、民生保障\n"
        "💡 ＊3．集镇供水提质：新铺设供水管网１２.５公里，１０月底前完成——水利站、规划建设办负责\n\n"
        "（＊为列入市级重点项目）\n项目建设是发展的“硬支撑”，让我们携起手来共建幸福石岭！\n"
        "来源：石岭镇党政办\n"
    ),
    "★-free plain list: no emoji, ＊ markers only, full-width numbers": (
        "青山镇2030年重点项目清单\n\n镇党委、镇政府研究确定了2030年项目计划，共３个项目。\n\n"
        "一、产业发展\n"
        "１．＊白沙食品产业园：新建标准厂房２万平方米，完成投资５０００万元，９月底前竣工投用——经发办负责\n"
        "２．万亩柑橘基地提质：改造低产果园３０００亩，全年接待游客８万人次——农业办负责，文体站配合\n"
        "二、民生保障\n"
        "３．＊集镇供水提质：新铺设供水管网１２．５公里，１０月底前完成——水利站、规划建设办负责\n"
    ),
}


@pytest.mark.parametrize("layout", list(WECHAT_LISTS))
def test_a_wechat_list_of_one_line_items_gives_one_pledge_a_line(parse, layout):
    parsed = parse(WECHAT_LISTS[layout])
    pledges = commitments_of(parsed)
    texts = [p.text for p in pledges]
    assert len(pledges) == 3, texts
    park, oranges, water = pledges
    assert park.text.startswith("白沙食品产业园"), park.text
    assert oranges.text.startswith("万亩柑橘基地提质"), oranges.text
    assert all("＊" not in t and "*" not in t and "✅" not in t for t in texts), texts
    assert [(str(t.value), t.unit) for t in park.targets] == [("2", "万平方米"), ("5000", "万元")]
    assert park.deadline.month == 9 and park.owner == "经济发展办公室" and park.co_owners == []
    assert [(str(t.value), t.unit) for t in oranges.targets] == [("3000", "亩"), ("8", "万人次")]
    assert (oranges.owner, oranges.co_owners) == ("农业农村办公室", ["文化站"])
    assert [(str(t.value), t.unit) for t in water.targets] == [("12.5", "公里")]
    assert (water.owner, water.co_owners) == ("水利站", ["规划建设办"])
    titles = [s.title for s in parsed.documents[0].sections]
    assert titles == ["产业发展", "民生保障"], titles
