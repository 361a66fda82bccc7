"""A pledge whose time recurs (SPEC §3, walk14 m6): ``完成时限：每季度末`` runs all year, so its
deadline is the plan year's 12-31, and each quarter's end before it is a milestone (03-31,
06-30, 09-30), as ``每月底`` gives each month's end and ``每半年`` 06-30; ``每月25日前`` the 25th
of each month. In a pledge's text only a time that says when (``每季度末``, ``每月底前``) does so,
up to the deadline its other times set; ``每月驻村走访不少于8天`` is a rate, no time.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs
from tests.importer.table_documents import xlsx

HEAD = "青山镇2027年重点工作任务\n"


def d(month: int, day: int) -> datetime.date:
    return datetime.date(2027, month, day)


QUARTERS = [d(3, 31), d(6, 30), d(9, 30)]
MONTH_ENDS = [d(m, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31) for m in range(1, 12)]

#: (the pledge's time, its milestones' due days); the deadline is 12-31 for each.
TIMES = [
    ("每季度末", QUARTERS),
    ("每个季度末", QUARTERS),
    ("每季度", QUARTERS),
    ("按季度", QUARTERS),
    ("每月底", MONTH_ENDS),
    ("每月末前", MONTH_ENDS),
    ("每半年", [d(6, 30)]),
    ("每月25日前", [d(m, 25) for m in range(1, 13)]),
]


def plan(times) -> str:
    return HEAD + "".join(
        f"{n}.开展安全生产大检查4次。（牵头单位：应急管理办公室；完成时限：{time}）\n"
        for n, (time, _) in enumerate(times, 1)
    )


def due_days(pledge) -> tuple[datetime.date | None, list[datetime.date]]:
    return pledge.deadline, [m.due for m in pledge.milestones]


def test_a_recurring_time_label_gives_milestones_through_the_year(parse):
    pledges = commitments_of(parse(plan(TIMES)))
    assert [due_days(p) for p in pledges] == [(d(12, 31), wanted) for _, wanted in TIMES]


def test_each_milestone_says_which_period_it_is(parse):
    pledge = commitments_of(parse(plan(TIMES[:1])))[0]
    assert [m.text for m in pledge.milestones] == ["一季度末", "二季度末", "三季度末"]
    monthly = commitments_of(parse(plan(TIMES[4:5])))[0]
    assert monthly.milestones[0].text == "1月底"


def test_the_walk_s_pledge_in_word(parse):
    """walk14 m6: ``完成时限：每季度末`` gave one deadline and no quarterly milestones."""
    text = (
        HEAD + "三、平安建设\n7.开展安全生产大检查4次，重大事故零发生。"
        "（牵头单位：应急办；完成时限：每季度末）\n"
    )
    pledge = commitments_of(parse(paragraphs(text), "青山镇2027年重点工作任务.docx"))[0]
    assert due_days(pledge) == (d(12, 31), QUARTERS)


def test_on_labelled_lines(parse):
    text = (
        HEAD + "1.开展安全生产大检查4次。\n牵头单位：应急管理办公室\n完成时限：每半年\n"
        "2.开展消防演练2次。\n牵头单位：应急管理办公室\n完成时限：每季度末\n"
    )
    assert [due_days(p) for p in commitments_of(parse(text))] == [
        (d(12, 31), [d(6, 30)]),
        (d(12, 31), QUARTERS),
    ]


@pytest.mark.parametrize("name", ["xlsx", "csv"])
def test_in_a_task_table_s_time_column(parse, name):
    rows: list[list[object]] = [["序号", "重点任务", "牵头单位", "完成时限"]]
    rows += [
        [n, "开展安全生产大检查4次", "应急管理办公室", time] for n, (time, _) in enumerate(TIMES, 1)
    ]
    if name == "xlsx":
        data = xlsx({"任务": rows})
    else:
        data = "\n".join(",".join(f'"{c}"' for c in row) for row in rows).encode()
    pledges = commitments_of(parse(data, f"青山镇2027年重点工作任务.{name}"))
    assert [due_days(p) for p in pledges] == [(d(12, 31), wanted) for _, wanted in TIMES]


def test_in_a_pledge_s_text(parse):
    text = (
        HEAD + "1.开展安全生产大检查，每季度末前完成一轮。（牵头单位：应急管理办公室）\n"
        "2.6月底前完成河道清淤8公里，每月底前报送进度。（牵头单位：水利站）\n"
        "3.每月驻村走访不少于8天。（牵头单位：党政综合办公室；完成时限：2027年10月底前）\n"
    )
    assert [due_days(p) for p in commitments_of(parse(text))] == [
        (d(12, 31), QUARTERS),
        (d(6, 30), MONTH_ENDS[:5]),
        (d(10, 31), []),
    ]


def test_a_stated_date_still_wins_over_no_recurrence(parse):
    """A time that does not recur (``三季度末``, ``每年春季``) keeps its own reading."""
    text = (
        HEAD + "1.建成冷链物流中心一处。（牵头单位：经发办；完成时限：三季度末）\n"
        "2.开展植树造林500亩。（牵头单位：林业站；完成时限：每年春季）\n"
    )
    assert [due_days(p) for p in commitments_of(parse(text))] == [
        (d(9, 30), []),
        (d(12, 31), []),
    ]
