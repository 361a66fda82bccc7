# ruff: noqa: E501  (document text in Chinese runs past the line limit)
"""Text read by OCR from a scanned, printed plan (the kind of blind15's 扫描识别稿): the print's
hard wraps every few dozen characters, not at sentence ends — inside numbers, units, owner
names and labels, between an item's number and its text —, page numbers and running heads,
``O``/``l`` read for ``0``/``1`` inside numbers and item numbers. Every plan here is written
for these tests in its own words and wrapped at several widths; none copies the blind one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of

GOALS = "全镇主要预期目标是:地区生产总值增长6%左右,城镇新增就业35O人。"
#: (item text with OCR digits, owner bracket, expected targets, expected owner, co-owners)
ITEMS = [
    (
        "新建村级文化广场1O个,改造提升农家书屋2O家。",
        "(责任单位:文化站;配合单位:各村)",
        [("10", "个"), ("20", "家")],
        "文化站",
        ["各村"],
    ),
    (
        "完成高标准农田建设l5OO亩,粮食播种面积稳定在3.6万亩以上。",
        "(牵头单位:农业办;配合单位:财政所)",
        [("1500", "亩"), ("3.6", "万亩")],
        "农业农村办公室",
        ["财政所"],
    ),
    (
        "推行OA系统无纸化办公,镇村两级办件网上流转率达到lOO%。",
        "(责任单位:党政办)",
        [("100", "%")],
        "党政综合办公室",
        [],
    ),
    (
        "新改建通组公路l2.5公里,完成危桥改造3座。",
        "(交通站牵头,财政所、各村配合)",
        [("12.5", "公里"), ("3", "座")],
        "交通站",
        ["财政所", "各村"],
    ),
    (
        "新增城镇就业岗位2OO个,开展职业技能培训4期、培训l6O人次。",
        "(责任单位:社会事务办;配合单位:劳保所)",
        [("200", "个"), ("4", "期"), ("160", "人次")],
        "社会事务办公室",
        ["劳保所"],
    ),
    (
        "完成农村户厕改造3OO户,生活垃圾无害化处理率达到98%以上。",
        "(责任单位:环保办;配合单位:各村)",
        [("300", "户"), ("98", "%")],
        "生态环境办公室",
        ["各村"],
    ),
    (
        "实施饮水安全巩固提升工程5处,受益群众l.2万人。",
        "(责任单位:水利站)",
        [("5", "处"), ("1.2", "万人")],
        "水利站",
        [],
    ),
    (
        "排查整治安全隐患企业6O家,开展应急演练l0场次。",
        "(责任单位:应急办;配合单位:派出所)",
        [("60", "家"), ("10", "场次")],
        "应急管理办公室",
        ["派出所"],
    ),
    (
        "新建养老服务站4个,为8O岁以上老人上门服务覆盖率达到9O%。",
        "(责任单位:社会事务办)",
        [("4", "个"), ("90", "%")],
        "社会事务办公室",
        [],
    ),
    (
        "完成集镇污水管网改造2.4公里,新建垃圾中转站l座。",
        "(责任单位:村建办;配合单位:环保办)",
        [("2.4", "公里"), ("1", "座")],
        "村建办",
        ["生态环境办公室"],
    ),
    (
        "新引进亿元以上项目3个,完成固定资产投资4.5亿元。",
        "(责任单位:经发办)",
        [("3", "个"), ("4.5", "亿元")],
        "经济发展办公室",
        [],
    ),
]


def _ocr_number(number: int) -> str:
    """An item's number as OCR reads it: ``10`` → ``l0``, ``11`` → ``ll``."""
    return str(number).replace("1", "l") if number >= 10 else str(number)


def _wrap(paragraph: str, width: int, indent: str = "    ") -> list[str]:
    """A paragraph printed ``width`` characters a line, its first line indented."""
    text = indent + paragraph
    first = width + len(indent)
    lines = [text[:first]]
    rest = text[first:]
    while rest:
        lines.append(rest[:width])
        rest = rest[width:]
    return lines


