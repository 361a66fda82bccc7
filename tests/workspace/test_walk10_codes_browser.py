"""Walk 10 (codes10) in headless Chromium: the plan beside a code when its year has two
plans, and the history line of a report that changed nothing, at 390 and 1280 px.
Screenshots: test-artifacts/walk10-codes-*.png."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from commitments.services import reporting, workflow
from tests import factories
from tests.workspace.test_browser import ARTIFACTS, log_in, shoot, town, town_site

__all__ = ["town"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_queue_and_the_pledge_page_name_the_plan_and_the_history_says_the_words(town, browser):
    year = town.item.plan.year
    twin = factories.plan(year, title=f"某某镇{year}年工作要点")
    factories.commitment(town.lead, factories.section(twin, 1), code=town.item.code)
    workflow.request_extension(
        town.clerk, town.item, town.item.deadline + datetime.timedelta(days=30), "施工延误"
    )
    town.lead_reports("on_track", 40)
    reporting.file_report(
        town.item.pk,
        town.clerk,
        town.lead,
        reporting.ReportInput(
            "on_track", 40, timezone.localdate(), narrative="本月继续推进前期手续，暂无新的实质进展"
        ),
    )
    tag = f"{year} · {year}年工作安排"
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/queue/")
    log_in(page, "duban")
    card = page.locator("article.request").first
    assert card.locator("[data-field=plan]").inner_text() == tag
    shoot(browser, page, "walk10-codes-queue")

    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/")
    assert page.locator("#summary [data-field=plan]").inner_text() == tag
    said = page.locator("#history [data-field=report-said]").first
    assert (
        said.is_visible()
        and said.inner_text() == "进展情况：本月继续推进前期手续，暂无新的实质进展"
    )
    shoot(browser, page, "walk10-codes-commitment")
    page.close()
    assert (ARTIFACTS / "walk10-codes-commitment-phone.png").exists()
