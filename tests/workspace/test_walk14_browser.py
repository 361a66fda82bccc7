"""Walk 14 M1 in headless Chromium, 390 and 1280 px, zh and en: a clerk who signed in
again in another tab sends the report typed in the first tab; the page says it expired,
links back, and the form comes back filled in; sent again, it is filed. The 404 and 500
pages are the site's. Screenshots in test-artifacts/walk14-*.png."""

from __future__ import annotations

import pytest

from commitments.models import ProgressReport
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.test_browser import DESKTOP, PHONE, log_in, town, town_site  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WORDS = {
    "zh-CN": {
        "expired": "页面已过期",
        "back": "返回刚才的页面",
        "restored": "已恢复上次未能提交的填写内容",
        "filed": "进度已报送",
        "404": "页面不存在",
        "500": "服务器出错",
        "home": "返回我的事项",
    },
    "en-US": {
        "expired": "This page has expired",
        "back": "Back to the page you were on",
        "restored": "What you typed before the page expired is back",
        "filed": "Progress report filed",
        "404": "Page not found",
        "500": "Server error",
        "home": "Back to my commitments",
    },
}


def fits(page, viewport) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


@pytest.mark.parametrize(
    ("locale", "viewport"), [("zh-CN", DESKTOP), ("en-US", PHONE)], ids=["zh-1280", "en-390"]
)
def test_a_report_refused_after_signing_in_again_elsewhere_comes_back_filled_in(
    town,  # noqa: F811
    browser,
    locale,
    viewport,
):
    words = WORDS[locale]
    lang = "?lang=en" if locale == "en-US" else ""
    context = browser.new_context(viewport=viewport, locale=locale)
    first = context.new_page()
    pledge = f"{town_site(town)}/workspace/commitments/{town.item.pk}/"
    first.goto(pledge + lang)
    log_in(first, "jingji")
    form = first.locator("#report-form")
    form.locator("select[name=report-status]").select_option("on_track")
    form.locator("input[name=report-percent]").fill("89")
    form.locator("textarea[name=report-narrative]").fill("光伏支架安装完成八成")

    # the second tab: sign out and in again (a new session, a new CSRF token)
    second = context.new_page()
    second.goto(f"{town_site(town)}/workspace/")
    second.locator(".topbar form.logout button").click()
    second.wait_for_load_state()
    second.goto(f"{town_site(town)}/workspace/")
    log_in(second, "jingji")
    second.close()

    form.locator("button[type=submit]").click()
    first.wait_for_load_state()
    body = first.inner_text("main")
    assert words["expired"] in body
    assert "CSRF" not in body and "DEBUG" not in body
    assert first.locator(".topbar .brand").is_visible()
    fits(first, viewport)
    name = f"walk14-csrf-{locale[:2]}-{viewport['width']}"
    first.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert not ProgressReport.objects.exists()

    first.get_by_role("link", name=words["back"]).click()
    first.wait_for_load_state()
    assert first.url.startswith(pledge)
    form = first.locator("#report-form")
    assert form.locator("input[name=report-percent]").input_value() == "89"
    assert form.locator("textarea[name=report-narrative]").input_value() == "光伏支架安装完成八成"
    restored = form.locator("[data-field=draft-restored]")
    assert restored.is_visible() and words["restored"] in restored.inner_text()
    first.screenshot(path=str(ARTIFACTS / f"{name}-restored.png"), full_page=True)

    form.locator("button[type=submit]").click()
    first.wait_for_load_state()
    assert words["filed"] in first.inner_text(".messages")
    report = ProgressReport.objects.get()
    assert report.percent == 89 and report.narrative == "光伏支架安装完成八成"
    # filed: the page opened again does not fill the form with the old draft
    first.reload()
    assert not first.locator("#report-form [data-field=draft-restored]").is_visible()
    context.close()


@pytest.mark.urls("tests.workspace.test_walk14_fixes")
@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_404_and_500_pages_are_the_sites_with_a_way_back(
    town,  # noqa: F811
    browser,
    locale,
    viewport,
):
    words = WORDS[locale]
    lang = "?lang=en" if locale == "en-US" else ""
    page = browser.new_page(viewport=viewport, locale=locale)
    page.goto(f"{town_site(town)}/workspace/{lang}")
    log_in(page, "jingji")
    for kind, address in (("404", "/workspace/commitments/99999/"), ("500", "/workspace/broken/")):
        response = page.goto(town_site(town) + address)
        assert response is not None and response.status == int(kind)
        body = page.inner_text("body")
        assert words[kind] in body and words["home"] in body
        assert "Not Found" not in body and "Server Error (500)" not in body
        fits(page, viewport)
        page.screenshot(
            path=str(ARTIFACTS / f"walk14-{kind}-{locale[:2]}-{viewport['width']}.png"),
            full_page=True,
        )
        page.get_by_role("link", name=words["home"]).click()
        page.wait_for_load_state()
        assert page.url.endswith("/workspace/")
    page.close()


@pytest.mark.parametrize("locale", ["zh-CN", "en-US"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_a_correction_keeps_the_earlier_evidence_on_the_card(
    town,  # noqa: F811
    browser,
    locale,
    viewport,
):
    """m4: the clerk filed 60% with a link, then corrected to 65% without one; the
    supervisor reading the card still sees the link, with the report it came with, and
    the page says a report is corrected by filing again."""
    from django.utils import timezone

    from commitments.services import reporting

    today = timezone.localdate()
    for percent, evidence, narrative in (
        (60, ["https://example.org/现场照片"], "完成支架安装"),
        (65, [], "更正：上次百分比填错"),
    ):
        reporting.file_report(
            town.item.pk,
            town.clerk,
            town.lead,
            reporting.ReportInput("on_track", percent, today, narrative, evidence),
        )
    kept = {"zh-CN": "此前报送的佐证仍然有效", "en-US": "the evidence filed before still stands"}
    says = {"zh-CN": "以最新一次报送为准", "en-US": "the newest report counts"}
    lang = "?lang=en" if locale == "en-US" else ""
    page = browser.new_page(viewport=viewport, locale=locale)
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/{lang}")
    log_in(page, "duban")
    card = page.locator(f"#reports article[data-department='{town.lead.name}']")
    text = card.inner_text()
    assert "65%" in text and kept[locale] in text
    assert card.get_by_role("link", name="https://example.org/现场照片").is_visible()
    assert says[locale] in page.inner_text("#reports")
    fits(page, viewport)
    card.scroll_into_view_if_needed()
    page.locator("#reports").screenshot(
        path=str(ARTIFACTS / f"walk14-correction-{locale[:2]}-{viewport['width']}.png")
    )
    page.close()
