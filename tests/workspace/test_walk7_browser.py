"""Walk 7 in headless Chromium: what a user sees of the fixes in ``test_walk7_fixes``.
Screenshots go to test-artifacts/walk7-*.png (390 and 1280 px wide, zh and en)."""

from __future__ import annotations

import datetime

import pytest

from commitments.services import workflow
from tests.reports import test_browser as dashboard
from tests.reports.seed import TODAY
from tests.reports.test_browser import ARTIFACTS
from tests.workspace import test_browser as walk
from tests.workspace.test_browser import DESKTOP, PHONE, log_in, town_site
from tests.workspace.test_walk5_browser import open_dashboard

town = walk.town  # the live server's town, with its fixtures
seeded = dashboard.seeded  # the dashboard's plan

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: How many lines an element's text takes (its line boxes' distinct tops).
LINES = """el => { const r = document.createRange(); r.selectNodeContents(el);
  return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }"""


def requests_waiting(town) -> tuple[object, object]:
    """The lead reported 70% and asked to close; then a later deadline, for another."""
    town.both_report("on_track", 70)
    later = town.item.deadline + datetime.timedelta(days=30)
    extension = workflow.request_extension(town.clerk, town.item, later, "设备到货推迟")
    closure = workflow.request_closure(town.clerk, town.item, "主体工作已完成。")
    return extension, closure


def test_the_leads_cards_say_what_the_supervisors_say_with_dates_whole(town, browser):
    extension, closure = requests_waiting(town)
    site = town_site(town)
    for user, path, name in (
        ("jingji", f"/workspace/commitments/{town.item.pk}/", "walk7-lead-cards"),
        ("duban", "/workspace/queue/", "walk7-queue"),
    ):
        for locale in ("zh-CN", "en-US"):
            for viewport in (PHONE, DESKTOP):
                page = browser.new_page(viewport=viewport, locale=locale)
                page.goto(site + path)
                log_in(page, user)
                close = page.locator(f"#request-closure-{closure.pk}")
                assert close.locator("[data-field=short-of-done]").is_visible()
                mark = close.locator("[data-field=short-of-done]").inner_text()
                assert mark == ("未达100%" if locale == "zh-CN" else "Below 100%")
                ext = page.locator(f"#request-extension-{extension.pk}")
                assert ext.locator("[data-light]").is_visible()
                assert "70%" in ext.locator("[data-field=lead-progress]").inner_text()
                for date in page.locator("#requests .date, #pending .date").all():
                    assert date.evaluate(LINES) == 1, date.inner_text()  # never 2026-12-/31
                assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
                wide = viewport["width"]
                page.screenshot(
                    path=str(ARTIFACTS / f"{name}-{wide}-{locale[:2]}.png"), full_page=True
                )
                page.close()


def test_the_phone_menu_takes_one_line_and_the_list_tags_a_waiting_request(town, browser):
    requests_waiting(town)
    site = town_site(town)
    for user in ("duban", "jingji"):
        for locale in ("zh-CN", "en-US"):
            page = browser.new_page(viewport=PHONE, locale=locale)
            page.goto(site + "/workspace/")
            log_in(page, user)
            tops = {
                round(box["y"])
                for box in map(lambda a: a.bounding_box(), page.locator(".mainnav a").all())
            }
            assert len(tops) == 1, (user, locale)  # 我的事项 · 待办审核 · 督查通报 on one line
            row = page.locator(f"li[data-id='{town.item.pk}']")
            tag = row.locator("[data-field=pending]")
            assert tag.inner_text() == ("待审核" if locale == "zh-CN" else "Pending review")
            page.screenshot(path=str(ARTIFACTS / f"walk7-list-{user}-390-{locale[:2]}.png"))
            page.close()


def test_the_scorecard_headings_break_between_words_only(seeded, live_server, browser):
    page = browser.new_page(viewport=DESKTOP, locale="zh-CN")
    open_dashboard(page, live_server, f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}")
    for th in page.locator(".scorecard thead th").all():
        words = th.inner_text().strip()
        if "(" not in words and th.get_attribute("data-field") != "department":
            assert th.evaluate(LINES) == 1, words  # 牵头事项, not 牵头事/项; 逾期, not 逾/期
    page.locator(".scorecard").screenshot(path=str(ARTIFACTS / "walk7-scorecard-1280-zh.png"))
    page.close()
