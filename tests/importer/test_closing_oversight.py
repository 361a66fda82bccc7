"""A plan's closing paragraph on how the tasks above are overseen — ``以上重点工作，镇党政办将实行
月调度、季通报…`` — after items that carry no numbers (paragraphs parted by blank lines, each
closing with its owner bracket, under short heading lines or none): the kind of fault of
blind24's web copy. Written again in wordings of its own (``以上各项任务``, ``以上工作任务``, who
oversees them and how), as a copied text and as Word paragraphs.

What a user sees: one pledge per paragraph, and none of the closing paragraph.
"""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs

ITEMS = [
    "新建标准厂房3万平方米，10月底前全部交付（经发办牵头，财政所配合）。",
    "改造农村公路12公里，11月底前全部完工（交通办牵头）。",
    "新增城镇就业400人，开展技能培训600人次（社事办牵头，财政所配合）。",
]
CLOSINGS = [
    "以上重点工作，镇党政办将实行月调度、季通报，各责任单位每月25日前报送推进情况。",
    "以上各项任务，由乡督查办负责跟踪督办，完成情况纳入年度考核。",
    "以上工作任务，街道党工委将每季度通报一次进展，年底统一考核。",
]


def _text(closing: str, headings: bool) -> str:
    lines = ["青溪镇2043年重点工作安排", "", "为全面完成全年目标任务，现将重点工作安排如下。", ""]
    for number, item in enumerate(ITEMS):
        if headings and number in (0, 2):
            lines.append(["做强实体经济", "", "保障改善民生"][number])
        lines += [f"　　{item}", ""]
    return "\n".join([*lines, f"　　{closing}", ""])


@pytest.mark.parametrize("closing", CLOSINGS)
@pytest.mark.parametrize("headings", [True, False])
def test_the_closing_oversight_paragraph_is_no_pledge(parse, closing, headings):
    parsed = parse(_text(closing, headings), "重点工作安排.txt", year=2043)
    texts = [c.text for c in commitments_of(parsed)]
    assert len(texts) == 3, texts
    assert not any("以上" in t for t in texts)


@pytest.mark.parametrize("closing", CLOSINGS[:2])
def test_in_word_paragraphs_too(parse, closing):
    parsed = parse(paragraphs(_text(closing, True)), "重点工作安排.docx", year=2043)
    commitments = commitments_of(parsed)
    assert len(commitments) == 3, [c.text for c in commitments]
    assert not any("以上" in c.text for c in commitments)
