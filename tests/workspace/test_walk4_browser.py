"""Walk 4 in headless Chromium: what a user sees of the fixes in
``test_walk4_fixes``. Screenshots go to test-artifacts/walk4-*.png."""

from __future__ import annotations

import pytest
from django.utils import timezone

from commitments.choices import Role
from commitments.services import reporting
from tests import factories
from tests.reports import test_browser as dashboard
from tests.reports.seed import TODAY
from tests.reports.test_browser import ARTIFACTS
from tests.workspace import test_browser as walk
from tests.workspace.test_browser import DESKTOP, PHONE, log_in, town_site

town = walk.town  # the live server's town, with its fixtures
seeded = dashboard.seeded  # the dashboard's plan

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_a_report_form_says_every_error_in_one_round(town, browser):
    page = browser.new_page(viewport=PHONE, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/")
    log_in(page, "jingji")
    form = page.locator("#report-form")
    form.locator("select[name=report-status]").select_option("not_started")
    form.locator("input[name=report-percent]").fill("150")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    errors = page.locator("#report-form .error").all_inner_texts()
    assert any("0 到 100" in e for e in errors), errors
    assert any("未开始" in e for e in errors), errors
    page.screenshot(path=str(ARTIFACTS / "walk4-report-errors-390.png"), full_page=True)
    page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_admin_history_reads_a_co_owners_report_on_a_phone(town, browser, viewport):
    reporting.file_report(
        town.item.pk,
        town.co_clerk,
        town.co,
        reporting.ReportInput("at_risk", 63, timezone.localdate()),
    )
    factories.user("guanli", role=Role.ADMIN)
    page = browser.new_page(viewport=viewport, locale="zh-CN")
    target = f"/admin/commitments/commitment/{town.item.pk}/history/"
    page.goto(f"{town_site(town)}/admin/login/?next={target}")
    page.fill("#id_username", "guanli")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    events = page.locator("#commitment-events")
    text = events.inner_text()
    assert "存在风险" in text and "63%" in text and "report:" not in text
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert events.evaluate("e => e.scrollWidth <= e.clientWidth")
    name = f"walk4-admin-history-{viewport['width']}"
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.close()


@pytest.mark.parametrize("language", ["zh-CN", "en-US"])
def test_the_scorecard_fits_its_card_at_desktop_width_and_says_how_it_ranks(
    seeded, live_server, browser, language
):
    page = browser.new_page(viewport=DESKTOP, locale=language)
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    page.goto(live_server.url + target)
    page.fill("#id_username", "duban")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"**{target}")
    card = page.locator("#departments")
    table = page.locator("#departments .scorecard table")
    box = "e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; }"
    assert table.evaluate(box)[1] <= card.evaluate(box)[1]
    assert page.locator("#departments .scorecard").evaluate("e => e.scrollWidth <= e.clientWidth")
    rank = page.locator("#departments thead th[data-field=rank]").get_attribute("title")
    assert rank and ("黄灯" in rank or "yellow" in rank)
    assert rank.rstrip("。.") in page.inner_text("[data-field=ranking-rule]")
    page.screenshot(
        path=str(ARTIFACTS / f"walk4-scorecard-1280-{language[:2]}.png"), full_page=True
    )
    page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_acknowledge_button_stands_on_its_own_line(town, browser, viewport):
    page = browser.new_page(viewport=viewport, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/")
    log_in(page, "jingji")
    form = page.locator("#acknowledge")
    help_box = form.locator("small.help").bounding_box()
    button = form.locator("button[type=submit]").bounding_box()
    assert button["y"] >= help_box["y"] + help_box["height"], (help_box, button)
    assert button["x"] <= form.bounding_box()["x"] + 1  # at the start of its line
    page.screenshot(path=str(ARTIFACTS / f"walk4-acknowledge-{viewport['width']}.png"))
    page.close()
