"""A 公众号 article that reposts a plan's tasks (the kind of fault of blind23's html): each part
under a round badge holding only its number (``01``, ``02``) and a heading, then paragraphs
without numbers, each closing with its owners — ``（X牵头，Y、Z配合）``, ``（牵头单位：X）``, a
bracket that names the official after the units (``；责任县领导：…``, ``；分管领导：…``) — or
followed by a line ``责任单位：X（牵头）、Y``; the account's lines above, a closing paragraph on
how the tasks are overseen and the editors' credits below. Written again in layouts and
wordings of its own: the page saved from the browser, and the article copied as text (with blank
lines between its paragraphs, as 微信 copies them, or without; its badges copied or lost).

What a user sees: one section per badge, titled by its heading; one pledge per paragraph with
its own lead, co-owners (units outside the catalog kept as written) and time — not one pledge
holding the whole article — and no pledge of the intro, the closing paragraph or the credits.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of

D = datetime.date
HEADLINE = "重磅！2043年县政府重点任务分工出炉"
INTRO = [
    "点击上方蓝字 关注青溪发布",
    "1月8日，青溪县第二十届人民代表大会第三次会议胜利闭幕。现将报告确定的重点任务及责任单位发布如下：",
]
#: (badge, heading, [(paragraph, owner line or None)])
PARTS = [
    (
        "01",
        "做强产业支撑",
        [
            (
                "新增规模以上工业企业25家，规上工业增加值增长8%左右。",
                "（县工信局牵头，县统计局、各乡镇配合）",
            ),
            ("新建标准厂房12万平方米，10月底前全部交付。", "（牵头单位：县工业园区管委会）"),
        ],
    ),
    (
        "02",
        "补齐民生短板",
        [
            (
                "新建城区公办幼儿园3所，新增学位900个，秋季开学前投入使用。",
                "责任单位：县教育局（牵头）、县住建局",
            ),
            (
                "改造城镇老旧小区16个，加装电梯40台。",
                "（县住建局牵头，县财政局配合；责任县领导：周建华）",
            ),
        ],
    ),
    (
        "03",
        "守牢安全底线",
        [
            (
                "整治病险水库6座，汛期前完成主体工程。",
                "（县水利局牵头，县应急管理局配合；分管领导：李明）",
            ),
        ],
    ),
]
CLOSING = [
    "以上重点任务，县政府督查室将实行月调度、季通报，各责任单位每月25日前报送工作进展。",
    "来源：青溪县人民政府办公室",
    "编辑：林小雨　审核：王建军　终审：陈　涛",
]
#: Each paragraph's pledge: (text, owner, co-owners, official, deadline, targets)
WANTED = [
    (
        "新增规模以上工业企业25家，规上工业增加值增长8%左右。",
        "县工信局",
        ["县统计局", "各乡镇"],
        None,
        D(2043, 12, 31),
        [(25, "家"), (8, "%")],
    ),
    (
        "新建标准厂房12万平方米，10月底前全部交付。",
        "县工业园区管委会",
        [],
        None,
        D(2043, 10, 31),
        [(12, "万平方米")],
    ),
    (
        "新建城区公办幼儿园3所，新增学位900个，秋季开学前投入使用。",
        "县教育局",
        ["县住建局"],
        None,
        D(2043, 8, 31),
        [(3, "所"), (900, "个")],
    ),
    (
        "改造城镇老旧小区16个，加装电梯40台。",
        "县住建局",
        ["县财政局"],
        "周建华",
        D(2043, 12, 31),
        [(16, "个"), (40, "台")],
    ),
    (
        "整治病险水库6座，汛期前完成主体工程。",
        "县水利局",
        ["县应急管理局"],
        "李明",
        D(2043, 5, 31),
        [(6, "座")],
    ),
]


def _html() -> bytes:
    """The article as a browser saves a 公众号 page: its account lines, the badge in a section of
    its own, the heading in ``<strong>``, grey owner spans and lines."""
    body = []
    for badge, heading, paragraphs in PARTS:
        body.append(
            '<section style="text-align:center;"><section style="border-radius:50%;'
            f'background:#c00;color:#fff;"><p>{badge}</p></section></section>'
        )
        body.append(f'<p style="text-align:center;"><strong>{heading}</strong></p>')
        for text, owners in paragraphs:
            if owners.startswith("（"):
                body.append(f'<p>{text}<span style="color:#888;">{owners}</span></p>')
            else:
                body.append(f"<p>{text}</p>")
                body.append(f'<p style="color:#888;">{owners}</p>')
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{HEADLINE}</title>
<meta property="og:title" content="{HEADLINE}"></head>
<body><div id="js_article">
<h1 class="rich_media_title" id="activity-name">{HEADLINE}</h1>
<div id="meta_content"><span id="js_name">青溪发布</span>
<em id="publish_time">2043-01-10 18:30</em></div>
<div class="rich_media_content" id="js_content">
{"".join(f"<p>{line}</p>" for line in INTRO)}
{"".join(body)}
{"".join(f"<p>{line}</p>" for line in CLOSING)}
</div>
<div class="rich_media_tool"><a>阅读原文</a> 阅读 3.1万 在看 120</div>
</div><script>var msg_title = "{HEADLINE}";</script></body></html>
"""
    return page.encode("utf-8")


