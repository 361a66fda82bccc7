"""A numbered list that counts on across heading lines (SPEC §3): ``经济发展`` over ``1.``–
``2.``, ``社会事业`` over ``3.``–``5.``. What a user sees: each heading a section titled by its
words, holding its own items with their times — not one section per item, the headings lost
— in plain text, with 【】 or numbered headings, Word's heading styles and bold paragraphs, a
web page and a PDF. Numbering restarting under such headings is test_restarting_numbers';
a list whose first item has no heading over it, with one line between two items, is one list
(test_restarting_numbers, kept green).
"""

from __future__ import annotations

import pytest

from tests.importer.test_restarting_numbers import (
    FIRST,
    HEADINGS,
    NUMBERS,
    PREAMBLE,
    SECOND,
    TITLE,
    assert_two_sections,
    sentence,
)


def counted_on(number) -> tuple[list[str], list[str]]:
    """The two runs' lines, numbered 1, 2 and on 3, 4, 5."""
    rows = [number(n) + sentence(w, t) for n, (w, t, _) in enumerate(FIRST + SECOND, 1)]
    return rows[: len(FIRST)], rows[len(FIRST) :]


@pytest.mark.parametrize("numbers", NUMBERS)
@pytest.mark.parametrize("headings", HEADINGS)
def test_items_counting_on_keep_their_headings_sections(parse, headings, numbers):
    (first, second), titles = HEADINGS[headings]
    ones, twos = counted_on(NUMBERS[numbers])
    text = "\n".join([TITLE, "", PREAMBLE, first, *ones, second, *twos]) + "\n"
    assert_two_sections(parse(text), titles)


def test_word_heading_styles_over_items_counting_on(parse):
    import docx

    from tests.importer.docx_documents import _save

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    document.add_paragraph(PREAMBLE)
    ones, twos = counted_on(NUMBERS["dun"])
    document.add_heading("教育民生工程", level=2)
    for line in ones:
        document.add_paragraph(line)
    document.add_paragraph().add_run("交通民生工程").bold = True
    for line in twos:
        document.add_paragraph(line)
    assert_two_sections(parse(_save(document), "plan.docx"), ("教育民生工程", "交通民生工程"))


def test_web_page_and_pdf_headings_over_items_counting_on(parse):
    from tests.importer.table_documents import pdf

    ones, twos = counted_on(NUMBERS["paren"])
    lines = [TITLE, PREAMBLE, "【教育】", *ones, "【交通】", *twos]
    assert_two_sections(
        parse(pdf([("line", line) for line in lines]), "plan.pdf"), ("教育", "交通")
    )

    body = "".join(f"<p>{line}</p>" for line in lines[1:])
    for word in ("教育", "交通"):
        body = body.replace(f"<p>【{word}】</p>", f"<h3>{word}</h3>")
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head>'
        f'<body><div class="article"><h1>{TITLE}</h1>{body}</div></body></html>'
    )
    assert_two_sections(parse(page, "plan.html"), ("教育", "交通"))


def test_headings_inside_a_part_counting_on(parse):
    """One level down, inside ``一、社会事业``: ``教育`` over 1–2, ``交通`` over 3–5; all five
    are the part's pledges, the heading lines none; ``二、`` goes on as before."""
    ones, twos = counted_on(NUMBERS["dot"])
    text = "\n".join(
        [
            TITLE,
            "",
            "一、社会事业",
            "教育",
            *ones,
            "交通",
            *twos,
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
