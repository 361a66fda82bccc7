"""A unit owes a pledge's months from when it became the lead (walk14b M2).

The walk: a supervisor handed two pledges to 财政所 on 12-07 (API PATCH ``lead_owner``
or the page's 修改责任单位); the scorecard then ranked 财政所 with 应报次数 22 and 应报未报
22 for pledges it had received minutes earlier, because the months owed were counted
from the pledge's ``created_at``. Now the current lead owes from the month it was
given the pledge (``Commitment.lead_since``), by the rule that already applies to a
pledge assigned after the due day; a department merge keeps the months (the merged unit
carries on the source's), other pledges owe as before, and the kept first-report
tallies equal counting again.
"""

from __future__ import annotations

import datetime

import pytest
from rest_framework.test import APIClient

from commitments.choices import Role
from commitments.models import Commitment, Department
from commitments.services.catalog import merge_department
from reports import summary_cache
from tests import factories
from tests.clock import at, frozen
from tests.reports.test_owed_months import (
    _dashboard,
    _page_scorecard,
    assert_kept_as_counted_again,
    card,
    chart,
    file,
)
from tests.workspace.conftest import client_for
from tests.workspace.test_pages import page_url, token

pytestmark = pytest.mark.django_db

d = datetime.date
OLD, NEW, OTHER, MERGED_INTO = "社会事务办", "财政所", "经济发展办", "党政综合办公室"


@pytest.fixture
def town():
    """A 2026 plan due on the 5th: 社会事务办 leads two pledges from 1 January and filed
    on the 3rd of every month to November; 经济发展办 leads one and never filed;
    财政所 leads nothing. A supervisor supervises all three."""
    plan = factories.plan(2026, report_due_day=5, title="2026年工作安排")
    section = factories.section(plan)
    old, new, other = (factories.department(n) for n in (OLD, NEW, OTHER))
    items = []
    for number, unit in ((1, old), (2, old), (3, other)):
        item = factories.commitment(unit, section, number=number)
        Commitment.objects.filter(pk=item.pk).update(created_at=at("2026-01-01 08:00"))
        item.refresh_from_db()
        items.append(item)
    for month in range(1, 12):
        for item in items[:2]:
            file(item, f"2026-{month:02d}-03 10:00")
    supervisor = factories.user(role=Role.SUPERVISOR, supervises=[old, new, other])
    summary_cache.forget()
    return plan, items[:2], items[2], new, supervisor


def hand_over(how: str, item: Commitment, unit: Department, supervisor, when: str) -> None:
    """The supervisor makes ``unit`` the lead at ``when``, through the API or the page."""
    with frozen(at(when)):
        if how == "api":
            client = APIClient()
            client.force_login(supervisor)
            response = client.patch(
                f"/api/v1/commitments/{item.pk}/",
                {"lead_owner": unit.pk, "note": "责任单位调整"},
                format="json",
                HTTP_ACCEPT_LANGUAGE="zh-CN",
            )
            assert response.status_code == 200, response.content
        else:
            client = client_for(supervisor)
            html = client.get(page_url(item)).content.decode()
            response = client.post(
                page_url(item),
                {
                    "action": "correct",
                    "correct-form_token": token(html, "correct"),
                    "correct-lead_owner": unit.pk,
                    "correct-deadline": item.deadline.isoformat(),
                    "correct-milestones": "",
                    "correct-note": "责任单位调整",
                },
            )
            assert response.status_code == 302, response.content.decode()[:2000]
    assert Commitment.objects.get(pk=item.pk).lead_owner == unit
    summary_cache.forget()


@pytest.mark.parametrize("how", ["api", "page"])
def test_a_unit_given_two_pledges_today_owes_nothing_yet_and_is_not_ranked(town, how):
    plan, pledges, normal, new, supervisor = town
    day = d(2026, 12, 7)
    before = card(day, plan)
    assert NEW not in before  # it led nothing
    assert before[OLD][:4] == (24, 22, 22, 2)  # December is missing for both
    for item in pledges:
        hand_over(how, item, new, supervisor, "2026-12-07 10:00")
    after = card(day, plan)
    assert after[NEW] == (0, 0, 0, 0, None, None)  # was 22 owed, 22 missing, ranked
    assert after[OTHER][:5] == before[OTHER][:5]  # a pledge nobody touched owes as before
    assert after[OTHER][:4] == (12, 0, 0, 12)
    html = _dashboard(supervisor, plan, day)
    assert _page_scorecard(html, "reports_due")[NEW] == "0"
    assert _page_scorecard(html, "reports_missing")[NEW] == "0"
    assert _page_scorecard(html, "reports_due")[OTHER] == "12"
    assert_kept_as_counted_again()
    # From the month after, the new lead owes January like everyone else.
    assert card(d(2027, 1, 6), plan)[NEW][:4] == (2, 0, 0, 2)
    assert card(d(2027, 1, 6))[NEW][:4] == (2, 0, 0, 2)  # over all plans too


@pytest.mark.parametrize(
    ("when", "owed_in_december", "owed_by_january"),
    [
        ("2026-12-03 10:00", 2, 4),  # before December's due day (the 5th): December is owed
        ("2026-12-05 21:00", 2, 4),  # on the due day itself: still owed
        ("2026-12-06 09:00", 0, 2),  # after it: from January
    ],
    ids=["before-due-day", "on-due-day", "after-due-day"],
)
def test_the_new_lead_owes_from_the_month_it_got_the_pledge(
    town, when, owed_in_december, owed_by_january
):
    plan, pledges, _normal, new, supervisor = town
    for item in pledges:
        hand_over("api", item, new, supervisor, when)
    december = card(d(2026, 12, 7), plan)[NEW]
    assert december[:4] == (owed_in_december, 0, 0, owed_in_december)
    assert (december[5] is None) == (owed_in_december == 0)  # ranked only when it owes
    assert card(d(2027, 1, 6), plan)[NEW][:4] == (owed_by_january, 0, 0, owed_by_january)
    assert_kept_as_counted_again()