def _scan(width: int, furniture: str, full_width: bool = False) -> str:
    """A 镇 plan as an OCR of its print: a 通知 over it, wrapped at ``width``, a page's
    furniture (``— 2 —``, ``第2页 共4页`` with a running head) every ``per_page`` lines."""
    head = [
        "青禾镇人民政府文件",
        "",
        "青政发〔2O35〕3号",
        "",
        "关于印发《青禾镇2035年工作要点》的通知",
        "",
        "各村,镇直各单位:",
        *_wrap("现将《青禾镇2035年工作要点》印发给你们,请认真贯彻落实。", width),
        "",
        "                    青禾镇人民政府",
        "                    2O35年2月2O日",
        "",
        "青禾镇2035年工作要点",
        "",
        *_wrap("2035年全镇工作的总体要求是:坚持稳中求进,推进乡村全面振兴。" + GOALS, width),
        "    一、发展产业,增进民生",
    ]
    body: list[str] = []
    for number, (text, bracket, *_) in enumerate(ITEMS, start=1):
        body += _wrap(f"{_ocr_number(number)}.{text}{bracket}", width)
        if number == 6:
            body.append("    二、守牢底线,提升治理")
    lines = head + body
    if full_width:
        lines = [line.replace(":", "：").replace(",", "，").replace("(", "（") for line in lines]
    if furniture:
        per_page, out = 18, []
        for index, line in enumerate(lines, start=1):
            out.append(line)
            if index % per_page == 0:
                page = index // per_page
                if furniture == "dash":
                    out += ["", f"                    — {page} —", ""]
                else:
                    out += ["", f"第{page}页 共4页", "青禾镇2035年工作要点", ""]
        lines = out
    return "\n".join(lines) + "\n"


def _digits(targets) -> list[tuple[str, str]]:
    return sorted((f"{Decimal(t.value).normalize():f}", t.unit) for t in targets)


LAYOUTS = [
    (24, "", False),
    (28, "dash", False),
    (31, "page", False),
    (26, "page", True),
    (35, "dash", True),
]


def _pledges(parse, width: int, furniture: str, full_width: bool):
    return commitments_of(parse(_scan(width, furniture, full_width), "青禾镇工作要点.txt"))


@pytest.mark.parametrize(("width", "furniture", "full_width"), LAYOUTS)
def test_an_ocr_scans_goals_are_section_0(parse, width, furniture, full_width):
    """SPEC §3: the headline goals before the first section, in a plan under its 通知."""
    goals = _pledges(parse, width, furniture, full_width)[0]
    assert goals.code.endswith("-00-01")
    assert _digits(goals.targets) == [("350", "人"), ("6", "%")]


@pytest.mark.parametrize(("width", "furniture", "full_width"), LAYOUTS)
def test_an_ocr_scan_keeps_every_item_and_its_numbers(parse, width, furniture, full_width):
    items = [
        p for p in _pledges(parse, width, furniture, full_width) if not p.code.endswith("-00-01")
    ]
    assert [len(items)] == [len(ITEMS)]
    for item, (_text, _bracket, targets, *_) in zip(items, ITEMS, strict=True):
        assert _digits(item.targets) == sorted(targets), item.text
    # the page furniture and the running head are no part of any pledge
    assert not any("页" in p.text or "—" in p.text or "工作要点" in p.text for p in items)


@pytest.mark.parametrize(("width", "furniture", "full_width"), LAYOUTS)
def test_an_ocr_scan_keeps_every_items_owners(parse, width, furniture, full_width):
    items = {
        p.text[:6]: p
        for p in _pledges(parse, width, furniture, full_width)
        if not p.code.endswith("-00-01")
    }
    for text, _bracket, _targets, owner, co in ITEMS:
        item = items[text[:6].replace(",", "，") if full_width else text[:6]]
        assert (item.owner, sorted(item.co_owners)) == (owner, sorted(co)), item.text


def test_an_ocr_code_keeps_its_letters(parse):
    """A letter of a word or code (``OA系统``) is no digit: only a number's letters are."""
    pledges = commitments_of(parse(_scan(28, "dash"), "青禾镇工作要点.txt"))
    assert any("OA系统" in p.text for p in pledges)


# -- the wraps a scan breaks where a reader would not ----------------------------------------------

