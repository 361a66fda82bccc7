"""A 公众号 article of more than nine parts, each under a round badge that holds only its number
(``01`` … ``09``, then ``10``, ``11``, ``12``), its heading on the next line, then paragraphs
without numbers closing with their owners. Written in several wordings and layouts of our own:
the page saved from the browser (the badge in a ``<section>``, the heading in ``<strong>``), the
article copied as text (blank lines between paragraphs or none), and pasted into Word.

What a user sees: a section per badge, ``10``–``12`` included, each titled by its heading; no
pledge loses its part, and no badge is dropped as a page number. A printed page's ``10`` (after
``9``, or cutting a sentence, or over a running header) is a page number still.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs

D = datetime.date
HEADLINE = "定了！2044年县政府十二件民生实事清单发布"
INTRO = [
    "点击蓝字 关注溪口发布",
    "2月3日，溪口县人民政府召开常务会议，研究确定2044年十二件民生实事，现发布如下：",
]
#: (heading, pledge, owner bracket, the pledge's deadline)
PARTS = [
    (
        "办好家门口的学校",
        "新建中小学2所，新增学位1800个，秋季开学前投入使用。",
        "（县教育局牵头）",
        D(2044, 8, 31),
    ),
    (
        "托起一老一小",
        "新建社区嵌入式养老服务站6个。",
        "（县民政局牵头，各镇街道配合）",
        D(2044, 12, 31),
    ),
    (
        "守护群众健康",
        "为65岁以上老年人免费体检3万人次，11月底前完成。",
        "（县卫健委牵头）",
        D(2044, 11, 30),
    ),
    ("畅通城乡交通", "改造提升农村公路120公里。", "（县交通运输局牵头）", D(2044, 12, 31)),
    (
        "稳住就业基本盘",
        "新增城镇就业2500人，帮扶困难人员就业300人。",
        "（县人社局牵头）",
        D(2044, 12, 31),
    ),
    ("改善居住条件", "改造城镇老旧小区18个，6月底前全部开工。", "（县住建局牵头）", D(2044, 6, 30)),
    (
        "保障饮水安全",
        "实施农村供水提升工程，受益人口4.2万人。",
        "（县水利局牵头）",
        D(2044, 12, 31),
    ),
    ("丰富文化生活", "送戏下乡200场，新建城市书房5个。", "（县文旅局牵头）", D(2044, 12, 31)),
    ("便利群众出行", "新增公共停车泊位1500个。", "（县城管局牵头，县公安局配合）", D(2044, 12, 31)),
    ("美化人居环境", "新建口袋公园10个，9月底前建成。", "（县城管局牵头）", D(2044, 9, 30)),
    ("守牢食品安全", "完成食品抽检4000批次。", "（县市场监管局牵头）", D(2044, 12, 31)),
    (
        "优化政务服务",
        "实现100项高频事项“一件事一次办”，10月底前上线。",
        "（县行政审批局牵头）",
        D(2044, 10, 31),
    ),
]
CLOSING = [
    "以上民生实事，县政府督查室将实行月调度、季通报，各责任单位每月5日前报送工作进展。",
    "来源：溪口县人民政府办公室",
    "编辑：许晴　审核：邵军",
]


def _badge(number: int) -> str:
    return f"{number:02d}"


def _html() -> bytes:
    body = []
    for number, (heading, pledge, owners, _) in enumerate(PARTS, start=1):
        body.append(
            '<section style="text-align:center;"><section style="display:inline-block;'
            f'border-radius:50%;background:#1e6fd9;color:#fff;"><p>{_badge(number)}</p>'
            "</section></section>"
        )
        body.append(f'<p style="text-align:center;"><strong>{heading}</strong></p>')
        body.append(f'<p>{pledge}<span style="color:#999;">{owners}</span></p>')
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{HEADLINE}</title></head>
<body><div id="js_article">
<h1 class="rich_media_title" id="activity-name">{HEADLINE}</h1>
<div id="meta_content"><span id="js_name">溪口发布</span></div>
<div class="rich_media_content" id="js_content">
{"".join(f"<p>{line}</p>" for line in INTRO)}
{"".join(body)}
{"".join(f"<p>{line}</p>" for line in CLOSING)}
</div></div></body></html>
"""
    return page.encode("utf-8")


def _lines() -> list[str]:
    lines = [HEADLINE, *INTRO]
    for number, (heading, pledge, owners, _) in enumerate(PARTS, start=1):
        lines += [_badge(number), heading, pledge + owners]
    return lines + CLOSING


LAYOUTS = {
    "saved_page": lambda: (_html(), "溪口发布.html"),
    "copied_text": lambda: (("\n".join(_lines()) + "\n").encode(), "溪口发布.txt"),
    "copied_with_blank_lines": lambda: (("\n\n".join(_lines()) + "\n").encode(), "溪口发布.txt"),
    "pasted_into_word": lambda: (paragraphs("\n".join(_lines())), "民生实事.docx"),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_badges_ten_to_twelve_number_sections(parse, layout):
    data, name = LAYOUTS[layout]()
    parsed = parse(data, name, year=2044)
    sections = parsed.documents[0].sections
    assert [s.title for s in sections] == [heading for heading, *_ in PARTS]
    assert [[c.text for c in s.commitments] for s in sections] == [[p] for _, p, _, _ in PARTS]
    assert [c.deadline for c in commitments_of(parsed)] == [d for *_, d in PARTS]
    assert all(c.owner for c in commitments_of(parsed))
    assert not any(c.text in ("10", "11", "12") for c in commitments_of(parsed))


def test_page_number_ten_after_nine_is_a_page_number(parse):
    """A printed plan's pages ``8``, ``9``, ``10`` alone on their lines, one of them over a
    section's heading: page numbers (they go on from ``9``, not from a badge ``09``)."""
    body = []
    for number, (heading, pledge, owners, _) in enumerate(PARTS[:3], start=1):
        body += [f"{'一二三'[number - 1]}、{heading}", pledge + owners, str(7 + number)]
    text = "\n".join(["溪口县2044年民生实事", *body]) + "\n"
    pledges = commitments_of(parse(text, year=2044))
    assert [p.text for p in pledges] == [p for _, p, _, _ in PARTS[:3]]
    assert [s.title for s in parse(text, year=2044).documents[0].sections] == [
        h for h, *_ in PARTS[:3]
    ]


def test_page_number_ten_cutting_a_sentence_joins_it(parse):
    """Badges ``01``–``09`` above, then a page's ``10`` between a sentence's halves: the
    sentence is one pledge, the ``10`` no badge (its next line ends the sentence)."""
    lines = [HEADLINE]
    for number, (heading, pledge, owners, _) in enumerate(PARTS[:9], start=1):
        lines += [_badge(number), heading, pledge + owners]
    lines += ["10", "美化人居环境", "新建口袋公园10个，9月底前", "11", "建成。（县城管局牵头）"]
    pledges = commitments_of(parse("\n".join(lines) + "\n", year=2044))
    assert pledges[-1].text == "新建口袋公园10个，9月底前建成。"
    assert pledges[-1].deadline == D(2044, 9, 30)
