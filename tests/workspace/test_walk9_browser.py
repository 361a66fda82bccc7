"""Walk 9 in headless Chromium: what a user sees of its fixes. Screenshots go to
test-artifacts/walk9-*.png (390 and 1280 px wide, zh and en)."""

from __future__ import annotations

import datetime

import pytest

from commitments.models import Commitment
from reports import summary_cache
from tests import factories
from tests.reports import test_browser as dashboard
from tests.reports.seed import TODAY, at
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.test_browser import DESKTOP, PHONE
from tests.workspace.test_walk5_browser import open_dashboard

seeded = dashboard.seeded  # the dashboard's plan

pytestmark = [pytest.mark.browser, pytest.mark.slow]

BOX = "e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.width]; }"


def test_a_department_with_nothing_due_is_not_ranked_and_the_rank_has_a_heading(
    seeded, live_server, browser
):
    item = factories.commitment(
        factories.department("新任务办"), seeded.items["c1"].section, number=77
    )
    Commitment.objects.filter(pk=item.pk).update(created_at=at(TODAY))  # nothing due yet
    summary_cache.forget()
    ARTIFACTS.mkdir(exist_ok=True)
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    for locale, words in (
        ("zh-CN", ("不参与排名", "排名", "本期无到期事项")),
        ("en-US", ("Not ranked", "Rank", "Nothing due this period")),
    ):
        for viewport in (PHONE, DESKTOP):
            page = browser.new_page(viewport=viewport, locale=locale)
            open_dashboard(page, live_server, target + ("&lang=en" if locale == "en-US" else ""))
            rows = page.locator("#departments tbody tr")
            last = rows.last
            assert last.get_attribute("data-department") == "新任务办"
            assert last.get_attribute("data-rank") == ""
            heading = page.locator("#departments thead")
            if viewport is PHONE:
                # The rank's column is beside the name: its heading is there too.
                assert words[1] in heading.locator("[data-field=rank-heading]").inner_text()
                assert heading.locator("[data-field=rank-heading]").is_visible()
                said = last.locator(".unranked-inline")
            else:
                assert words[1] in heading.locator("th[data-field=rank]").inner_text()
                said = last.locator("td[data-field=rank]")
            # The short reason is a line under it: a phone has no hover for the tooltip.
            lines = [line.strip() for line in said.inner_text().splitlines() if line.strip()]
            assert said.is_visible() and lines == [words[0], words[2]]
            reason = said.locator("[data-field=unranked-reason]")
            assert reason.is_visible() and reason.inner_text() == words[2]
            assert said.get_attribute("title")
            assert [r.get_attribute("data-rank") for r in rows.all()][:3] == ["1", "2", "3"]
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            page.locator("#departments").screenshot(
                path=str(ARTIFACTS / f"walk9-scorecard-{locale}-{viewport['width']}.png")
            )
            page.close()


def test_the_cards_name_the_plan_of_a_code_in_two_plans(seeded, live_server, browser):
    factories.commitment(
        seeded.economy,
        seeded.other_plan.sections.get(),
        deadline=datetime.date(2024, 6, 1),
        code="2024-01-01",
        number=99,
    )
    ARTIFACTS.mkdir(exist_ok=True)
    target = f"/workspace/?date={TODAY.isoformat()}&q=2024-01-01"
    for locale in ("zh-CN", "en-US"):
        for viewport in (PHONE, DESKTOP):
            page = browser.new_page(viewport=viewport, locale=locale)
            open_dashboard(page, live_server, target + ("&lang=en" if locale == "en-US" else ""))
            cards = page.locator("#items li.item[data-code='2024-01-01']")
            assert cards.count() == 2
            tags = sorted(t.inner_text() for t in cards.locator("[data-field=plan]").all())
            assert tags == ["2023 · 2023年工作安排", "2024 · 2024年工作安排"]
            for tag in cards.locator("[data-field=plan]").all():
                assert tag.evaluate(BOX)[1] <= viewport["width"]
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            page.locator("#items").screenshot(
                path=str(ARTIFACTS / f"walk9-plan-cards-{locale}-{viewport['width']}.png")
            )
            page.close()


def test_chinese_is_the_default_whatever_the_browser_asks(seeded, live_server, browser):
    """An English browser (Accept-Language: en-US) that chose nothing reads Chinese; the
    switcher, or ``?lang=en``, turns the pages English and they stay so."""
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(viewport=viewport, locale="en-US")
        page = context.new_page()
        asked = page.evaluate("navigator.language")
        assert asked == "en-US"
        open_dashboard(page, live_server, target)
        assert page.locator("html").get_attribute("lang") == "zh-CN"
        assert page.locator("#departments h2").inner_text() == "责任单位考评"
        page.screenshot(path=str(ARTIFACTS / f"walk9-default-zh-{viewport['width']}.png"))
        with page.expect_navigation():
            page.locator("form.lang button[value=en]").click()
        assert page.locator("#departments h2").inner_text() == "Department performance"
        page.goto(live_server.url + "/workspace/")
        assert page.locator("html").get_attribute("lang") == "en"
        page.screenshot(path=str(ARTIFACTS / f"walk9-chosen-en-{viewport['width']}.png"))
        context.close()
    # ?lang= is a choice too, kept for the next pages.
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN")
    page = context.new_page()
    open_dashboard(page, live_server, target + "&lang=en")
    assert page.locator("#departments h2").inner_text() == "Department performance"
    page.goto(live_server.url + "/workspace/")
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()


def test_a_scorecard_wider_than_its_card_says_so_at_any_width(seeded, live_server, browser):
    """Walk 9b: at 1280 in English the scorecard was cut off at the right with no hint.
    Wider than its card, it scrolls inside the card and the hint above says so; a table
    that fits has no hint. Department names take two lines at most."""
    ARTIFACTS.mkdir(exist_ok=True)
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    for locale in ("zh-CN", "en-US"):
        for viewport in (PHONE, DESKTOP):
            page = browser.new_page(viewport=viewport, locale=locale)
            open_dashboard(page, live_server, target + ("&lang=en" if locale == "en-US" else ""))
            box = page.locator("#departments .scorecard")
            wider = box.evaluate("e => e.scrollWidth > e.clientWidth + 1")
            hint = page.locator("#departments .swipe-hint")
            assert hint.is_visible() == wider, (locale, viewport, wider)
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            if viewport is DESKTOP:
                names = page.locator("#departments tbody th[data-field=department]")
                for name in names.all():
                    lines = name.evaluate(
                        "e => Math.round(e.getBoundingClientRect().height"
                        " / parseFloat(getComputedStyle(e).lineHeight))"
                    )
                    assert lines <= 2, name.inner_text()
            page.locator("#departments").screenshot(
                path=str(ARTIFACTS / f"walk9b-scorecard-{locale}-{viewport['width']}.png")
            )
            page.close()
