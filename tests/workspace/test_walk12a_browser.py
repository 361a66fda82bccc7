"""Walk 12a in headless Chromium, 390 and 1280 px, zh and en: a pledge whose targets a
re-import changed opens, its history readable and within the page (B1, m5), and the
dashboard's monthly chart with its 提前报送 column (M1; was 已报送，截止日未到). Screenshots in
test-artifacts/walk12a-*.png."""

from __future__ import annotations

import datetime

import pytest

from commitments.choices import Role
from commitments.models import Commitment, Plan
from commitments.services import workflow
from commitments.services.catalog import load_catalog
from commitments.services.plan_import import PlanChoice, import_plan_file
from reports import summary_cache
from tests import factories
from tests.reports import test_browser as dashboard
from tests.reports.seed import TODAY, file_report
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.test_browser import DESKTOP, PHONE
from tests.workspace.test_walk5_browser import open_dashboard
from tests.workspace.test_walk12a_history import V1, _table

seeded = dashboard.seeded  # the dashboard's plan and its supervisor 督办 (duban)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

V2 = [
    V1[0],
    "2,完成农村户厕改造400户，新建公厕12座,农业农村办公室,财政所、自然资源所,王副镇长,2027年10月底前",
    V1[2],
]


def test_a_reimported_pledge_and_its_history_at_phone_and_desktop(seeded, live_server, browser):
    load_catalog()
    import_plan_file(_table(V1), "分解表.csv", choice=PlanChoice())
    plan = Plan.objects.get(source_name="分解表.csv")
    import_plan_file(_table(V2), "分解表v2.csv", choice=PlanChoice(plan_id=plan.pk))
    item = Commitment.objects.get(plan=plan, text__contains="户厕改造")
    clerk = factories.user(role=Role.STAFF, dept=item.lead_owner)
    asked = item.deadline + datetime.timedelta(days=60)
    workflow.request_extension(clerk, item, asked, "施工队伍不足")
    ARTIFACTS.mkdir(exist_ok=True)
    target = f"/workspace/commitments/{item.pk}/"
    for locale, words in (
        ("zh-CN", ("量化指标：", f"申请延期至：{asked}（待审核）")),
        ("en-US", ("Target: ", f"Extension requested to: {asked} (Awaiting review)")),
    ):
        for viewport in (PHONE, DESKTOP):
            page = browser.new_page(viewport=viewport, locale=locale)
            open_dashboard(page, live_server, target + ("?lang=en" if locale == "en-US" else ""))
            history = page.locator("#history")
            history.scroll_into_view_if_needed()
            name = f"walk12a-history-{viewport['width']}-{locale[:2]}.png"
            history.screenshot(path=str(ARTIFACTS / name))
            text = history.inner_text()
            assert words[0] in text
            assert "400" in text and "300" in text and "新建公厕" in text
            assert words[1] in text
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            page.close()


def test_the_monthly_chart_shows_early_reports_apart(seeded, live_server, browser):
    item = seeded.items["c1"]  # July's report filed on the 10th, its due day (25th) ahead
    file_report(item, item.lead_owner, seeded.staff, period="2024-07", filed=TODAY, percent=60)
    summary_cache.forget()
    ARTIFACTS.mkdir(exist_ok=True)
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    for locale, heading in (("zh-CN", "提前报送"), ("en-US", "Filed early")):
        for viewport in (PHONE, DESKTOP):
            page = browser.new_page(viewport=viewport, locale=locale)
            open_dashboard(page, live_server, target + ("&lang=en" if locale == "en-US" else ""))
            page.wait_for_selector("#chart-months[data-rendered=true] svg")
            chart = page.locator("#chart")
            chart.scroll_into_view_if_needed()
            chart.screenshot(
                path=str(ARTIFACTS / f"walk12a-chart-{viewport['width']}-{locale[:2]}.png")
            )
            assert heading in chart.locator("table.months thead").inner_text()
            july = chart.locator("tr[data-period='2024-07']")
            assert (july.get_attribute("data-on-time"), july.get_attribute("data-early")) == (
                "0",
                "1",
            )
            assert heading in chart.locator("#chart-months").inner_text() or heading in (
                page.evaluate(
                    "JSON.parse(document.getElementById('chart-data').textContent).labels.early"
                )
            )
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            page.close()
