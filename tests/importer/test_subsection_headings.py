"""Heading lines between paragraphs without numbers, inside numbered sections: under
``一、推动经济高质量发展`` a short line (bold in Word, ``<strong>`` on a page, a line of a few
words in copied text) heads the paragraphs below it, each closing with its owners. Written in
wordings and layouts of our own: owner brackets ``（X牵头，Y配合）`` and ``（牵头单位：X）`` or a
``责任单位：`` line; sections numbered ``一、`` or ``（一）``; plain text with blank lines or
none, a Word document and a web page.

What a user sees: each heading heads a sub-section of its numbered section, titled
``推动经济高质量发展·聚力工业升级``, holding the paragraphs under it; no heading is a pledge;
paragraphs above a section's first heading stay in the numbered section; a single heading in a
section heads nothing, and is no pledge either (SPEC §3).
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs

D = datetime.date
TITLE = "青溪县2043年重点工作任务分工方案"
#: (numbered section title, [(heading, [(paragraph, owners)])])
PLAN = [
    (
        "推动经济高质量发展",
        [
            (
                "聚力工业升级",
                [
                    (
                        "新增规模以上工业企业25家，规上工业增加值增长8%左右。",
                        "（县工信局牵头，县统计局配合）",
                    ),
                    (
                        "新建标准厂房12万平方米，10月底前全部交付。",
                        "（牵头单位：县工业园区管委会）",
                    ),
                ],
            ),
            (
                "壮大现代农业",
                [
                    ("新建高标准农田2万亩，9月底前完成。", "（县农业农村局牵头）"),
                    ("培育家庭农场30家。", "（县农业农村局牵头，各乡镇配合）"),
                ],
            ),
        ],
    ),
    (
        "持续增进民生福祉",
        [
            (
                "办好人民满意教育",
                [
                    (
                        "新建城区公办幼儿园3所，秋季开学前投入使用。",
                        "（县教育局牵头，县住建局配合）",
                    ),
                    ("新增学位900个。", "（县教育局牵头）"),
                ],
            ),
            (
                "健全社会保障体系",
                [
                    ("新增城镇就业2000人。", "（县人社局牵头）"),
                    ("改造城镇老旧小区16个，加装电梯40台。", "（县住建局牵头，县财政局配合）"),
                ],
            ),
            (
                "守牢安全发展底线",
                [("整治病险水库6座，汛期前完成主体工程。", "（县水利局牵头，县应急管理局配合）")],
            ),
        ],
    ),
]
CN = "一二三四五六"


def _number(n: int, style: str) -> str:
    return f"{CN[n]}、" if style == "dun" else f"（{CN[n]}）"


def _lines(style: str, owner_lines: bool = False) -> list[str]:
    lines = [TITLE, "为确保全年目标任务落到实处，现将重点工作任务分解如下："]
    for n, (section, headed) in enumerate(PLAN):
        lines.append(_number(n, style) + section)
        for heading, items in headed:
            lines.append(heading)
            for text, owners in items:
                if owner_lines:  # ``责任单位：`` on a line of its own under the paragraph
                    units = owners.strip("（）").replace("牵头单位：", "").replace("，", "、")
                    lines += [
                        text,
                        "责任单位：" + units.replace("牵头", "（牵头）").replace("配合", ""),
                    ]
                else:
                    lines.append(text + owners)
    return lines


def _docx(style: str) -> bytes:
    import io

    import docx

    document = docx.Document()
    for line in _lines(style):
        paragraph = document.add_paragraph()
        paragraph.add_run(line).bold = any(line == h for _, hs in PLAN for h, _ in hs)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _html(style: str) -> bytes:
    headings = {h for _, hs in PLAN for h, _ in hs}
    body = "".join(
        f"<p><strong>{line}</strong></p>" if line in headings else f"<p>{line}</p>"
        for line in _lines(style)[1:]
    )
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head>'
        f'<body><h1>{TITLE}</h1><div class="article">{body}</div></body></html>'
    )
    return page.encode("utf-8")


LAYOUTS = {
    "text_blank_lines": lambda: (("\n\n".join(_lines("dun")) + "\n").encode(), "分工.txt"),
    "text_packed": lambda: (("\n".join(_lines("dun")) + "\n").encode(), "分工.txt"),
    "text_paren_sections": lambda: (("\n".join(_lines("paren")) + "\n").encode(), "分工.txt"),
    "word_bold_headings": lambda: (_docx("dun"), "分工.docx"),
    "word_plain_paragraphs": lambda: (paragraphs("\n".join(_lines("paren"))), "分工.docx"),
    "page_strong_headings": lambda: (_html("dun"), "分工.html"),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_headings_inside_numbered_sections_head_subsections(parse, layout):
    data, name = LAYOUTS[layout]()
    parsed = parse(data, name, year=2043)
    sections = parsed.documents[0].sections
    assert [s.title for s in sections] == [
        f"{section}·{heading}" for section, headed in PLAN for heading, _ in headed
    ]
    assert [[c.text for c in s.commitments] for s in sections] == [
        [text for text, _ in items] for _, headed in PLAN for _, items in headed
    ]
    pledges = commitments_of(parsed)
    assert pledges[0].owner == "县工信局" and pledges[0].co_owners == ["县统计局"]
    assert pledges[1].deadline == D(2043, 10, 31)


def test_owner_lines_under_the_paragraphs(parse):
    """Each paragraph over its ``责任单位：X（牵头）、Y`` line, blank lines between (the label
    line closes its paragraph: the heading after it is one): the same sub-sections."""
    parsed = parse("\n\n".join(_lines("dun", owner_lines=True)) + "\n", year=2043)
    sections = parsed.documents[0].sections
    assert [s.title for s in sections] == [
        f"{section}·{heading}" for section, headed in PLAN for heading, _ in headed
    ]
    assert [[c.text for c in s.commitments] for s in sections] == [
        [text for text, _ in items] for _, headed in PLAN for _, items in headed
    ]
    assert [(p.owner, p.co_owners) for p in commitments_of(parsed)][:3] == [
        ("县工信局", ["县统计局"]),
        ("县工业园区管委会", []),
        ("县农业农村局", []),
    ]


def test_paragraphs_above_the_first_heading_stay_in_the_section(parse):
    """A paragraph right under ``一、…`` before any heading stays in that section; a section with
    one heading only is not split, and its heading is no pledge."""
    text = "\n".join(
        [
            TITLE,
            "一、推动经济高质量发展",
            "完成固定资产投资50亿元。（县发改局牵头）",
            "聚力工业升级",
            "新增规模以上工业企业25家。（县工信局牵头）",
            "新建标准厂房12万平方米。（县工信局牵头）",
            "壮大现代农业",
            "新建高标准农田2万亩。（县农业农村局牵头）",
            "二、持续增进民生福祉",
            "办好人民满意教育",
            "新增学位900个。（县教育局牵头）",
            "新增城镇就业2000人。（县人社局牵头）",
        ]
    )
    sections = parse(text + "\n", year=2043).documents[0].sections
    assert [(s.title, [c.text for c in s.commitments]) for s in sections] == [
        ("推动经济高质量发展", ["完成固定资产投资50亿元。"]),
        (
            "推动经济高质量发展·聚力工业升级",
            ["新增规模以上工业企业25家。", "新建标准厂房12万平方米。"],
        ),
        ("推动经济高质量发展·壮大现代农业", ["新建高标准农田2万亩。"]),
        ("持续增进民生福祉", ["新增学位900个。", "新增城镇就业2000人。"]),
    ]
