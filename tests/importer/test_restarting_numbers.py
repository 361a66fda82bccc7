"""Items whose numbering starts again under each heading (SPEC §3), the structure faults the
helper of the item heading series saw (``第一章 教育`` over ``1.`` ``2.``, ``第二章 交通`` over
``1.`` again lost the second chapter's items; ``（一）教育`` over one ``任务1：`` item each was
read as one section titled by the document, the section titles in the items' text), written
in wordings and layouts of their own.

What a user sees: one section per heading (``第一章``/``第一篇``, ``第一部分``, ``一、``,
``（一）``, ``【教育】``, a plain heading line as Word's heading style, a bold paragraph or a
web page's ``<h3>`` leave it), titled by the heading's words, each holding its own items —
numbered ``1.``, ``1、``, ``（1）`` or ``①`` from one again — with their times; no heading in
any pledge's text. A section of one labelled item keeps its title out of the item. A list that
goes on counting across a line (``交通出行方面``, ``…重点抓好以下几项：``) is one list, that
line no pledge; a sub-list after an item's ``如下：`` is the item's steps, no sections.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of

D = datetime.date

TITLE = "青石镇2038年民生重点工作计划"
PREAMBLE = "为扎实办好群众身边的实事，结合我镇实际，制定本计划。"
#: (what, time as written, deadline): the first heading's items, then the second's.
FIRST = [
    ("新建青石小学风雨操场1座", "6月底前", D(2038, 6, 30)),
    ("改造中心幼儿园教室12间", "8月底前", D(2038, 8, 31)),
]
SECOND = [
    ("硬化通村道路15公里", "10月底前", D(2038, 10, 31)),
    ("新增公共停车位260个", "年底前", D(2038, 12, 31)),
    ("新建农村客运招呼站20个", "11月底前", D(2038, 11, 30)),
]
#: The headings as written, and the titles the sections take.
HEADINGS = {
    "chapter": (("第一章 教育", "第二章 交通"), ("教育", "交通")),
    "chapter_pian": (("第一篇　教育优先", "第二篇　交通先行"), ("教育优先", "交通先行")),
    "part": (("第一部分 教育", "第二部分 交通"), ("教育", "交通")),
    "dun": (("一、教育事业", "二、交通出行"), ("教育事业", "交通出行")),
    "paren": (
        ("（一）办好人民满意教育", "（二）完善交通路网"),
        ("办好人民满意教育", "完善交通路网"),
    ),
    "boxed": (("【教育】", "【交通】"), ("教育", "交通")),
    "plain": (("教育民生工程", "交通民生工程"), ("教育民生工程", "交通民生工程")),
}
NUMBERS = {
    "dot": lambda n: f"{n}.",
    "dun": lambda n: f"{n}、",
    "paren": lambda n: f"（{n}）",
    "circled": lambda n: "①②③④⑤"[n - 1],
}


def sentence(what: str, when: str) -> str:
    return f"{what}，{when}完成。"


def items(rows: list[tuple[str, str, datetime.date]], number) -> list[str]:
    return [f"{number(n)}{sentence(what, when)}" for n, (what, when, _) in enumerate(rows, 1)]


def plan_lines(first: str, second: str, number) -> list[str]:
    return [
        TITLE,
        "",
        PREAMBLE,
        first,
        *items(FIRST, number),
        second,
        *items(SECOND, number),
    ]


def assert_two_sections(parsed, titles: tuple[str, str]) -> None:
    """Two sections with the given titles, each holding its own items and times."""
    doc = parsed.documents[0]
    assert [s.title for s in doc.sections] == list(titles)
    for section, rows in zip(doc.sections, (FIRST, SECOND), strict=True):
        assert [c.text for c in section.commitments] == [sentence(w, t) for w, t, _ in rows]
        assert [c.deadline for c in section.commitments] == [d for _, _, d in rows]


@pytest.mark.parametrize("numbers", NUMBERS)
@pytest.mark.parametrize("headings", HEADINGS)
def test_numbering_restarting_under_each_heading_starts_its_items(parse, headings, numbers):
    (first, second), titles = HEADINGS[headings]
    parsed = parse("\n".join(plan_lines(first, second, NUMBERS[numbers])) + "\n")
    assert_two_sections(parsed, titles)


def test_word_heading_styles_over_items_typed_from_one(parse):
    """Word's heading styles (``标题 2``) and a bold paragraph: the text gives their words alone."""
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(PREAMBLE)
    document.add_heading("教育民生工程", level=2)
    for line in items(FIRST, NUMBERS["dot"]):
        document.add_paragraph(line)
    document.add_paragraph().add_run("交通民生工程").bold = True
    for line in items(SECOND, NUMBERS["dot"]):
        document.add_paragraph(line)
    from tests.importer.docx_documents import _save

    parsed = parse(_save(document), "plan.docx")
    assert_two_sections(parsed, ("教育民生工程", "交通民生工程"))


