"""Markdown's marks read as what they mean (the kind of fault of blind22's md, a 飞书 wiki
export): text struck out (``~~…~~``, an old goal replaced) is deleted text — no part of the
pledge and no target — and a task list's boxes (``- [x]``, ``1. [ ]``), bold marks and a quote's
``>`` are marks, never text. Written again in layouts of its own: a wiki's items over labelled
bullets, a numbered task list with brackets, a Markdown table, paragraphs.

What a user sees: the pledge reads as the page shows it after the edit (the new goal), its
targets are the new numbers only, and no ``~~``, ``[x]`` or ``**`` is left in any text.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of

D = datetime.date

WIKI = """# 柳塘镇2038年重点工作任务清单

> 📌 最后更新：2038-01-12 09:30　更新人：@许文澜
> 请只更新“进展”一栏，**不要改动目标**。

---

## 一、产业发展

### 1. 标准厂房建设
- **目标**：~~新建标准厂房3万平方米~~ 新建标准厂房5万平方米，引进规上企业4家
- **牵头**：经发办
- **时限**：10月底前
- **节点**：
  - [x] 3月底前完成设计
  - [ ] 6月底前主体封顶

### 2. 低效用地盘活
- **目标**：盘活闲置土地~~200亩~~260亩
- **牵头**：自然资源所
- **时限**：年底前
"""

TASK_LIST = """# 柳塘镇2038年重点工作任务清单

## 一、产业发展

1. [x] 新建标准厂房~~3万平方米~~5万平方米，引进规上企业4家（牵头单位：经发办；完成时限：10月底前）
2. [ ] **盘活**闲置土地~~200亩~~260亩（牵头单位：自然资源所；完成时限：年底前）
"""

TABLE = """# 柳塘镇2038年重点工作任务清单

| 序号 | 工作任务 | 牵头单位 | 完成时限 |
| --- | --- | --- | --- |
| 1 | ~~新建标准厂房3万平方米~~ 新建标准厂房5万平方米，引进规上企业4家 | 经发办 | 10月底前 |
| 2 | 盘活闲置土地~~200亩~~**260亩** | 自然资源所 | 年底前 |
"""

PROSE = """# 柳塘镇2038年重点工作要点

一、产业发展

（一）~~新建标准厂房3万平方米~~新建标准厂房5万平方米，引进规上企业4家。（责任单位：经发办，完成时限：10月底前）

（二）盘活闲置土地~~200亩~~260亩。（责任单位：自然资源所，完成时限：年底前）
"""


@pytest.mark.parametrize(
    "text", [WIKI, TASK_LIST, TABLE, PROSE], ids=["wiki", "tasks", "table", "prose"]
)
def test_struck_out_text_is_no_part_of_the_pledge_nor_a_target(parse, text):
    pledges = commitments_of(parse(text, "清单.md"))
    assert len(pledges) == 2, [p.text for p in pledges]
    first, second = pledges
    assert "新建标准厂房5万平方米，引进规上企业4家" in first.text
    assert "3万" not in first.text and "200亩" not in second.text
    assert "盘活闲置土地260亩" in second.text
    assert [(t.value, t.unit) for t in first.targets] == [(5, "万平方米"), (4, "家")]
    assert [(t.value, t.unit) for t in second.targets] == [(260, "亩")]
    assert (first.owner, first.deadline) == ("经济发展办公室", D(2038, 10, 31))
    assert (second.owner, second.deadline) == ("自然资源所", D(2038, 12, 31))
    for pledge in pledges:
        assert not any(mark in pledge.text for mark in ("~~", "[x]", "[ ]", "**", ">"))


def test_a_task_list_under_a_label_gives_the_items_milestones(parse):
    """``- **节点**：`` over ``- [x] 3月底前完成设计`` / ``- [ ] 6月底前主体封顶``: the steps are
    milestones on the way to the item's 时限, their boxes no text, their words no part of the
    pledge; the next item has none."""
    first, second = commitments_of(parse(WIKI, "清单.md"))
    assert [(m.due, m.text) for m in first.milestones] == [
        (D(2038, 3, 31), "3月底前完成设计"),
        (D(2038, 6, 30), "6月底前主体封顶"),
    ]
    assert first.deadline == D(2038, 10, 31)
    assert "设计" not in first.text and "封顶" not in first.text
    assert second.milestones == []


def test_a_tilde_that_strikes_nothing_stays(parse):
    """A single ``~`` is a range (``3~5个``), and ``~~`` with no closing pair strikes nothing."""
    text = (
        "# 柳塘镇2038年重点工作要点\n\n一、社会事业\n\n"
        "1. 新建村级文化广场3~5个。（责任单位：文化站）\n\n"
        "2. 新增公益性岗位~~60个。（责任单位：社事办）\n"
    )
    pledges = commitments_of(parse(text, "要点.md"))
    assert [p.text for p in pledges][0].startswith("新建村级文化广场3~5个")
    assert [(t.value, t.unit) for t in pledges[1].targets] == [(60, "个")]