def _copied(blank_lines: bool, badges: bool = True) -> bytes:
    """The article copied out of 微信 as text: one line a paragraph, blank lines between or not;
    its badges copied too, or lost (an image's number, or a layout that had none)."""
    lines = [HEADLINE, *INTRO]
    for badge, heading, paragraphs in PARTS:
        lines += [badge, heading] if badges else [heading]
        for text, owners in paragraphs:
            lines += [text + owners] if owners.startswith("（") else [text, owners]
    lines += CLOSING
    return (("\n\n" if blank_lines else "\n").join(lines) + "\n").encode("utf-8")


LAYOUTS = {
    "saved_page": lambda: (_html(), "青溪发布（公众号文章）.html"),
    "copied_text": lambda: (_copied(blank_lines=False), "青溪发布.txt"),
    "copied_with_blank_lines": lambda: (_copied(blank_lines=True), "青溪发布.txt"),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_each_paragraph_of_the_article_is_one_pledge(parse, layout):
    data, name = LAYOUTS[layout]()
    parsed = parse(data, name, year=2043)
    document = parsed.documents[0]
    assert [s.title for s in document.sections] == [heading for _, heading, _ in PARTS]
    pledges = commitments_of(parsed)
    assert [p.text for p in pledges] == [w[0] for w in WANTED]
    for pledge, (_, owner, co, official, deadline, targets) in zip(pledges, WANTED, strict=True):
        assert (pledge.owner, pledge.co_owners) == (owner, co), pledge.text
        assert pledge.official == official, pledge.text
        assert pledge.deadline == deadline, pledge.text
        assert [(t.value, t.unit) for t in pledge.targets] == targets, pledge.text


@pytest.mark.parametrize("blank_lines", [False, True], ids=["packed", "spaced"])
def test_paragraphs_under_headings_without_badges(parse, blank_lines):
    """The same article without its badges: each heading a line of a few words between the
    paragraphs, no pledge; each paragraph still one pledge with its owners."""
    parsed = parse(_copied(blank_lines, badges=False), "青溪发布.txt", year=2043)
    assert [s.title for s in parsed.documents[0].sections] == [h for _, h, _ in PARTS]
    pledges = commitments_of(parsed)
    assert [p.text for p in pledges] == [w[0] for w in WANTED]
    assert [(p.owner, p.co_owners, p.deadline) for p in pledges] == [
        (owner, co, deadline) for _, owner, co, _, deadline, _ in WANTED
    ]


def test_a_page_number_is_no_badge(parse):
    """A printed page's number alone on its line (``2``) still joins the sentence it cut; only a
    number of two digits from ``0`` stands for a badge."""
    text = (
        "青溪县2043年重点工作\n一、产业发展\n1.新建标准厂房12万平方米，10月底前\n2\n全部交付。"
        "（责任单位：县工信局）\n2.新增规模以上工业企业25家。（责任单位：县工信局）\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.deadline for p in pledges] == [D(2043, 10, 31), D(2043, 12, 31)]
    assert "全部交付" in pledges[0].text
