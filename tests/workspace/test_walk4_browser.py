"""Walk 4 in headless Chromium: what a user sees of the fixes in
``test_walk4_fixes``. Screenshots go to test-artifacts/walk4-*.png."""

from __future__ import annotations

import pytest

from tests.reports.test_browser import ARTIFACTS
from tests.workspace import test_browser as walk
from tests.workspace.test_browser import PHONE, log_in, town_site

town = walk.town  # the live server's town, with its fixtures

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
