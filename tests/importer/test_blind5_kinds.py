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


# -- 3. a WeChat article: a results list, a news lead, keycap headings, 往期推荐 --------

WECHAT = {
    "keycap headings, a 回望 list of ✅, a 往期推荐 list of ▶ titles": (
        "干货！2027年，白沙镇将这样干\n白沙发布 2027-01-20 08:00\n\n"
        "📢 1月19日，白沙镇第八届人民代表大会第三次会议隆重开幕。\n\n"
        "📊 回望2026 · 亮点纷呈\n✅ 新建村道18公里\n✅ 引进企业6家\n\n"
        "1️⃣ 产业兴旺 · 提质增效\n🔸 新建蔬菜基地500亩\n🔸 新增规上企业2家\n\n"
        "2️⃣ 民生保障 · 用心用情\n🔸 新建养老服务站4个，9月底前投入使用\n\n"
        "往期推荐\n▶ 2026年白沙镇民生实事全部兑现！\n▶ 这些新规2月1日起施行\n"
    ),
    "a 成绩单 heading with a year, keycap 10, 精彩推荐 with ► titles": (
        "新年新气象！石岭镇2027年要办这些实事\n\n"
        "📣 1月8日，石岭镇人民代表大会胜利闭幕。\n\n"
        "🏆 2026年成绩单\n✔️ 完成投资3.2亿元\n✔️ 改造危房40户\n\n"
        "🔟 民生实事 · 件件落地\n▪️ 新建蔬菜基地500亩\n▪️ 新增规上企业2家\n"
        "▪️ 新建养老服务站4个，9月底前投入使用\n\n"
        "精彩推荐\n► 石岭镇获评省级文明村镇！\n► 速看！这些新规2月1日起施行\n"
    ),
    "headings under a plain 预期目标 line, keycap numbers without variation selector": (
        "2027年，青山镇这样干👇\n\n📢 1月10日，青山镇人代会召开。\n\n"
        "📈 回望2026 · 成绩单\n✅ 新建村道18公里\n✅ 引进企业6家\n\n"
        "1\u20e3 产业发展\n🔹 新建蔬菜基地500亩\n🔹 新增规上企业2家\n\n"
        "2\u20e3 民生实事\n🔹 新建养老服务站4个，9月底前投入使用\n\n"
        "往期精选\n▶ 2026年青山镇十件实事全部完成！\n"
    ),
}


@pytest.mark.parametrize("layout", list(WECHAT))
def test_a_wechat_article_plans_only_its_items_under_keycap_headings(parse, layout):
    parsed = parse(WECHAT[layout])
    sections = parsed.documents[0].sections
    pledges = commitments_of(parsed)
    texts = [p.text for p in pledges]
    assert len(texts) == 3, texts
    assert texts == [
        "新建蔬菜基地500亩",
        "新增规上企业2家",
        "新建养老服务站4个，9月底前投入使用",
    ]
    titles = [s.title for s in sections]
    assert all("1" not in t and "⃣" not in t and "🔟" not in t for t in titles), titles
    assert not any("回望" in t or "成绩单" in t for t in titles), titles


@pytest.mark.parametrize(
    "pledge",
    ["实现20户以上自然村全覆盖", "为50户以上村组通硬化路", "实现100人以上企业全覆盖"],
)
def test_a_count_with_yishang_that_sizes_the_thing_after_it_is_no_target(parse, pledge):
    (first,) = commitments_of(
        parse(f"2027年石门镇工作要点\n一、基础设施\n1.新建基站12座，{pledge}。\n")
    )
    assert [(str(t.value), t.unit) for t in first.targets] == [("12", "座")]


# -- 1. a meeting's minutes (纪要): what the meeting settled is the plan -----------------

