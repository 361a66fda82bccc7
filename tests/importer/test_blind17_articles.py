"""The kind of fault that the seventeenth blind set found in its 公众号 article
(tests/importer/blind17/, the fault list in :mod:`tests.importer.test_blind17`), written again in
layouts of its own: none of these articles copies the blind one.

What a user sees: each item an article heads in 【】 (``【实事一】``, ``【第2件】``, ``【No.3】``,
``【四】``) is a pledge of its own, with the owners, co-owners and time of the labelled lines under
it, not the next items' ones; the emoji and symbols that dress a line (``📌``, ``⏰``, ``👉``,
``▶``, ``●``) are no part of the pledge's text; the account's furniture around the list (阅读,
在看, 编辑：, 审核：, 来源：) is no pledge.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of

D = datetime.date

HEAD = (
    "点击蓝字 关注我们\n"
    "石门镇2037年十件民生实事公布\n"
    "石门发布 2037年03月02日 09:15\n"
    "镇人代会票决产生今年的民生实事项目，一起来看👇\n"
)
FOOT = (
    "━━━━━━━━━━\n"
    "（来源：石门镇党政办）\n"
    "编辑：张  三 | 审核：李四\n"
    "长按识别二维码 关注我们\n"
    "分享 点赞 在看\n"
    "阅读 1024\n"
)

#: Four 实事 in each layout: (heading number, title, content, lead, co, time)
ITEMS = [
    ("新建社区食堂", "新建社区食堂3个，年底前投入运营。", "社事办", "财政所", None),
    ("改造农村公路", "改造农村公路18公里，新增错车道40处。", "规划建设办", "", "9月底前"),
    ("建设智慧停车", "新增公共停车位320个。", "经发办", "派出所", "2037年6月底前"),
    ("办好暖心食堂", "为80岁以上老人提供助餐服务5万人次。", "民政办", "各村（社区）", "年底前"),
]
COUNTS = ["3个", "18公里", "320个", "5万人次"]


def _emoji_lines(marks: list[str], blank: str = "") -> str:
    """【实事N】 headings, the content line and each label on a line an emoji opens."""
    numbers = "一二三四"
    parts = []
    for i, (title, content, lead, co, due) in enumerate(ITEMS):
        lines = [f"【实事{numbers[i]}】{title}", marks[0] + content, f"{marks[1]}牵头单位：{lead}"]
        if co:
            lines.append(f"{marks[2]}配合单位：{co}")
        if due:
            lines.append(f"{marks[3]}完成时限：{due}")
        parts.append(blank.join(line + "\n" for line in lines))
    return HEAD + blank + blank.join(parts) + blank + FOOT


def _content_labelled() -> str:
    """``【第N件】`` headings, the content under a ``📌建设内容：`` label."""
    parts = []
    for i, (title, content, lead, co, due) in enumerate(ITEMS, 1):
        lines = [f"【第{i}件】 {title}", f"📌 建设内容：{content}", f"🏢 牵头单位：{lead}"]
        if co:
            lines.append(f"🤝 配合单位：{co}")
        if due:
            lines.append(f"⏰ 完成时限：{due}")
        parts.append("".join(line + "\n" for line in lines))
    return HEAD + "".join(parts) + FOOT


def _no_headings() -> str:
    """``【No.N】`` headings over symbol bullets (``▶``, ``●``, ``•``, ``→``)."""
    parts = []
    for i, (title, content, lead, co, due) in enumerate(ITEMS, 1):
        lines = [f"【No.{i}】{title}", f"▶ {content}", f"● 责任单位：{lead}"]
        if co:
            lines.append(f"• 配合单位：{co}")
        if due:
            lines.append(f"→ 完成时限：{due}")
        parts.append("".join(line + "\n" for line in lines))
    return HEAD + "".join(parts) + FOOT


def _bare_numbers() -> str:
    """``【一】`` headings, content on the heading's line, keycap emoji before labels."""
    numbers = "一二三四"
    parts = []
    for i, (title, content, lead, co, due) in enumerate(ITEMS):
        lines = [f"【{numbers[i]}】{title}：{content}", f"1️⃣ 牵头单位：{lead}"]
        if co:
            lines.append(f"2️⃣ 配合单位：{co}")
        if due:
            lines.append(f"3️⃣ 完成时限：{due}")
        parts.append("".join(line + "\n" for line in lines))
    return HEAD + "".join(parts) + FOOT


LAYOUTS = {
    "emoji at each line's start": _emoji_lines(["✅", "👉", "👉", "⏰"]),
    "a 微信 copy, blank lines between everything": _emoji_lines(["🔹 ", "▪️", "▪️", "⏳"], "\n"),
    "📌 建设内容 labels under 【第N件】": _content_labelled(),
    "symbol bullets under 【No.N】": _no_headings(),
    "content on the 【一】 line, keycap marks": _bare_numbers(),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_each_boxed_item_of_an_article_is_a_pledge_with_its_own_units(parse, layout):
    pledges = commitments_of(parse(LAYOUTS[layout], "石门发布.txt", year=2037))
    assert len(pledges) == 4, [p.text for p in pledges]
    for pledge, count, (_title, content, _lead, _co, _due) in zip(
        pledges, COUNTS, ITEMS, strict=True
    ):
        assert content.rstrip("。") in pledge.text
        assert count in pledge.text
    assert [p.owner for p in pledges] == [
        "社会事务办公室",
        "规划建设办",  # no unit of the catalog: kept as written
        "经济发展办公室",
        "社会事务办公室",
    ]
    assert [p.co_owners for p in pledges] == [["财政所"], [], ["派出所"], ["各村（社区）"]]
    assert pledges[1].deadline == D(2037, 9, 30)
    assert pledges[2].deadline == D(2037, 6, 30)
    assert pledges[0].deadline == pledges[3].deadline == D(2037, 12, 31)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_an_articles_marks_and_furniture_are_no_part_of_its_pledges(parse, layout):
    pledges = commitments_of(parse(LAYOUTS[layout], "石门发布.txt", year=2037))
    marks = "✅👉⏰🔹▪⏳📌🏢🤝▶●•→\u20e3【】"
    for pledge in pledges:
        assert not any(mark in pledge.text for mark in marks), pledge.text
        for furniture in ("阅读", "在看", "编辑", "审核", "来源", "二维码", "关注我们"):
            assert furniture not in pledge.text
