"""Card tables (交办单, SPEC §3) whose label cells carry a number or a bracket: ``任务名称（1）``,
``牵头单位(责任人)``, ``完成时限（2040年）``, ``配合单位1``, ``责任领导（签字）`` are labels still,
so each card stays one pledge with its owner, co-owners, official and time — in Word, a
workbook and a PDF.
"""

from __future__ import annotations

import pytest

from tests.importer.table_documents import pdf, xlsx
from tests.importer.test_task_cards import CARDS, WANTED, _check, _docx, _four_columns

#: Label cells as offices number and annotate them, each set a wording of its own.
LABELS = {
    "numbered": {
        "名称": "任务名称（1）",
        "目标": "目标要求（2）",
        "牵头": "牵头单位（3）",
        "领导": "责任领导（4）",
        "配合": "配合单位（5）",
        "时限": "完成时限（6）",
    },
    "annotated": {
        "名称": "任务名称(全称)",
        "目标": "目标要求（量化）",
        "牵头": "牵头单位(责任人)",
        "领导": "责任领导（签字）",
        "配合": "配合单位（可多个）",
        "时限": "完成时限（2040年）",
    },
    "digits": {
        "名称": "任务名称1",
        "目标": "目标要求1",
        "牵头": "牵头单位1",
        "领导": "责任领导1",
        "配合": "配合单位1",
        "时限": "完成时限1",
    },
    "colon": {
        "名称": "任务名称（一）：",
        "目标": "目标要求：",
        "牵头": "牵头单位（部门）：",
        "领导": "责任领导：",
        "配合": "配合单位（部门）：",
        "时限": "完成时限（年月日）：",
    },
}


@pytest.mark.parametrize("wording", LABELS, ids=list(LABELS))
def test_labels_with_numbers_or_brackets_in_a_word_file(parse, wording):
    tables = [("", _four_columns(card, LABELS[wording])) for card in CARDS]
    _check(parse(_docx(tables), "青石镇交办单.docx"))


@pytest.mark.parametrize("wording", ["numbered", "annotated"])
def test_labels_with_numbers_or_brackets_in_a_workbook(parse, wording):
    sheets = {f"交办单{n}": _four_columns(c, LABELS[wording]) for n, c in enumerate(CARDS, 1)}
    _check(parse(xlsx(sheets), "青石镇交办单.xlsx"))


def test_labels_with_brackets_in_a_two_column_card(parse):
    rows = [
        ["交办编号", "ZX-2040-01"],
        ["任务名称（1）", "集镇污水管网延伸"],
        ["目标要求(具体)", "新建污水管网12公里，新增接户2000户。"],
        ["牵头单位(责任人)", "村镇建设办"],
        ["责任领导（签字）", "副镇长　韩清"],
        ["配合单位1", "生态环境办、各村"],
        ["完成时限（2040年）", "2040年9月30日"],
        ["督办等级", "一级督办"],
    ]
    _check(parse(_docx([("交办单", rows)]), "青石镇交办单.docx"), WANTED[:1])


def test_labels_with_brackets_in_a_pdf(parse):
    blocks: list[tuple[str, object]] = [("line", "青石镇2040年重点工作任务交办单")]
    for n, card in zip("一二三", CARDS, strict=True):
        blocks += [("line", f"交办单（{n}）"), ("table", _four_columns(card, LABELS["annotated"]))]
    _check(parse(pdf(blocks), "青石镇交办单.pdf"))
