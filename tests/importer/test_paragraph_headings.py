"""Heading lines over items without numbers (SPEC §3, blind22 蒲塘镇): a 工作要点 of paragraphs
parted by blank lines or empty paragraphs, under short heading lines (a bold paragraph in Word,
a ``<strong>`` paragraph on a page, a line of a few words in text). What a user sees: one
section per heading, titled by its words, holding the items under it — the 产业 items apart
from the 民生 ones — and no heading in a pledge; each paragraph still one pledge with its owner.
"""

from __future__ import annotations

import io

import pytest

from tests.importer.conftest import commitments_of

TITLE = "白沙镇2042年工作要点"
INTRO = "现将全镇2042年重点工作安排如下。"
CLOSING = "各办站所要对照本要点，逐项细化工作措施。"
#: (heading, [(item, its owner bracket)])
PARTS = [
    (
        "聚力产业发展",
        [
            ("新建标准化茶园1200亩。", "（牵头单位：农业农村办；完成时限：10月底前）"),
            ("引进5000万元以上项目4个。", "（牵头单位：经发办；配合单位：财政所）"),
        ],
    ),
    (
        "增进民生福祉",
        [
            ("新建白沙中心幼儿园，新增学位270个。", "（牵头单位：社事办；完成时限：8月底前）"),
            ("新建村级互助养老点5个。", "（牵头单位：社事办；配合单位：镇卫生院）"),
            ("组织职业技能培训8期。", "（牵头单位：经发办；完成时限：全年）"),
        ],
    ),
    (
        "建设平安白沙",
        [("新建集中充电车棚40处。", "（牵头单位：应急管理办；完成时限：6月底前）")],
    ),
]
HEADINGS = [heading for heading, _ in PARTS]
WANTED = [[item for item, _ in items] for _, items in PARTS]


def sections_of(parsed) -> list[tuple[str, list[str]]]:
    return [(s.title, [c.text for c in s.commitments]) for s in parsed.documents[0].sections]


def text_file(separator: str) -> str:
    lines = [TITLE, INTRO]
    for heading, items in PARTS:
        lines += [heading, *(item + owner for item, owner in items)]
    return separator.join([*lines, CLOSING]) + "\n"


def word_file(empty_paragraphs: bool) -> bytes:
    """A 工作要点 in Word: bold 黑体 headings, items as paragraphs, empty ones between or none."""
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph(INTRO)
    for heading, items in PARTS:
        if empty_paragraphs:
            document.add_paragraph("")
        run = document.add_paragraph().add_run(heading)
        run.bold = True
        run.font.name = "黑体"
        for item, owner in items:
            if empty_paragraphs:
                document.add_paragraph("\u3000\u3000")
            document.add_paragraph("\u3000\u3000" + item + owner)
    document.add_paragraph(CLOSING)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def html_article() -> bytes:
    body = [f"<p>{INTRO}</p>"]
    for heading, items in PARTS:
        body.append(f'<p style="text-align:center"><strong>{heading}</strong></p>')
        body += [f"<p>{item}{owner}</p>" for item, owner in items]
    body.append(f"<p>{CLOSING}</p>")
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head>'
        f'<body><h1>{TITLE}</h1><div class="article">{"".join(body)}</div></body></html>'
    )
    return page.encode("utf-8")


LAYOUTS = {
    "text_blank_lines": lambda: (text_file("\n\n"), "白沙镇2042年工作要点.txt"),
    "text_packed": lambda: (text_file("\n"), "白沙镇2042年工作要点.txt"),
    "word_empty_paragraphs": lambda: (word_file(True), "白沙镇2042年工作要点.docx"),
    "word_packed": lambda: (word_file(False), "白沙镇2042年工作要点.docx"),
    "html_article": lambda: (html_article(), "白沙镇2042年工作要点.html"),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_each_heading_heads_a_section_of_its_items(parse, layout):
    data, name = LAYOUTS[layout]()
    parsed = parse(data, name)
    assert sections_of(parsed) == list(zip(HEADINGS, WANTED, strict=True))
    assert [s.number for s in parsed.documents[0].sections] == [1, 2, 3]
    pledges = commitments_of(parsed)
    assert [p.owner for p in pledges] == [
        "农业农村办公室",
        "经济发展办公室",
        "社会事务办公室",
        "社会事务办公室",
        "经济发展办公室",
        "应急管理办公室",
    ]


def test_items_above_the_first_heading_stay_in_the_plans_section(parse):
    text = text_file("\n\n").replace(
        INTRO, INTRO + "\n\n开展全域环境整治行动4次。（牵头单位：生态环境办）"
    )
    sections = sections_of(parse(text))
    assert [title for title, _ in sections] == [TITLE, *HEADINGS]
    assert sections[0][1] == ["开展全域环境整治行动4次。"]


def test_one_heading_is_no_sections(parse):
    """One heading over all the items heads no part of them: the plan is one section."""
    _, items = PARTS[1]
    text = "\n\n".join(
        [TITLE, INTRO, "增进民生福祉", *(item + owner for item, owner in items), CLOSING]
    )
    sections = sections_of(parse(text + "\n"))
    assert len(sections) == 1
    assert sections[0][1] == [item for item, _ in items]


def test_a_signature_line_after_the_items_heads_nothing(parse):
    text = text_file("\n\n") + "\n白沙镇人民政府\n\n2042年1月20日\n"
    assert sections_of(parse(text)) == list(zip(HEADINGS, WANTED, strict=True))


def test_the_blind22_work_points_have_their_four_sections(parse):
    """blind22's 蒲塘镇 工作要点 (its README: four bold headings, the sections, three items
    each): the 产业 items and the 民生 ones land in different sections."""
    from pathlib import Path

    path = Path(__file__).parent / "blind22" / "蒲塘镇2041年工作要点.docx"
    sections = sections_of(parse(path.read_bytes(), path.name))
    assert [(title, len(items)) for title, items in sections] == [
        ("聚力产业发展", 3),
        ("完善基础设施", 3),
        ("增进民生福祉", 3),
        ("建设平安蒲塘", 3),
    ]