def test_a_report_the_new_lead_files_the_day_it_got_the_pledge_is_early_not_late(town):
    plan, pledges, _normal, new, supervisor = town
    hand_over("api", pledges[0], new, supervisor, "2026-12-07 10:00")
    file(Commitment.objects.get(pk=pledges[0].pk), "2026-12-07 15:00", department=new)
    assert card(d(2026, 12, 7), plan)[NEW] == (0, 1, 0, 0, None, None)
    assert chart(d(2026, 12, 7), plan)["2026-12"] == (0, 0, 1)
    # Its months from January: filed on time by the 5th, so 1 of 1 on time.
    file(Commitment.objects.get(pk=pledges[0].pk), "2027-01-04 09:00", department=new)
    assert card(d(2027, 1, 6), plan)[NEW][:4] == (1, 2, 1, 0)
    assert_kept_as_counted_again()


def test_a_merge_keeps_the_months_the_merged_unit_owed(town):
    plan, pledges, normal, new, supervisor = town
    for item in pledges:
        hand_over("api", item, new, supervisor, "2026-06-10 10:00")  # owed from July
    day = d(2026, 12, 7)
    assert card(day, plan)[NEW][:4] == (12, 0, 0, 12)
    since = set(Commitment.objects.filter(lead_owner=new).values_list("lead_since", flat=True))
    target = factories.department(MERGED_INTO)
    with frozen(at("2026-12-07 11:00")):
        merge_department(new, target)
    summary_cache.forget()
    assert (
        set(
            Commitment.objects.filter(pk__in=[i.pk for i in pledges]).values_list(
                "lead_since", flat=True
            )
        )
        == since
    )
    assert card(day, plan)[MERGED_INTO][:4] == (12, 0, 0, 12)  # July to December, as before
    # A unit led from the start, merged, carries on owing from January.
    merge_department(Department.objects.get(name=OTHER), target)
    summary_cache.forget()
    assert card(day, plan)[MERGED_INTO][:4] == (24, 0, 0, 24)
    assert_kept_as_counted_again()


def test_the_former_leads_reports_stay_filed_but_not_on_time(town):
    """The old lead's first reports stay in the tallies (报送次数, the chart) as filed;
    its owed months go with the pledge (the scorecard counts owed months by the current
    lead), and so do its on-time ones: a rate's numerator counts only months its
    denominator owes (walk15 B1: handing pledges away raised the old lead's 按时报送率
    to 100 % and ranked it first)."""
    plan, pledges, _normal, new, supervisor = town
    day = d(2026, 12, 7)
    assert card(day, plan)[OLD][:4] == (24, 22, 22, 2)
    hand_over("page", pledges[0], new, supervisor, "2026-12-07 10:00")
    # one pledge left: November's 11 months owed and on time, December's missing
    assert card(day, plan)[OLD][:4] == (12, 22, 11, 1)
    hand_over("page", pledges[1], new, supervisor, "2026-12-07 10:00")
    assert card(day, plan)[OLD] == (0, 22, 0, 0, None, None)  # leads nothing: not ranked
    months = chart(day, plan)
    assert months["2026-11"] == (0, 0, 2)  # filed, neither on time nor late
    assert sum(on_time for on_time, _late, _early in months.values()) == 0
    assert_kept_as_counted_again()


LISTED = (
    "某镇2026年重点工作任务清单\n1、新建温室大棚20栋。\n责任单位：{first}\n"
    "2、建设高标准农田2万亩。\n责任单位：镇水利站\n"
)


def test_a_reimport_that_names_another_lead_hands_the_pledge_over_from_that_day(db):
    from commitments.services.catalog import load_catalog
    from commitments.services.plan_import import PlanChoice, import_plan_file

    load_catalog()
    with frozen(at("2026-01-01 08:00")):
        import_plan_file(LISTED.format(first="镇水利站").encode(), "清单.txt")
    plan = Commitment.objects.get(number=1).plan
    type(plan).objects.filter(pk=plan.pk).update(report_due_day=5)
    plan.refresh_from_db()
    file(Commitment.objects.get(number=1), "2026-11-03 10:00")  # the former lead's
    assert card(d(2026, 12, 7), plan)["水利站"][:4] == (24, 1, 1, 23)
    with frozen(at("2026-12-07 10:00")):
        import_plan_file(
            LISTED.format(first="财政所").encode(), "清单.txt", choice=PlanChoice(plan_id=plan.pk)
        )
    summary_cache.forget()
    greenhouse, farmland = Commitment.objects.order_by("number")
    assert greenhouse.lead_owner.name == "财政所"
    assert greenhouse.lead_since == at("2026-12-07 10:00")
    assert farmland.lead_since is None  # its lead did not change
    assert card(d(2026, 12, 7), plan)["财政所"] == (0, 0, 0, 0, None, None)
    # its one report was on the pledge it no longer leads: filed, not on time, and the
    # pledge it still leads has all 12 months missing (walk15 B1)
    assert card(d(2026, 12, 7), plan)["水利站"][:4] == (12, 1, 0, 12)
    assert chart(d(2026, 12, 7), plan)["2026-11"] == (0, 0, 1)
    assert card(d(2027, 1, 6), plan)["财政所"][:4] == (1, 0, 0, 1)
    assert_kept_as_counted_again()
