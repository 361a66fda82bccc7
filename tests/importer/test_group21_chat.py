"""A work group's announcement (群公告) copied from 微信 or 钉钉 as plain text (SPEC §3): its
numbered items are its pledges, whatever numbers them (keycaps ``1️⃣``…``🔟``, ``①``, ``1.``,
emoji bullets); the chat furniture around them (``@所有人``, the reminder ``⚠️温馨提示：`` and
its numbered points, the contact line, the signature, the members' replies ``收到👍``) is none.
Written for group21, in layouts of its own (not blind21's document)."""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of

D = datetime.date

#: (title, content, lead, co, time)
ITEMS = [
    ("老旧小区改造", "改造老旧小区6个，加装电梯12部。", "城建办", "财政所", "10月底前"),
    ("社区食堂", "新建社区食堂3个，服务老人1万人次。", "社事办", "各社区", "9月底前"),
    ("农村公路", "改造农村公路18公里，新增错车道40处。", "交通站", "各村", "年底前"),
    ("校园安全", "安装校园监控设备80套。", "教育办", "派出所", "8月底前"),
]
#: Each item's deadline, from its 时限 line (not the reminder's ``3月9日``).
DUE = [D(2037, 10, 31), D(2037, 9, 30), D(2037, 12, 31), D(2037, 8, 31)]

WEIXIN_HEAD = (
    "石门镇机关工作群(102)\n群公告\n📢【石门镇2037年民生实事任务分工】\n"
    "@所有人 各位同事：经3月2日党委会研究，今年的民生实事已确定🎉，请各牵头单位认领👇\n\n"
)
DINGTALK_HEAD = (
    "【钉钉】石门镇政务工作群\n公告 | 2037年民生实事任务分工\n发布人：党政办-王芳 3月3日 09:12\n"
    "@所有人 请各单位认领任务，已读请回复\n\n"
)
REMINDER = (
    "\n⚠️温馨提示：\n1.下周一（3月9日）前，请各牵头单位报送推进计划；\n"
    "2.每月25日前在群里接龙报进度😂。\n有问题私信@党政办-小王 ☎️0000-5512345\n\n"
    "石门镇党政办\n2037年3月2日\n"
)
REPLIES = (
    "\n城建办李强：收到👍\n社事办-何静：收到，马上对接\n交通站老陈：收到！5月底前能招标完成🙏\n"
)


def _items(number, lines: tuple[str, str, str, str]) -> str:
    out = []
    for i, (title, content, lead, co, due) in enumerate(ITEMS):
        out.append(
            f"{number(i)}{title}\n{lines[0]}{content}\n{lines[1]}{lead}\n"
            f"{lines[2]}{co}\n{lines[3]}{due}\n\n"
        )
    return "".join(out)


KEYCAPS = ["1️⃣ ", "2️⃣ ", "3️⃣ ", "4️⃣ "]
EMOJI_LINES = ("🔹内容：", "👉牵头：", "🤝配合：", "⏰时限：")
PLAIN_LINES = ("内容：", "牵头单位：", "配合单位：", "完成时限：")

LAYOUTS = {
    "微信, keycaps, reminder, replies": WEIXIN_HEAD
    + _items(lambda i: KEYCAPS[i], EMOJI_LINES)
    + REMINDER
    + REPLIES,
    "钉钉, keycaps without a space, plain labels": DINGTALK_HEAD
    + _items(lambda i: KEYCAPS[i].strip(), PLAIN_LINES)
    + REMINDER,
    "微信, ① items, replies": WEIXIN_HEAD
    + _items(lambda i: "①②③④"[i], EMOJI_LINES)
    + REMINDER
    + REPLIES,
    "微信, 📌 marks each item, replies": WEIXIN_HEAD
    + _items(lambda i: "📌", EMOJI_LINES)
    + REMINDER
    + REPLIES,
    "钉钉, 🔸 marks each item, plain labels, no reminder": DINGTALK_HEAD
    + _items(lambda i: "🔸 ", PLAIN_LINES)
    + REPLIES,
    "钉钉, 1. items, reminder only": DINGTALK_HEAD
    + _items(lambda i: f"{i + 1}.", PLAIN_LINES)
    + REMINDER,
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_chat_announcements_items_are_its_pledges_and_its_furniture_none(parse, layout):
    pledges = commitments_of(parse(LAYOUTS[layout], "石门镇工作群公告.txt", year=2037))
    texts = [p.text for p in pledges]
    assert len(pledges) == len(ITEMS), texts
    for pledge, (title, content, _lead, co, _due), due in zip(pledges, ITEMS, DUE, strict=True):
        assert title in pledge.text and content.rstrip("。") in pledge.text
        assert pledge.deadline == due and co in pledge.co_owners, (pledge.text, pledge.co_owners)
        assert "收到" not in pledge.text and "温馨提示" not in pledge.text
        assert pledge.targets
    assert not any("接龙" in t or "私信" in t or "党政办\n" in t for t in texts)


@pytest.mark.parametrize("number", ["【{}】", "（{}）", "{}、", "📌"])
def test_keycaps_that_dress_label_lines_number_no_items(parse, number):
    """``1️⃣ 牵头单位：`` ``2️⃣ 配合单位：`` under each item (numbered ``【一】`` or not numbered at
    all): the keycaps mark label lines, they number no item."""
    text = "".join(
        f"{number.format('一二三四'[i])}{title}：{content}\n1️⃣ 牵头单位：{lead}\n"
        f"2️⃣ 配合单位：{co}\n3️⃣ 完成时限：{due}\n\n"
        for i, (title, content, lead, co, due) in enumerate(ITEMS)
    )
    pledges = commitments_of(parse("石门镇2037年民生实事\n" + text, "实事.txt", year=2037))
    assert len(pledges) == len(ITEMS), [p.text for p in pledges]
    for pledge, (title, content, _lead, co, _due), due in zip(pledges, ITEMS, DUE, strict=True):
        assert pledge.text.startswith(title) and content.rstrip("。") in pledge.text
        assert pledge.deadline == due and co in pledge.co_owners


def test_one_item_whose_label_lines_keycaps_dress_is_one_pledge(parse):
    """``1️⃣ 牵头单位：`` ``2️⃣ 配合单位：`` ``3️⃣ 完成时限：`` under the only item: three label
    lines, not three items."""
    text = (
        WEIXIN_HEAD + "📌老旧小区改造：改造老旧小区6个，加装电梯12部。\n1️⃣ 牵头单位：城建办\n"
        "2️⃣ 配合单位：财政所\n3️⃣ 完成时限：10月底前\n" + REPLIES
    )
    pledges = commitments_of(parse(text, "石门镇工作群公告.txt", year=2037))
    assert len(pledges) == 1, [p.text for p in pledges]
    assert pledges[0].text.endswith("老旧小区改造：改造老旧小区6个，加装电梯12部。")
    assert pledges[0].owner and "城建办" not in pledges[0].text
    assert pledges[0].deadline == D(2037, 10, 31) and "财政所" in pledges[0].co_owners