def test_word_list_numbering_restarting_under_each_chapter(parse):
    """Word's own list numbers (``%1.``), a new list under each chapter heading: 1, 2 and
    1, 2, 3 as Word shows them."""
    from tests.importer.docx_documents import w_abstract, w_num, w_p, word_xml

    numbering = w_abstract(3, ("decimal", "%1.")) + w_num(5, 3) + w_num(6, 3, {0: 1})
    body = "".join(
        [
            w_p(TITLE),
            w_p(PREAMBLE),
            w_p("第一章 教育"),
            *(w_p(sentence(w, t), "5") for w, t, _ in FIRST),
            w_p("第二章 交通"),
            *(w_p(sentence(w, t), "6") for w, t, _ in SECOND),
        ]
    )
    parsed = parse(word_xml(body, numbering), "plan.docx")
    assert_two_sections(parsed, ("教育", "交通"))


def test_pdf_chapters_restarting(parse):
    from tests.importer.table_documents import pdf

    lines = plan_lines("【教育】", "【交通】", NUMBERS["paren"])
    parsed = parse(pdf([("line", line) for line in lines if line]), "plan.pdf")
    assert_two_sections(parsed, ("教育", "交通"))


@pytest.mark.parametrize(
    "heading",
    ["<h3>{}</h3>", "<p><strong>{}</strong></p>", "<p>{}</p>"],
    ids=["h3", "strong", "paragraph"],
)
def test_web_page_headings_over_items_from_one(parse, heading):
    paragraphs = [
        heading.format("教育民生工程"),
        *(f"<p>{line}</p>" for line in items(FIRST, NUMBERS["dun"])),
        heading.format("交通民生工程"),
        *(f"<p>{line}</p>" for line in items(SECOND, NUMBERS["dun"])),
    ]
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{TITLE}_青石镇人民政府</title></head><body>"
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul>'
        f'<div class="article"><h1>{TITLE}</h1><div class="content"><p>{PREAMBLE}</p>'
        + "".join(paragraphs)
        + '</div></div><div class="footer"><p>主办：青石镇人民政府</p></div></body></html>'
    )
    parsed = parse(page, "plan.html")
    assert_two_sections(parsed, ("教育民生工程", "交通民生工程"))


def test_headings_inside_a_part_restart_its_items(parse):
    """One level down: inside ``一、社会事业``, ``教育`` and ``交通`` each over ``1.`` ``2.``;
    all four are the part's pledges, the two heading lines none; ``二、`` goes on as before."""
    text = "\n".join(
        [
            TITLE,
            "",
            "一、社会事业",
            "教育",
            *items(FIRST, NUMBERS["dot"]),
            "交通",
            *items(SECOND, NUMBERS["dot"]),
            "二、产业发展",
            "1.新增规上企业5家，年底前完成。",
            "2.新建标准化厂房2万平方米，11月底前完成。",
        ]
    )
    doc = parse(text + "\n").documents[0]
    assert [s.title for s in doc.sections] == ["社会事业", "产业发展"]
    assert [c.text for c in doc.sections[0].commitments] == [
        sentence(w, t) for w, t, _ in FIRST + SECOND
    ]
    assert len(doc.sections[1].commitments) == 2


def test_chapters_over_sections_over_items(parse):
    """``第一章`` over ``（一）`` over ``1.``: each chapter a section with all its items."""
    text = "\n".join(
        [
            TITLE,
            "",
            "第一章 教育",
            "（一）学前教育",
            f"1.{sentence(*FIRST[1][:2])}",
            "（二）义务教育",
            f"1.{sentence(*FIRST[0][:2])}",
            "第二章 交通",
            "（一）道路",
            f"1.{sentence(*SECOND[0][:2])}",
            "（二）停车和客运",
            f"1.{sentence(*SECOND[1][:2])}",
            f"2.{sentence(*SECOND[2][:2])}",
        ]
    )
    doc = parse(text + "\n").documents[0]
    assert [s.title for s in doc.sections] == ["教育", "交通"]
    assert [c.text for c in doc.sections[0].commitments] == [
        sentence(*FIRST[1][:2]),
        sentence(*FIRST[0][:2]),
    ]
    assert [c.text for c in doc.sections[1].commitments] == [sentence(w, t) for w, t, _ in SECOND]


# -- one labelled item under each heading --------------------------------------------------

