"""Counts the twentieth blind set lost (:mod:`tests.importer.test_blind20`): an event counted in
editions (``举办…村BA篮球赛1届``) and a count after a verb that reorganises, fits out, replaces
or visits what it counts (``优化调整网格86个``) — written again in wordings and layouts of their
own, with the readings that must stay no target.

What a user sees: each such pledge tracks its count with its measure word; an edition's ordinal
(``第三届``), a past record (``连续3届获评``) and what a change turns a thing into (``调整为3个
片区``) are no targets.
"""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

#: (pledge, its counts)
PLEDGES = [
    ("举办“青石杯”乡村篮球联赛1届，开展送戏下乡30场", [(1, "届"), (30, "场")]),
    ("承办全县农民丰收节2届", [(2, "届")]),
    ("优化调整综治网格64个，配齐专职网格员64名", [(64, "个"), (64, "名")]),
    ("整合撤并村民小组15个", [(15, "个")]),
    ("更换老旧燃气管道3公里", [(3, "公里")]),
    ("走访慰问困难群众420户", [(420, "户")]),
    ("优化公交站点12个", [(12, "个")]),
]
#: Pledges whose numbers are none of their goals.
NO_TARGETS = [
    "举办第三届乡村旅游文化节",
    "连续3届获评省级文明村的经验做法持续推广",
    "将全镇网格调整为3个片区",
]


def _numbered() -> tuple[str, str]:
    lines = [f"{i}.{text}。" for i, (text, _c) in enumerate(PLEDGES, 1)]
    lines += [f"{len(PLEDGES) + i}.{text}。" for i, text in enumerate(NO_TARGETS, 1)]
    return "青石镇2039年重点工作安排\n\n" + "\n".join(lines) + "\n", "plan.txt"


def _labelled() -> tuple[str, str]:
    items = [
        f"（{i}）目标要求：{text}。\n责任单位：社会事务办公室\n完成时限：年底前\n"
        for i, text in enumerate([t for t, _c in PLEDGES] + NO_TARGETS, 1)
    ]
    return "青石镇2039年重点任务清单\n\n" + "".join(items), "plan.txt"


def _after_a_lead_clause() -> tuple[str, str]:
    lines = [
        f"{i}.加强社会治理，{text}。"
        for i, text in enumerate([t for t, _c in PLEDGES] + NO_TARGETS, 1)
    ]
    return "青石镇2039年工作要点\n\n" + "\n".join(lines) + "\n", "plan.txt"


def _workbook() -> tuple[bytes, str]:
    rows: list[list[object]] = [["序号", "工作任务", "责任单位", "完成时限"]]
    for i, text in enumerate([t for t, _c in PLEDGES] + NO_TARGETS, 1):
        rows.append([i, text, "社会事务办公室", "2039年12月31日"])
    return xlsx({"任务": rows}), "青石镇2039年重点任务.xlsx"


LAYOUTS = {
    "numbered list": _numbered,
    "labelled lines under （一）": _labelled,
    "after a lead clause": _after_a_lead_clause,
    "a workbook's rows": _workbook,
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_editions_and_reorganised_things_are_counted_and_ordinals_are_not(parse, layout):
    content, name = LAYOUTS[layout]()
    pledges = commitments_of(parse(content, name))
    assert len(pledges) == len(PLEDGES) + len(NO_TARGETS), [p.text for p in pledges]
    for pledge, (_text, counts) in zip(pledges, PLEDGES, strict=False):
        got = [(int(t.value), t.unit) for t in pledge.targets]
        assert got == counts, pledge.text
    for pledge in pledges[len(PLEDGES) :]:
        assert pledge.targets == [], pledge.text