#: Plans wrapped by hand where OCR breaks them: inside a number (``l`` / ``2OO亩``, ``1`` /
#: ``2个``), inside a unit's name (``各`` / ``村``, ``环保`` / ``办``), inside a label (``(责`` /
#: ``任单位:``), right after a label (``牵头单位:`` / ``农业办``), between an item's number and
#: its text (``3.`` / ``新建…``); each with its items' targets and owners.
WRAPPED = [
    (
        "石门乡2035年工作要点\n\n    一、产业发展\n"
        "    1.新建高标准农田2000亩,完成油茶低产林改造l\n"
        "2OO亩,新增省级龙头企业1家,培育家庭农场l2家。(牵头单位:\n"
        "农业办;配合单位:财政所)\n"
        "    2.完成村级道路硬化l8公里,改造危桥2座,年底前全\n"
        "部完工,新增农村客运班线2条。(责任单位:交通站;配合单位:各\n"
        "村)\n"
        "    3.\n"
        "新建农产品冷链仓储设施3处,培育电商示范村5个,实\n"
        "现农村电商交易额增长l5%,网销农产品3OO吨。(责\n"
        "任单位:经发办)\n"
        "    4.建成乡村振兴示范点2个,完成人居环境整治村1\n"
        "2个,改造提升村级公共服务中心4个。(责任单位:农业办;配合单位:环保\n"
        "办、各村)\n"
        "    5.新建村级卫生室3个,完成家庭医生签约服务8OOO人,\n"
        "开展健康体检进村活动6场。(责任单位:卫生院)\n",
        [
            (
                [("2000", "亩"), ("1200", "亩"), ("1", "家"), ("12", "家")],
                "农业农村办公室",
                ["财政所"],
            ),
            ([("18", "公里"), ("2", "座"), ("2", "条")], "交通站", ["各村"]),
            ([("3", "处"), ("5", "个"), ("15", "%"), ("300", "吨")], "经济发展办公室", []),
            (
                [("2", "个"), ("12", "个"), ("4", "个")],
                "农业农村办公室",
                ["生态环境办公室", "各村"],
            ),
            ([("3", "个"), ("8000", "人"), ("6", "场")], "卫生院", []),
        ],
    ),
    (
        "东坪镇2036年重点工作安排\n\n（一）基础设施\n"
        "lO．新改建农村公路2l.5公里，实施危桥改造5座，完成\n"
        "通组道路硬化4O公里。（责任单位：交通运输所；配合单位：\n"
        "财政所、自然资源所）\n"
        "ll．\n"
        "实施农村饮水提质增效工程8处，自来水普及率达到9\n"
        "8%，新建蓄水池l6口。（牵头单位：水利站；配合单位：\n"
        "卫生院）\n"
        "l2．完成集镇雨污分流改造3.8公里，新建垃圾压缩站2座，\n"
        "农村生活垃圾收运处置体系覆盖率达到lOO%。（责\n"
        "任单位：村镇建设办；配合单位：生态环境办公室）\n",
        [
            (
                [("21.5", "公里"), ("5", "座"), ("40", "公里")],
                "交通运输所",
                ["财政所", "自然资源所"],
            ),
            ([("8", "处"), ("98", "%"), ("16", "口")], "水利站", ["卫生院"]),
            ([("3.8", "公里"), ("2", "座"), ("100", "%")], "村镇建设办", ["生态环境办公室"]),
        ],
    ),
    (
        # OCR that spaced a line's characters apart, and an owner after a single space
        "石门乡2035年工作要点\n\n    一、社会事业\n"
        "    1.新 建 村 级 卫 生 室 3 个 , 完 成 家 庭 医 生 签 约 服 务 8 0 0 0 人 。 (责 任 单 位 : 卫 生 院)\n"
        "    2.完成村级道路硬化18公里。(责任单位:交通站 配合单位:财政所)\n",
        [
            ([("3", "个"), ("8000", "人")], "卫生院", []),
            ([("18", "公里")], "交通站", ["财政所"]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED, ids=["乡要点", "镇安排", "字间空格"])
def test_a_scans_wraps_inside_numbers_names_and_labels_are_read_through(parse, text, expected):
    items = commitments_of(parse(text, "scan.txt"))
    assert [(_digits(i.targets), i.owner, sorted(i.co_owners)) for i in items] == [
        (sorted(targets), owner, sorted(co)) for targets, owner, co in expected
    ]
