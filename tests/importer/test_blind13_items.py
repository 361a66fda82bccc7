"""A kind of fault the thirteenth blind set found in a list of 实事 (tests/importer/blind13/
pdf, the fault list in :mod:`tests.importer.test_blind13`): an item whose heading
(``一、扩大优质教育资源供给。``) stands before its body was read as a section, so the pledge's
text began at its body and a key in the heading was lost. In a list where each numbered item
is one pledge (its body, then its owners), the heading is the pledge's title and part of its
text; a real section heading, whose body holds numbered items, still heads a section. Written
again here in a list of its own, as text, as Word paragraphs and as a PDF."""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs
from tests.importer.table_documents import pdf

TITLE = "白河区2031年为民办实事项目"
ITEMS = [
    "一、提升义务教育办学条件。新建、改扩建学校4所，新增学位2400个，8月底前投入使用。",
    "（牵头单位：区教育局；配合单位：区财政局）",
    "二、改善居民出行条件。年内新辟、优化公交线路6条，新建港湾式公交站台30个。",
    "（牵头单位：区交通运输局）",
    "三、实施城市“微更新”。10月底前改造背街小巷25条，建设口袋公园8个。",
    "（牵头单位：区城管局；配合单位：各街道办事处）",
]
#: Real sections: each heading holds numbered items of its own.
SECTIONS = [
    "一、教育",
    "1. 新建、改扩建学校4所。（牵头单位：区教育局）",
    "2. 新增学位2400个。（牵头单位：区教育局）",
    "二、交通",
    "1. 新辟、优化公交线路6条。（牵头单位：区交通运输局）",
    "2. 新建港湾式公交站台30个。（牵头单位：区交通运输局）",
]


def _txt(lines: list[str]) -> tuple[bytes, str]:
    return "\n".join([TITLE, *lines]).encode(), "实事.txt"


def _docx(lines: list[str]) -> tuple[bytes, str]:
    return paragraphs("\n".join([TITLE, *lines])), "实事.docx"


def _pdf(lines: list[str]) -> tuple[bytes, str]:
    return pdf([("line", line) for line in [TITLE, *lines]]), "实事.pdf"


LAYOUTS = {"text": _txt, "Word paragraphs": _docx, "a PDF": _pdf}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_items_heading_before_its_body_is_part_of_its_pledge(parse, layout):
    found = commitments_of(parse(*LAYOUTS[layout](ITEMS)))
    assert [c.text[:10] for c in found] == [
        "提升义务教育办学条件",
        "改善居民出行条件。年",
        "实施城市“微更新”。",
    ]
    assert [c.owner for c in found] == ["区教育局", "区交通运输局", "区城管局"]
    assert found[0].title == "提升义务教育办学条件"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_heading_over_numbered_items_still_heads_a_section(parse, layout):
    parsed = parse(*LAYOUTS[layout](SECTIONS))
    sections = parsed.documents[0].sections
    assert [s.title for s in sections] == ["教育", "交通"]
    assert [len(s.commitments) for s in sections] == [2, 2]
