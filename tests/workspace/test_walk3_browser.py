"""Walk 3's phone cosmetics, in Chromium at 390 and 1280 px, Chinese and English:
who is signed in reads whole, the target table keeps its headings and dates on one
line, and the clerk's filters fold behind 筛选 on a phone with the filters in force
named. Screenshots go to test-artifacts/walk3-*.png."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from commitments.models import Target
from tests.reports.test_browser import ARTIFACTS
from tests.workspace import test_browser as walk
from tests.workspace.test_browser import DESKTOP, PHONE, log_in, town_site

town = walk.town  # the live server's town, with its fixtures

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FITS = "(el) => el.scrollWidth <= el.clientWidth"
LINES = """(el) => { const r = document.createRange(); r.selectNodeContents(el);
  return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size; }"""


def _page(browser, town, viewport, language):
    town.lead.name = "平安建设办公室（综治中心）"
    town.lead.save()
    Target.objects.filter(pk=town.target.pk).update(
        metric="城乡医保参保率",
        unit="%",
        current_value=85.5,
        current_as_of=timezone.localdate().replace(day=1),
    )
    page = browser.new_page(
        viewport=viewport, locale="zh-CN" if language == "zh" else "en-US", device_scale_factor=1
    )
    page.goto(f"{town_site(town)}/workspace/")
    log_in(page, "jingji")
    return page


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_header_and_the_target_table_fit(town, browser, viewport, language):
    page = _page(browser, town, viewport, language)
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/")
    who = page.locator(".topbar .who")
    assert "平安建设办公室（综治中心）" in who.inner_text()
    assert who.evaluate(FITS), "the name of the department is cut"
    cells = "#targets td:not(:first-child)" + (", #targets th" if language == "zh" else "")
    for cell in page.locator(cells).all():  # English headings may wrap between words
        assert cell.evaluate(LINES) == 1, cell.inner_text()
    assert page.locator("#targets .scroll").evaluate(FITS)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    name = f"walk3-commitment-{viewport['width']}-{language}"
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)
    page.close()


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_filters_fold_on_a_phone_and_say_which_are_on(town, browser, viewport, language):
    page = _page(browser, town, viewport, language)
    page.goto(f"{town_site(town)}/workspace/?status=not_started&due=soon&q=%E5%85%89%E4%BC%8F")
    form = page.locator("form.filters")
    summary = page.locator("#filter-box > summary")
    if viewport is PHONE:
        assert not form.is_visible() and summary.is_visible()
        text = summary.inner_text()
        assert ("状态" in text or "Status" in text) and "光伏" in text
        assert summary.bounding_box()["height"] < 100
        page.screenshot(
            path=str(ARTIFACTS / f"walk3-list-{viewport['width']}-{language}.png"), full_page=False
        )
        summary.click()
    else:
        assert not summary.is_visible()
    assert form.is_visible()
    assert page.locator("select[name=status]").input_value() == "not_started"
    assert page.locator("input[name=due]").is_checked()
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert "status=not_started" in page.url and "due=soon" in page.url
    assert (
        page.locator("li.item").count() == 0 or "光伏" in page.locator("li.item").first.inner_text()
    )
    name = f"walk3-list-{viewport['width']}-{language}" + ("-open" if viewport is PHONE else "")
    if viewport is PHONE:
        page.locator("#filter-box > summary").click()
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.close()


def test_a_day_in_the_past_is_named_in_the_summary(town, browser):
    page = _page(browser, town, PHONE, "zh")
    day = (timezone.localdate() - datetime.timedelta(days=3)).isoformat()
    page.goto(f"{town_site(town)}/workspace/?date={day}")
    assert day in page.locator("#filter-box > summary").inner_text()
    page.close()
