# ruff: noqa: E501  (document text in Chinese runs past the line limit)
"""The kind of target fault the eighteenth blind set's workbook found (tests/importer/blind18/
xlsx, the fault list in :mod:`tests.importer.test_blind18`): in a 攻坚行动 任务清单 a count in a
具体措施 gave no target in ``打通县城断头路5条``, ``规范提升农贸市场4个``, ``接入视频监控点位1500路``.

Why: a count word that as often names a thing (条, 个) is a target only after a verb that states
a goal, and 打通, 提升 and 接入 were not among those verbs; 路 (a channel of video) was no unit.
Alone in a cell such a pledge passed as "a thing and its count", but the 攻坚任务 merged down
over the 措施 rows is put before its text (``交通畅通攻坚，打通…``), so the clause no longer
opened the pledge and the count was lost. The same kind: a longer noun phrase between the verb
and the count (``建成茶叶精深加工生产线3条并投产``, blind17; ``建设竹木精深加工生产线3条及配套仓储
用房``, blind15) lost its count, since only a short noun (six characters) was read as the verb's
object. Written again here in wordings and layouts of its own (a workbook merged and unmerged,
a Word table, plain text), none copying the blind documents.

What a user sees: each such 措施 carries its count as a target; a bus route's number
(``开通12路公交``) and a town's description (``城区共有断头路5条``) stay none.
"""

from __future__ import annotations

import io

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

#: pledge → its targets (value, unit), the count in the measure word the verb's object takes
COUNTS = {
    "打通城区断头路3条": [("3", "条")],
    "贯通滨河绿道断点4处，接入公共视频监控点位860路": [("4", "处"), ("860", "路")],
    "规范提升菜市场2个": [("2", "个")],
    "升级乡镇综合文化站5个": [("5", "个")],
    "疏浚城区排水沟渠9条": [("9", "条")],
    "搬迁城区规模养殖场3个": [("3", "个")],
    "新上智能化生产线2条并投产": [("2", "条")],
    # blind18's txt: ``设置床位50张，年内投入运营``
    "设置护理型床位40张，年内投入运营": [("40", "张")],
    "规范设置便民疏导点6个": [("6", "个")],
    # a longer object closed by its count: ``并…``, ``及…``, or the clause's end
    "建成果蔬冷链仓储配送中心2个并投入运营": [("2", "个")],
    "建设蔬菜精深加工生产线3条及配套用房8000平方米": [("3", "条"), ("8000", "平方米")],
    "新建城乡一体化垃圾压缩转运站点6个": [("6", "个")],
}
#: counts that name or describe, not a goal
NONE = {
    "优化12路公交线路走向": [],
    "城区共有断头路5条，逐步打通": [],
    "开通城乡公交线路3条，延伸12路公交至工业园区": [("3", "条")],
}


def _targets(pledge) -> list[tuple[str, str]]:
    return sorted((format(t.value.normalize(), "f"), t.unit) for t in pledge.targets)


@pytest.mark.parametrize("sentence", [*COUNTS, *NONE])
def test_a_count_after_the_verbs_object_is_its_target(parse, sentence):
    text = f"砚山县2038年城市提升行动计划\n一、重点任务\n1．实施城市更新行动，{sentence}。\n"
    (pledge,) = commitments_of(parse(text))
    assert _targets(pledge) == sorted({**COUNTS, **NONE}[sentence])


# -- the layouts: a 任务 over its 措施, merged down or not ------------------------------------

HEADER = ["序号", "重点任务", "工作措施", "牵头单位", "完成时间"]
MEASURES = [
    ("1", "畅通微循环", "打通背街小巷断头路6条", "县住建局", "2038年10月底前"),
    ("2", "畅通微循环", "贯通沿河慢行步道断点2处，新建公共停车场3处", "县住建局", "2038年9月底前"),
    ("3", "提升市容", "规范提升农贸市场3个", "县市场监管局", "2038年6月底前"),
    ("4", "提升市容", "改造提升城市公园7个", "县住建局", "2038年11月底前"),
    ("5", "数字城管", "接入城市运行视频监控点位2400路", "县公安局", "2038年12月底前"),
    ("6", "数字城管", "建成城市综合运行管理服务中心1个并投入使用", "县住建局", "2038年12月底前"),
]
EXPECTED = [
    [("6", "条")],
    [("2", "处"), ("3", "处")],
    [("3", "个")],
    [("7", "个")],
    [("2400", "路")],
    [("1", "个")],
]


def _rows(repeat_task: bool) -> list[list[object]]:
    rows: list[list[object]] = [["玉川县2038年县城功能提升三年行动年度任务表"], HEADER]
    last = None
    for number, task, measure, owner, due in MEASURES:
        shown = task if repeat_task or task != last else None
        rows.append([number, shown, measure, owner, due])
        last = task
    return rows


def test_a_workbook_with_the_task_merged_down_over_its_measures(parse):
    merges = ["A1:E1", "B3:B4", "B5:B6", "B7:B8"]
    data = xlsx({"任务清单": _rows(repeat_task=True)}, {"任务清单": merges})
    pledges = commitments_of(parse(data, "玉川县2038年县城功能提升任务表.xlsx"))
    assert [_targets(p) for p in pledges] == [sorted(t) for t in EXPECTED]


def test_a_workbook_with_the_task_written_in_each_row(parse):
    data = xlsx({"任务清单": _rows(repeat_task=True)}, {"任务清单": ["A1:E1"]})
    pledges = commitments_of(parse(data, "玉川县2038年县城功能提升任务表.xlsx"))
    assert [_targets(p) for p in pledges] == [sorted(t) for t in EXPECTED]


def test_a_word_table_with_the_task_merged_down(parse):
    import docx

    document = docx.Document()
    document.add_paragraph("玉川县2038年县城功能提升三年行动年度任务表")
    rows = [HEADER, *[list(m) for m in MEASURES]]
    table = document.add_table(rows=len(rows), cols=len(HEADER))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for top in (1, 3, 5):  # each 重点任务 merged over its two 措施
        merged = table.cell(top, 1).merge(table.cell(top + 1, 1))
        merged.text = MEASURES[top - 1][1]
    buffer = io.BytesIO()
    document.save(buffer)
    pledges = commitments_of(parse(buffer.getvalue(), "玉川县2038年县城功能提升任务表.docx"))
    assert [_targets(p) for p in pledges] == [sorted(t) for t in EXPECTED]


def test_plain_text_with_the_task_as_heading(parse):
    text = (
        "玉川县2038年县城功能提升行动计划\n"
        "一、畅通微循环\n"
        "1．打通背街小巷断头路6条。（牵头单位：县住建局）\n"
        "2．贯通沿河慢行步道断点2处，新建公共停车场3处。（牵头单位：县住建局）\n"
        "二、提升市容\n"
        "3．规范提升农贸市场3个。（牵头单位：县市场监管局）\n"
        "4．改造提升城市公园7个。（牵头单位：县住建局）\n"
        "三、数字城管\n"
        "5．接入城市运行视频监控点位2400路。（牵头单位：县公安局）\n"
        "6．建成城市综合运行管理服务中心1个并投入使用。（牵头单位：县住建局）\n"
    )
    pledges = commitments_of(parse(text))
    assert [_targets(p) for p in pledges] == [sorted(t) for t in EXPECTED]
