"""Walk 12b, m2: the re-import review says something true of each plan it offers (how many
of the file's pledges are worded as that plan stores them, not a "match 100%" that was
the titles' likeness), and warns "overdue as soon as the import is confirmed" only of the
pledges the import dates: new ones and re-dated ones, not those already stored (and red)."""

from __future__ import annotations

import pytest

from commitments.models import Commitment, Plan
from tests.importer.test_admin import PAST, SPEECH, admin_client, row_of, upload
from tests.support.language import in_language

__all__ = ["admin_client"]

pytestmark = pytest.mark.django_db

TABLE = (
    "序号,工作任务,责任单位,完成时限\n"
    "1,完成温室大棚选址,经济发展办,2024年2月29日\n"
    "2,建成农产品冷链仓储中心一处,经济发展办,2024年12月31日\n"
)


def _late(page) -> tuple[list[str], list[str]]:
    """The page's past-due summary lines and the texts of the pledges warned on their cards."""
    summary = [w for w in page.context["documents"][0]["warnings"] if "已过完成时限" in w]
    cards = [
        row.item.text
        for row in page.context["documents"][0]["rows"]
        if any("已过完成时限" in w for w in row.warnings)
    ]
    return summary, cards


@pytest.mark.parametrize(
    ("first", "name"), [(PAST, "plan.txt"), (TABLE, "分解表.csv")], ids=["speech", "ledger"]
)
def test_a_reimport_warns_only_of_pledges_it_dates_in_the_past(admin_client, clock, first, name):
    admin_client.post(upload(admin_client, first.encode(), name), {"action": "commit"})
    assert Commitment.objects.count() == 2  # 选址 already past its deadline (2024-02-29)

    # the same content under another name: nothing stored changes, nothing is warned of
    page = admin_client.get(upload(admin_client, first.encode(), "副本-" + name))
    assert _late(page) == ([], [])

    # a new pledge past due, and the stored one due at year end re-dated into the past
    if name.endswith(".csv"):
        edited = first.replace("2024年12月31日", "2024年1月31日") + (
            "3,完成村道硬化验收,经济发展办,2024年1月15日\n"
        )
    else:
        edited = first.replace("年底前建成", "1月底前建成").replace(
            "。\n", "。1月15日前完成村道硬化验收。\n", 1
        )
    plan = Plan.objects.get()
    review = upload(admin_client, edited.encode(), "修订-" + name)
    admin_client.post(review, {"action": "choose", "plan_choice": str(plan.pk)})
    page = admin_client.get(review)
    summary, cards = _late(page)
    assert len(cards) == 2 and not any("选址" in text for text in cards), cards
    assert len(summary) == 1 and summary[0].startswith("2 项已过完成时限")
    assert (
        row_of(page, "完成温室大棚选址" if name.endswith(".csv") else "2月底前")["row"].warnings
        == []
    )


def test_a_new_plan_still_warns_of_every_pledge_past_due(admin_client, clock):
    page = admin_client.get(upload(admin_client, TABLE.encode(), "分解表.csv"))
    summary, cards = _late(page)
    assert cards == ["完成温室大棚选址"] and summary[0].startswith("1 项已过完成时限")


def test_the_plans_offered_say_how_many_pledges_are_worded_as_stored(admin_client):
    admin_client.post(upload(admin_client, SPEECH.encode()), {"action": "commit"})
    plan = Plan.objects.get()
    # same title, two of five pledges changed: the titles alike, the pledges not all
    edited = SPEECH.replace("温室大棚20栋", "温室大棚30栋").replace("引进项目5个", "引进项目8个")
    page = admin_client.get(upload(admin_client, edited.encode(), "修订稿.txt"))
    choice = page.content.decode().split('id="choice"')[1].split("</form>")[0]
    assert f"ID {plan.pk}" in choice
    assert "5 项事项中 3 项措辞与该计划相同" in choice
    assert "匹配度" not in choice and "100%" not in choice

    english = in_language(admin_client, "en").get(upload(admin_client, edited.encode(), "v2.txt"))
    choice = english.content.decode().split('id="choice"')[1].split("</form>")[0]
    assert "3 of 5 pledges worded as in this plan" in choice