LABELLED = [
    ("新建青石小学风雨操场1座。", "社事办", "社会事务办公室", "2038年6月底前", D(2038, 6, 30)),
    ("硬化通村道路15公里。", "村镇建设办公室", "村镇建设办公室", "2038年10月底前", D(2038, 10, 31)),
]
ITEM_HEADS = {
    "task": ("任务1：", "任务1："),
    "matter": ("事项一、", "事项一、"),
    "boxed": ("【实事一】", "【实事一】"),
    "dot": ("1.", "1."),
}


@pytest.mark.parametrize("item_heads", ITEM_HEADS)
@pytest.mark.parametrize("headings", ["paren", "dun", "part", "chapter", "boxed", "plain"])
def test_one_labelled_item_under_each_heading_stays_a_section(parse, headings, item_heads):
    (first, second), titles = HEADINGS[headings]
    lines = [TITLE, ""]
    for heading, head, (what, lead, _, when, _) in zip(
        (first, second), ITEM_HEADS[item_heads], LABELLED, strict=True
    ):
        lines += [heading, f"{head}{what}", f"牵头单位：{lead}", f"完成时限：{when}"]
    doc = parse("\n".join(lines) + "\n").documents[0]
    assert [s.title for s in doc.sections] == list(titles)
    for section, (what, _, owner, _, deadline) in zip(doc.sections, LABELLED, strict=True):
        [item] = section.commitments
        assert (item.text, item.owner, item.deadline) == (what, owner, deadline)


# -- lists that must not split ---------------------------------------------------------------

CONTINUING = [
    ("新建青石小学风雨操场1座", "6月底前"),
    ("改造中心幼儿园教室12间", "8月底前"),
    ("新增公办学位300个", "9月底前"),
    ("硬化通村道路15公里", "10月底前"),
    ("新增公共停车位260个", "年底前"),
    ("新建农村客运招呼站20个", "11月底前"),
]


@pytest.mark.parametrize(
    "between",
    ["交通出行方面", "同时加快补齐交通短板，重点抓好以下几项：", "【交通出行】"],
    ids=["phrase", "introduction", "boxed"],
)
@pytest.mark.parametrize(
    "opening", ["", "今年重点办好以下民生实事：\n"], ids=["bare", "introduced"]
)
def test_a_list_counting_on_across_a_line_is_one_list(parse, between, opening):
    """1–6 with a line between 3 and 4 (a heading-like phrase, a sentence introducing what
    follows): the numbering goes on, so the six items are six pledges, the line none."""
    lines = [f"{n}.{sentence(w, t)}" for n, (w, t) in enumerate(CONTINUING, 1)]
    text = f"{TITLE}\n\n{opening}" + "\n".join([*lines[:3], between, *lines[3:]]) + "\n"
    pledges = commitments_of(parse(text))
    assert [c.text for c in pledges] == [sentence(w, t) for w, t in CONTINUING]
    assert all(between.strip("【】：") not in c.text for c in pledges)


def test_an_owner_bracket_on_its_own_line_stays_the_items(parse):
    """``3.…完成。`` over ``（社事办）`` over ``4.…`` (a PDF that broke before the bracket): the
    bracket is item 3's owner, no heading between two items."""
    lines = [f"{n}.{sentence(w, t)}" for n, (w, t) in enumerate(CONTINUING, 1)]
    text = f"{TITLE}\n\n" + "\n".join([*lines[:3], "（社事办）", *lines[3:]]) + "\n"
    pledges = commitments_of(parse(text))
    assert [c.text for c in pledges] == [sentence(w, t) for w, t in CONTINUING]
    assert pledges[2].owner == "社会事务办公室"


def test_a_sub_list_after_an_items_introduction_is_no_section(parse):
    """``2.…具体要求如下：`` then ``1.`` ``2.``, then ``3.``: the restart is the item's steps."""
    text = (
        f"{TITLE}\n\n"
        "1.新建青石小学风雨操场1座，6月底前完成。\n"
        "2.改造中心幼儿园教室12间，具体要求如下：\n"
        "1.3月底前完成设计招标。\n"
        "2.8月底前完成主体施工。\n"
        "3.硬化通村道路15公里，10月底前完成。\n"
    )
    doc = parse(text).documents[0]
    texts = [c.text for c in commitments_of(parse(text))]
    assert texts[0] == "新建青石小学风雨操场1座，6月底前完成。"
    assert texts[-1] == "硬化通村道路15公里，10月底前完成。"
    assert "3月底前完成设计招标。" in texts and "8月底前完成主体施工。" in texts
    assert not any("设计招标" in s.title or "主体施工" in s.title for s in doc.sections)
