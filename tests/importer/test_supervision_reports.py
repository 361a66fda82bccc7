"""A 督办通报 (supervision bulletin): its part on how the tasks advance lists the tasks it
tracks, and its report columns are no pledge nor target (SPEC §3)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from commitments.importer import PlanImportError
from tests.importer.conftest import commitments_of

BULLETIN = """云溪县人民政府督查室关于2034年重点工作推进情况的通报
一、总体情况
本期共调度重点工作任务2项，绿灯1项、黄灯1项。
二、重点工作推进情况
| 重点任务 | 牵头单位 | 完成时限 | 本周进展 | 存在问题 | 督办状态 | 亮灯 |
| 新增5G基站150个 | 县工信局 | 2034年12月31日前 | 新建5G基站41个 | 站址协调难 | 正常推进 | 绿灯 |
| 完成病险水库除险加固7座 | 县水利局 | 2034年汛期前 | 已完工5座 | 受降雨影响 | 滞后 | 黄灯 |
三、下步工作要求
（一）黄灯事项牵头单位要倒排工期、挂图作战，确保在下期调度前追上序时进度。
"""


def test_the_tasks_a_bulletin_tracks_are_its_pledges(parse):
    parsed = parse(BULLETIN, "tongbao.txt")
    assert parsed.documents[0].plan_year == 2034
    items = commitments_of(parsed)
    assert [(c.text, c.owner) for c in items] == [
        ("新增5G基站150个", "县工信局"),
        ("完成病险水库除险加固7座", "县水利局"),
    ]
    assert items[0].deadline == datetime.date(2034, 12, 31)
    # 本周进展/存在问题/督办状态/亮灯 report on the task: no target of it
    assert [[(t.value, t.unit) for t in c.targets] for c in items] == [
        [(Decimal(150), "个")],
        [(Decimal(7), "座")],
    ]


def test_a_review_of_progress_without_tasks_is_still_a_review(parse):
    review = BULLETIN.replace(
        BULLETIN[BULLETIN.index("| 重点任务") : BULLETIN.index("三、")],
        "全年新建5G基站41个，完成病险水库除险加固5座。\n",
    )
    with pytest.raises(PlanImportError, match="工作安排部分之前结束"):
        parse(review, "tongbao.txt")  # its numbers are achievements, not targets
