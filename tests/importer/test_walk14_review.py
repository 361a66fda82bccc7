"""Walk 14 m5: the import review refuses a deadline before the plan's year (a typo:
2020-01-01 in a 2027 plan) with the reason on the page, keeps one in the year or in the
next (SPEC §3: ``今冬明春`` → the next 05-31, ``春节前`` of the next year), and flags a parsed
one on its card. The API and the supervisor's form: tests/workspace/test_walk14_fixes.py."""

from __future__ import annotations

import datetime

import pytest

from commitments.models import PlanEdit
from tests.importer.test_admin import admin_client, row_of, upload  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def html_of(response) -> str:
    return response.content.decode()


PLAN_2027 = """镇长在经济工作会议上的讲话
同志们：
二、2027年工作安排
（一）抓产业。今年计划新建温室大棚20栋。引进项目5个，年底前开工。
（二）抓民生。城乡医保参保率达到95%以上。
同志们！谢谢大家！
"""


@pytest.mark.parametrize("typed", ["2020-01-01", "2026-12-31"])
def test_the_review_refuses_a_deadline_before_the_plans_year(admin_client, typed):  # noqa: F811
    review = upload(admin_client, PLAN_2027.encode())
    row = row_of(admin_client.get(review), "今年计划新建温室大棚")
    response = admin_client.post(
        review, {"action": "save", "key": row["key"], "deadline": typed}, follow=True
    )
    html = html_of(response)
    assert f"完成时限 {typed} 早于计划年度（2027年，自 2027-01-01 起），请核对后修改" in html
    assert not PlanEdit.objects.filter(kind="deadline").exists()
    assert row_of(response, "今年计划新建温室大棚")["row"].item.deadline.year == 2027


@pytest.mark.parametrize("typed", ["2027-01-01", "2027-06-30", "2028-02-05", "2028-05-31"])
def test_the_review_keeps_a_deadline_in_the_year_or_after_it(admin_client, typed):  # noqa: F811
    review = upload(admin_client, PLAN_2027.encode())
    row = row_of(admin_client.get(review), "今年计划新建温室大棚")
    response = admin_client.post(
        review, {"action": "save", "key": row["key"], "deadline": typed}, follow=True
    )
    assert "早于计划年度" not in html_of(response)
    assert row_of(response, "今年计划新建温室大棚")["row"].item.deadline.isoformat() == typed


def test_a_parsed_deadline_before_the_year_is_flagged_on_its_card(admin_client):  # noqa: F811
    text = PLAN_2027.replace("今年计划新建温室大棚20栋。", "新建温室大棚20栋，2026年6月底前完成。")
    review = upload(admin_client, text.encode())
    page = admin_client.get(review)
    row = row_of(page, "新建温室大棚20栋")["row"]
    assert row.item.deadline == datetime.date(2026, 6, 30)
    assert any("早于计划年度（2027年" in w for w in row.warnings), row.warnings
