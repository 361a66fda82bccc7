"""Walk 10's m8 and m5, in headless Chromium at 390 and 1280 px, Chinese and English: a
section bar's label near 100% (cut at the right edge at 390), the dashboard footnote's
sentence space, and the import review's 配合单位 label that ran into its value.
Screenshots in test-artifacts/."""

from __future__ import annotations

import pytest

from commitments.models import Commitment
from tests.importer.test_review_browser import (  # noqa: F401 (fixtures)
    administrator,
    review_town_plan_on_a_phone,
)
from tests.reports.test_browser import ARTIFACTS, TODAY, browser, seeded  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: The rendered texts of a chart that stick out of it, with by how much (px).
SPILLED = """el => { const box = el.getBoundingClientRect();
  return Array.from(el.querySelectorAll('text')).map(t => [t.textContent,
      Math.round(t.getBoundingClientRect().right - box.right)])
    .filter(([, over]) => over > 0); }"""


@pytest.mark.parametrize("language", ["zh-CN", "en"])
@pytest.mark.parametrize("width", [390, 1280])
def test_a_nearly_full_section_bar_shows_its_whole_label(
    seeded,  # noqa: F811
    live_server,
    browser,  # noqa: F811
    language,
    width,
):
    ARTIFACTS.mkdir(exist_ok=True)
    first = seeded.plan.sections.order_by("number").first()
    Commitment.objects.filter(section=first).update(percent=96)
    page = browser.new_page(viewport={"width": width, "height": 900}, locale=language)
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    page.goto(live_server.url + target)
    page.fill("#id_username", "duban")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("button[type=submit]")
    page.wait_for_url(f"**{target}")
    chart = page.locator("#chart-sections")
    page.wait_for_selector("#chart-sections[data-rendered=true]")
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(ARTIFACTS / f"section-bars-{width}-{language[:2]}.png"))
    labels = chart.locator("text").evaluate_all("ts => ts.map(t => t.textContent.trim())")
    assert "96%" in labels, labels
    assert chart.evaluate(SPILLED) == []
    footnote = page.locator("p.footnote", has=page.locator("[data-field=ranking-rule]"))
    said = " ".join(footnote.inner_text().split())
    if language == "en":
        assert "are not counted. Ranking: " in said, said
    else:
        assert "已取消事项不计。排名：" in said, said


@pytest.mark.parametrize("language", ["zh-CN", "en"])
def test_the_review_cards_co_owner_label_stands_apart_from_its_value(
    administrator,  # noqa: F811
    live_server,
    browser,  # noqa: F811
    tmp_path,
    language,
):
    page, _review = review_town_plan_on_a_phone(browser, live_server.url, tmp_path, language)
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        card = page.locator("form.pledge").first
        card.scroll_into_view_if_needed()
        card.screenshot(path=str(ARTIFACTS / f"review-co-owners-{width}-{language[:2]}.png"))
        gap = card.locator("fieldset.co-owners").evaluate(
            """f => f.querySelector('.chosen').getBoundingClientRect().left
                 - f.querySelector('legend').getBoundingClientRect().right"""
        )
        assert gap >= 4, gap
    if language == "en":
        warnings = page.locator(".warnings, .errornote, ul").all_inner_texts()
        said = " ".join(warnings)
        assert "(s)" not in said
        assert "commitments are past their deadline" in said or (
            "commitment is past its deadline" in said
        ), said
