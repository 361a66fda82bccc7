# ruff: noqa: E501  (document text in Chinese runs past the line limit)
"""The dates of the sixteenth blind set's faults (tests/importer/blind16/, the fault list in
:mod:`tests.importer.test_blind16`), each a kind written again in wordings and layouts of its
own: a year written in Chinese digits (``二〇三五年``, ``二零三五年度``, full-width ``２０３５年``) in a
title, a notice's date and a pledge's time; ``上旬``/``中旬``/``下旬``; a workbook's 完成时限 column
beside its month nodes; ``春节前`` in a speech dated by its line under the title.

What a user sees: the plan's year is read however the year is written, and each pledge gets the
deadline its words give.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of

D = datetime.date


def _deadlines(parsed) -> dict[str, datetime.date | None]:
    return {c.text[:8]: c.deadline for c in commitments_of(parsed)}


# -- 1. a year in Chinese digits ---------------------------------------------------------------

NOTICE_PLAN = """青山镇人民政府
关于印发《青山镇二〇三五年重点工作安排》的通知

各村（社区）、镇直各单位：
　　现将《青山镇二〇三五年重点工作安排》印发给你们，请认真贯彻落实。

青山镇人民政府
二〇三五年二月十日

一、二〇三四年工作回顾
　　二〇三四年，全镇新建村级公路十二公里。
二、二〇三五年重点工作
　　（一）由交通站牵头，二〇三五年六月底前完成通组公路硬化八公里。
　　（二）由农业办牵头，十月中旬前完成高标准农田建设三千亩。
　　（三）由民政办牵头，新建村级养老服务站三个。
"""

REPORT_PLAN = """白沙乡二零三五年度工作要点

一、二零三五年度主要任务
1．二零三五年九月三十日前建成乡文化广场一处。（文化站）
2．新增农村劳动力转移就业一千零二十人。（社事办）
3．三季度末完成河道清淤四公里。（水利站）
"""

FULL_WIDTH_PLAN = """红岩街道２０３５年工作计划

二、２０３５年工作计划
（一）２０３５年８月底前完成背街小巷改造１２条。（城管办）
（二）新增城镇就业８００人。（社事办）
"""


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_it_reads_a_notice_plan_whose_years_are_written_in_chinese_digits(parse, encoding):
    parsed = parse(NOTICE_PLAN.encode(encoding), "青山镇二〇三五年重点工作安排.txt")
    assert parsed.documents[0].plan_year == 2035
    road, farmland, care = commitments_of(parsed)
    assert road.deadline == D(2035, 6, 30)
    assert farmland.deadline == D(2035, 10, 20)
    assert care.deadline == D(2035, 12, 31)


def test_it_reads_a_year_plan_written_with_ling_and_its_dated_pledges(parse):
    parsed = parse(REPORT_PLAN, "工作要点.txt")
    assert parsed.documents[0].plan_year == 2035
    square, jobs, river = commitments_of(parsed)
    assert square.deadline == D(2035, 9, 30)
    assert [(t.value, t.unit) for t in jobs.targets] == [(1020, "人")]  # 零 in a count stays
    assert jobs.deadline == D(2035, 12, 31)
    assert river.deadline == D(2035, 9, 30)


def test_it_reads_a_year_in_full_width_digits(parse):
    parsed = parse(FULL_WIDTH_PLAN, "计划.txt")
    assert parsed.documents[0].plan_year == 2035
    lanes, jobs = commitments_of(parsed)
    assert lanes.deadline == D(2035, 8, 31)
    assert jobs.deadline == D(2035, 12, 31)


def test_chinese_digits_become_a_year_only_before_a_year_word():
    from commitments.importer.normalize import normalize

    assert normalize("二〇三五年工作计划") == "2035年工作计划"
    assert normalize("二零三四至二零三五年度") == "2034至2035年度"
    assert (
        normalize("编号二〇三五、三千零五十亩、一二三四年")
        == "编号二〇三五、三千零五十亩、一二三四年"
    )
