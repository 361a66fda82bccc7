"""A review correction follows its pledge through a re-import that rewords it (walk 9)."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.admin.sites import site

from commitments.models import Commitment, Plan, PlanEdit
from commitments.services.plan_import import PlanChoice, fingerprint, import_plan_file

pytestmark = pytest.mark.django_db

PLAN = """青山镇2026年工作要点
一、抓产业
（一）招引亿元以上产业项目3个，完成投资8亿元，年底前完成。
（二）建成农产品冷链仓储中心一处，年底前完成。
二、抓民生
（一）城乡医保参保率达到95%以上。
"""


def _plan_with_milestone() -> tuple[Plan, Commitment]:
    import_plan_file(PLAN.encode(), "plan.txt", year=2026)
    plan = Plan.objects.get()
    pledge = Commitment.objects.get(text__startswith="招引亿元")
    PlanEdit.objects.create(
        plan=plan,
        kind="milestones",
        key=pledge.fingerprint,
        value={"items": [{"due": "2026-06-30", "text": "完成投资4亿元"}]},
    )
    again = (PLAN + "\n").encode()  # other bytes, the same plan: corrections applied
    import_plan_file(again, "plan.txt", year=2026, choice=PlanChoice(plan_id=plan.pk))
    pledge.refresh_from_db()
    assert [(m.due, m.text) for m in pledge.milestones.all()] == [
        (datetime.date(2026, 6, 30), "完成投资4亿元")
    ]
    return plan, pledge


def test_a_correction_follows_its_pledge_when_the_file_rewords_it(departments):
    plan, pledge = _plan_with_milestone()
    v2 = PLAN.replace("完成投资8亿元", "完成投资10亿元").encode()

    preview = import_plan_file(v2, "v2.txt", dry_run=True, choice=PlanChoice(plan_id=plan.pk))
    change = preview.diffs[0]
    [update] = [u for u in change.updates if u.stored.code == pledge.code]
    assert "milestones" not in update.changes  # not dropped
    assert update.corrected["milestones"] == [[], [["2026-06-30", "完成投资4亿元"]]]
    assert change.counts()["c"] == 1
    lines = change.text_lines()
    assert any("保留审核修正的阶段节点：2026-06-30 完成投资4亿元（文件中为 —）" in x for x in lines)
    assert not any("阶段节点：2026-06-30 完成投资4亿元 → —" in x for x in lines), lines

    import_plan_file(v2, "v2.txt", choice=PlanChoice(plan_id=plan.pk))
    pledge.refresh_from_db()
    assert "10亿元" in pledge.text and pledge.code == Commitment.objects.get(pk=pledge.pk).code
    assert [m.text for m in pledge.milestones.all()] == ["完成投资4亿元"]
    edit = PlanEdit.objects.get(plan=plan, kind="milestones")
    assert edit.key == fingerprint(pledge.text) == pledge.fingerprint
    # the 导入修正 list names the pledge that is still there
    inline = next(i for i in site._registry[Plan].inlines if i.__name__ == "PlanEditInline")
    shown = inline(Plan, site).subject(edit)
    assert shown.startswith(pledge.code) and "文件中已无此事项" not in shown

    # and a third version keeps it again
    v3 = PLAN.replace("完成投资8亿元", "完成投资12亿元").encode()
    import_plan_file(v3, "v3.txt", choice=PlanChoice(plan_id=plan.pk))
    pledge.refresh_from_db()
    assert [m.text for m in pledge.milestones.all()] == ["完成投资4亿元"]


def test_where_the_file_changes_the_corrected_field_the_correction_wins_and_both_are_named(
    departments,
):
    import_plan_file(PLAN.encode(), "plan.txt", year=2026)
    plan = Plan.objects.get()
    pledge = Commitment.objects.get(text__startswith="建成农产品冷链")
    PlanEdit.objects.create(
        plan=plan,
        kind="deadline",
        key=pledge.fingerprint,
        value={"date": "2026-06-30", "was": "2026-12-31"},
    )
    v2 = PLAN.replace(
        "建成农产品冷链仓储中心一处，年底前完成", "建成农产品冷链仓储中心一处，9月底前完成"
    )
    preview = import_plan_file(
        v2.encode(), "v2.txt", dry_run=True, choice=PlanChoice(plan_id=plan.pk)
    )
    lines = preview.diffs[0].text_lines()
    mine = [x for x in lines if pledge.code in x]
    assert any("保留审核修正的完成时限：2026-06-30（文件中为 2026-09-30）" in x for x in mine), (
        lines
    )
    import_plan_file(v2.encode(), "v2.txt", choice=PlanChoice(plan_id=plan.pk))
    pledge.refresh_from_db()
    assert pledge.deadline == datetime.date(2026, 6, 30)


def test_a_pledge_gone_from_the_file_takes_no_correction_with_it(departments):
    plan, pledge = _plan_with_milestone()
    v2 = PLAN.replace("（一）招引亿元以上产业项目3个，完成投资8亿元，年底前完成。\n", "")
    import_plan_file(v2.encode(), "v2.txt", choice=PlanChoice(plan_id=plan.pk))
    assert PlanEdit.objects.get(plan=plan, kind="milestones").key == pledge.fingerprint
    assert not Commitment.objects.exclude(pk=pledge.pk).filter(milestones__isnull=False).exists()
