"""Items without numbers, parted by blank lines (SPEC §3): a 工作要点 pasted as plain
paragraphs, each a pledge with its owner in a bracket after it or on ``牵头单位：`` lines
under it. What a user sees: one pledge per paragraph with its own owner, co-owners and
time — not one pledge holding them all, nor none — and the paragraph that introduces the
list, or tells units to carry it out, no pledge. A blank line inside a numbered item does
not split it. Each layout is written its own way: text with brackets, text with label
lines (set apart by a blank line too), Word paragraphs (with and without empty paragraphs
between) and headings over paragraphs.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs

D = datetime.date
TITLE = "青石镇2040年工作要点"
INTRO = "为推动全镇经济社会高质量发展，现将2040年工作要点印发如下。"
CLOSING = "以上工作请各单位认真抓好落实。"
#: (pledge, lead as written, co-owners as written, lead as the catalog names it, deadline)
ITEMS = [
    (
        "新建青石小学风雨操场1座，6月底前完成主体工程。",
        "社事办",
        "",
        "社会事务办公室",
        D(2040, 6, 30),
    ),
    (
        "硬化通村道路15公里，改造危桥3座。",
        "农业农村办",
        "财政所",
        "农业农村办公室",
        D(2040, 12, 31),
    ),
    (
        "新增公共停车位260个，10月底前全部投用。",
        "便民服务中心",
        "",
        "便民服务中心",
        D(2040, 10, 31),
    ),
    (
        "实施饮水安全巩固提升工程，解决3200人饮水问题。",
        "水利站",
        "财政所、林业站",
        "水利站",
        D(2040, 12, 31),
    ),
]


def bracketed(what: str, lead: str, co: str) -> str:
    helpers = f"，配合单位：{co}" if co else ""
    return f"{what}（责任单位：{lead}{helpers}）"


def label_lines(what: str, lead: str, co: str, apart: bool = False) -> str:
    lines = [f"牵头单位：{lead}", *([f"配合单位：{co}"] if co else [])]
    return what + ("\n\n" if apart else "\n") + "\n".join(lines)


def short_labels(what: str, lead: str, co: str) -> str:
    return f"{what}\n牵头：{lead}" + (f"\n协同：{co}" if co else "")


def document(blocks: list[str], separator: str = "\n\n") -> str:
    return separator.join([TITLE, INTRO, *blocks, CLOSING]) + "\n"


def check(pledges) -> None:
    assert [p.text for p in pledges] == [what for what, *_ in ITEMS]
    for pledge, (_, _, co, owner, deadline) in zip(pledges, ITEMS, strict=True):
        assert pledge.owner == owner
        wanted = ["财政所", "林业站"] if "林业站" in co else (["财政所"] if co else [])
        assert pledge.co_owners == wanted
        assert pledge.deadline == deadline
    assert not any(INTRO[:6] in p.text or CLOSING[:4] in p.text for p in pledges)


LAYOUTS = {
    "brackets": lambda: document([bracketed(*item[:3]) for item in ITEMS]),
    "label_lines": lambda: document([label_lines(*item[:3]) for item in ITEMS]),
    "labels_set_apart": lambda: document([label_lines(*item[:3], apart=True) for item in ITEMS]),
    "short_labels": lambda: document([short_labels(*item[:3]) for item in ITEMS]),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_each_paragraph_of_a_text_file_is_one_pledge(parse, layout):
    check(commitments_of(parse(LAYOUTS[layout]())))


@pytest.mark.parametrize("empty_paragraphs", [True, False], ids=["spaced", "packed"])
def test_each_paragraph_of_a_word_file_is_one_pledge(parse, empty_paragraphs):
    """Word's paragraphs, with empty ones between or one after another (spacing set by the
    style): each paragraph that closes with its owner is one pledge."""
    text = document([bracketed(*item[:3]) for item in ITEMS], "\n\n" if empty_paragraphs else "\n")
    check(commitments_of(parse(paragraphs(text), "青石镇2040年工作要点.docx")))


def test_paragraphs_of_label_lines_in_a_word_file(parse):
    text = document([label_lines(*item[:3]) for item in ITEMS])
    check(commitments_of(parse(paragraphs(text), "青石镇2040年工作要点.docx")))


def test_paragraphs_under_headings_keep_their_sections(parse):
    first, second = ITEMS[:2], ITEMS[2:]
    text = "\n\n".join(
        [
            TITLE,
            "一、教育交通",
            *[bracketed(*item[:3]) for item in first],
            "二、民生保障",
            *[bracketed(*item[:3]) for item in second],
        ]
    )
    doc = parse(text + "\n").documents[0]
    assert [s.title for s in doc.sections] == ["教育交通", "民生保障"]
    assert [len(s.commitments) for s in doc.sections] == [2, 2]
    check(commitments_of(parse(text + "\n")))


def test_a_paragraph_of_two_sentences_under_its_bracket(parse):
    """``S1。S2。（责任单位：X）`` as a paragraph: its sentences are pledges each, the bracket
    theirs (as a numbered item's, SPEC §3); the paragraphs around it stay their own."""
    text = document(
        [
            bracketed(*ITEMS[0][:3]),
            "新建养老服务站2个。新增养老床位40张。（责任单位：社事办）",
            bracketed(*ITEMS[1][:3]),
        ]
    )
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges] == [
        ITEMS[0][0],
        "新建养老服务站2个。",
        "新增养老床位40张。",
        ITEMS[1][0],
    ]
    assert [p.owner for p in pledges] == ["社会事务办公室"] * 3 + ["农业农村办公室"]


def test_a_blank_line_inside_a_numbered_item_does_not_split_it(parse):
    text = (
        f"{TITLE}\n\n"
        "1.新建青石小学风雨操场1座，6月底前完成主体工程。\n\n配套建设室外运动场地。\n"
        "牵头单位：社事办\n\n"
        "2.硬化通村道路15公里，改造危桥3座。\n\n"
        "牵头单位：农业农村办\n配合单位：财政所\n\n"
        "3.新增公共停车位260个，10月底前全部投用。\n牵头单位：便民服务中心\n"
    )
    pledges = commitments_of(parse(text))
    assert len(pledges) == 3
    assert "配套建设室外运动场地" in pledges[0].text
    assert [p.owner for p in pledges] == ["社会事务办公室", "农业农村办公室", "便民服务中心"]
    assert pledges[1].co_owners == ["财政所"]


def test_one_paragraph_with_its_owner_stays_one_pledge(parse):
    """A single item over several paragraphs (its text, a note, its label lines): one."""
    text = (
        f"{TITLE}\n\n新建青石小学风雨操场1座，6月底前完成主体工程。\n\n"
        "配套建设室外运动场地。\n\n牵头单位：社事办\n配合单位：财政所\n"
    )
    pledges = commitments_of(parse(text))
    assert len(pledges) == 1
    assert pledges[0].owner == "社会事务办公室"
    assert pledges[0].co_owners == ["财政所"]
