"""Walk 5 in headless Chromium: what a user sees of the fixes in ``test_walk5_fixes``.
Screenshots go to test-artifacts/walk5-*.png."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from commitments.choices import Role
from commitments.services import reporting
from reports.models import ExportJob
from tests import factories
from tests.reports import test_browser as dashboard
from tests.reports.seed import TODAY
from tests.reports.test_browser import ARTIFACTS
from tests.workspace import test_browser as walk
from tests.workspace.test_browser import DESKTOP, PHONE, log_in, town_site

town = walk.town  # the live server's town, with its fixtures
seeded = dashboard.seeded  # the dashboard's plan

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def open_dashboard(page, live_server, target: str) -> None:
    page.goto(live_server.url + target)
    page.fill("#id_username", "duban")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"**{target}")


def test_on_a_phone_the_export_download_is_in_view_and_the_scorecard_has_no_tall_band(
    seeded, live_server, browser
):
    ExportJob.objects.create(
        owner=get_user_model().objects.get(username="duban"),
        report="ledger",
        format="xlsx",
        params={"plan": seeded.plan.pk, "date": TODAY.isoformat()},
        state="done",
        rows_done=20,
        rows_total=20,
        finished_at=timezone.now(),
    )
    page = browser.new_page(viewport=PHONE, locale="en-US")
    open_dashboard(page, live_server, f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}")
    download = page.locator("#exports [data-field=download] a")
    box = download.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert download.inner_text() == "Download"
    assert page.locator("#exports [data-field=state]").inner_text().strip() == "Done"
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    head = page.locator("#departments thead th[data-field=department]").bounding_box()
    assert head is not None and head["height"] <= 45, head  # one line of heading
    page.screenshot(path=str(ARTIFACTS / "walk5-dashboard-390-en.png"), full_page=True)
    page.close()


def test_a_past_date_says_so_above_the_figures(seeded, live_server, browser):
    past = TODAY - datetime.timedelta(days=20)
    page = browser.new_page(viewport=DESKTOP, locale="zh-CN")
    open_dashboard(page, live_server, f"/dashboard/?plan={seeded.plan.pk}&date={past.isoformat()}")
    notice = page.locator("[data-field=date-past]")
    assert notice.is_visible()
    text = notice.inner_text()
    assert f"统计日期 {past.isoformat()} 不是今天" in text and "按今天的最新数据计" in text
    kpis = page.locator("section.kpis").bounding_box()
    at = notice.bounding_box()
    assert at is not None and kpis is not None and at["y"] < kpis["y"]
    page.screenshot(path=str(ARTIFACTS / "walk5-dashboard-past-1280-zh.png"))
    page.close()


def test_a_lower_percent_needs_a_tick_before_it_is_saved(town, browser):
    reporting.file_report(
        town.item.pk,
        town.clerk,
        town.lead,
        reporting.ReportInput("on_track", 40, timezone.localdate()),
    )
    page = browser.new_page(viewport=PHONE, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/")
    log_in(page, "jingji")
    form = page.locator("#report-form")
    form.locator("input[name=report-percent]").fill("20")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    errors = " ".join(page.locator("#report-form .error").all_inner_texts())
    assert "低于本单位上次报送的 40%" in errors
    box = page.locator("input[name=report-confirm_lower]")
    assert box.is_visible()
    page.screenshot(path=str(ARTIFACTS / "walk5-lower-percent-390.png"), full_page=True)
    page.locator("#report-form input[name=report-percent]").fill("20")
    box.check()
    page.locator("#report-form button[type=submit]").click()
    page.wait_for_load_state()
    assert "进度已报送" in page.inner_text("body")
    town.item.refresh_from_db()
    assert town.item.percent == 20
    page.close()


def test_the_admin_co_owner_label_is_left_of_its_selector(town, browser):
    factories.user("guanli", role=Role.ADMIN)
    page = browser.new_page(viewport=DESKTOP, locale="zh-CN")
    target = f"/admin/commitments/commitment/{town.item.pk}/change/"
    page.goto(f"{town_site(town)}/admin/login/?next={target}")
    page.fill("#id_username", "guanli")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    label = page.locator(".field-co_owners label[for=id_co_owners]").first.bounding_box()
    selector = page.locator(".field-co_owners .selector").bounding_box()
    assert label is not None and selector is not None
    assert label["x"] + label["width"] <= selector["x"] + 1, (label, selector)
    options = page.locator("#id_co_owners_from option").all_inner_texts()
    assert town.lead.name not in options and town.co.name not in options  # co is chosen
    page.screenshot(path=str(ARTIFACTS / "walk5-admin-co-owners-1280.png"))
    page.close()
