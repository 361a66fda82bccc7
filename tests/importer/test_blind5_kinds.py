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
    assert [t.lstrip("🔸▪️🔹 ") for t in texts] == [
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
