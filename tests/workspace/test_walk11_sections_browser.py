"""Walk 11 in headless Chromium: the workspace's 工作板块 filter listed every plan's sections
as ``2026 (1) …``, so two plans of one year offered two identical ``(1)``. With several plans
in view each option names its plan (``naming.section_option``); with a plan chosen it lists
that plan's sections only. 390 and 1280 px, Chinese and English; screenshots in
test-artifacts/walk11-sections-*.png."""

from __future__ import annotations

import pytest

from tests import factories
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.test_browser import log_in, town, town_site

__all__ = ["town"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TAG = {"zh": "（{}）", "en": " ({})"}


def _options(page) -> list[str]:
    return page.locator("select[name=section] option").all_inner_texts()[1:]  # 全部 first


@pytest.mark.parametrize("language", ["zh-CN", "en"])
@pytest.mark.parametrize("width", [390, 1280])
def test_the_section_filter_names_each_sections_plan(town, browser, language, width):
    year = town.item.plan.year
    twin = factories.plan(year, title=f"某某镇{year}年工作要点")
    factories.commitment(
        town.lead, factories.section(twin, 1, "持续优化营商环境"), code=town.item.code
    )
    factories.commitment(town.lead, factories.section(twin, 2, "扎实推进民生实事"))
    lang = language[:2]
    page = browser.new_page(viewport={"width": width, "height": 900}, locale=language)
    page.goto(f"{town_site(town)}/workspace/")
    log_in(page, "duban")
    page.goto(f"{town_site(town)}/workspace/")
    if not page.locator("select[name=section]").is_visible():
        page.locator("#filter-box > summary").click()  # folded on a phone
    options = _options(page)
    first = TAG[lang].format(f"{year} · {year}年工作安排")
    second = TAG[lang].format(f"{year} · 某某镇{year}年工作要点")
    assert sorted(options) == sorted(
        [
            "(1) 狠抓招商引资,积蓄发展动能" + first,
            "(1) 持续优化营商环境" + second,
            "(2) 扎实推进民生实事" + second,
        ]
    ), options
    assert len(set(options)) == len(options)
    page.locator("#filter-box").screenshot(
        path=str(ARTIFACTS / f"walk11-sections-{width}-{lang}.png")
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    # Choosing the section says its plan in the line of filters that are on.
    page.select_option("select[name=section]", label="(1) 持续优化营商环境" + second)
    page.locator("form.filters button[type=submit]").first.click()
    page.wait_for_load_state()
    assert page.locator("[data-field=section-tag]").inner_text() == (
        "(1) 持续优化营商环境" + second
    )
    page.locator("#filter-box").screenshot(
        path=str(ARTIFACTS / f"walk11-sections-chosen-{width}-{lang}.png")
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    # One plan chosen: its sections only, no plan beside them.
    page.goto(f"{town_site(town)}/workspace/?plan={twin.pk}")
    if not page.locator("select[name=section]").is_visible():
        page.locator("#filter-box > summary").click()
    assert _options(page) == ["(1) 持续优化营商环境", "(2) 扎实推进民生实事"]
    page.close()