SIGN_OFF = (
    "出席：张伟  李娜  王强\n列席：经发办、农业办、财政所负责人\n记录：赵敏\n\n"
    "送：镇党委书记\n抄送：各村（社区）\n\n石门镇人民政府办公室          2027年3月2日印发\n"
)
MINUTES = {
    "a review part, 二、会议议定事项 with （一）关于…, then 三、有关工作要求": (
        "石门镇人民政府\n镇长办公会议纪要\n\n2027年3月1日，镇长张伟主持召开镇长办公会议，研究部署"
        "2027年重点工作。现将会议议定事项纪要如下：\n\n一、关于2026年工作情况\n\n会议认为，2026年全镇新建"
        "村道20公里，新增市场主体180家。\n\n二、会议议定事项\n\n（一）关于农贸市场改造。会议要求，"
        "8月底前完成农贸市场改造，新增摊位60个，由经发办负责。\n\n（二）关于河道治理。会议明确，"
        "水利站于汛期前完成河道清淤5公里。\n\n（三）关于养老服务。会议决定，新建村级养老服务站3个。\n\n"
        "三、有关工作要求\n\n会议要求，各单位每月20日前报送进度，对排名后3位的单位通报。\n\n"
        + SIGN_OFF
    ),
    "议定事项如下 with no parts, items （一）…, sign-off after": (
        "石门镇党政联席会议纪要\n\n2027年1月10日，镇党委书记李明主持召开党政联席会议，研究部署2027年"
        "重点工作。会议议定事项如下：\n\n（一）关于农贸市场改造。会议要求，8月底前完成农贸市场改造，"
        "新增摊位60个，由经发办负责。\n（二）关于河道治理。会议明确，水利站于汛期前完成河道清淤5公里。\n"
        "（三）关于养老服务。会议强调，年内新建村级养老服务站3个。\n\n" + SIGN_OFF
    ),
    "一、会议研究决定 with 1. items, 二、工作要求 after": (
        "石门镇专题会议纪要\n\n2027年2月5日，副镇长王强主持召开专题会议，研究2027年重点工作。\n\n"
        "一、会议研究决定\n1.关于农贸市场改造。会议要求：8月底前完成农贸市场改造，新增摊位60个，由经发办负责。\n"
        "2.关于河道治理。会议明确，水利站于汛期前完成河道清淤5公里。\n3.关于养老服务。会议同意，"
        "年内新建村级养老服务站3个。\n二、工作要求\n各单位要高度重视，于每月20日前报送进度。\n\n"
        + SIGN_OFF
    ),
}


@pytest.mark.parametrize("layout", list(MINUTES))
def test_meeting_minutes_plan_what_the_meeting_settled(parse, layout):
    parsed = parse(MINUTES[layout], "jiyao.txt")
    document = parsed.documents[0]
    assert document.plan_year == 2027
    pledges = commitments_of(parsed)
    assert [p.text for p in pledges] == [
        "8月底前完成农贸市场改造，新增摊位60个，由经发办负责。",
        "水利站于汛期前完成河道清淤5公里。",
        pledges[2].text,
    ]
    assert pledges[2].text.endswith("新建村级养老服务站3个。"), pledges[2].text
    assert not pledges[2].text.startswith("会议"), pledges[2].text
    assert [s.title for s in document.sections] == [
        "关于农贸市场改造",
        "关于河道治理",
        "关于养老服务",
    ]
    assert pledges[0].owner == "经济发展办公室"
    assert [(str(t.value), t.unit) for t in pledges[1].targets] == [("5", "公里")]


@pytest.mark.parametrize(
    "pledge,milestone",
    [
        ("新建通村公路30公里，6月底前完成18公里。", "2027-06-30"),
        ("改造农村危房80户，上半年完成50户。", "2027-06-30"),
        ("新建高标准农田3000亩，其中9月底前建成2000亩。", "2027-09-30"),
    ],
)
def test_a_period_that_times_only_a_share_of_the_total_is_a_milestone(parse, pledge, milestone):
    (first,) = commitments_of(parse(f"2027年石门镇工作要点\n一、重点工作\n1.{pledge}\n"))
    assert str(first.deadline) == "2027-12-31"
    assert [str(m.due) for m in first.milestones] == [milestone]
