"""Walk 12a, m5: the scorecard (责任单位考评) fits its card on a 1280 px desktop in
English as in Chinese (its last columns were cut off at "Con…"); on a phone it scrolls
inside its card, never the page. Headless Chromium; screenshots in test-artifacts/."""

from __future__ import annotations

import datetime

import pytest

from commitments.models import Commitment
from tests import factories
from tests.reports.seed import at
from tests.reports.test_browser import ARTIFACTS, TODAY, browser, seeded  # noqa: F401
from tests.reports.test_walk10_layout_browser import LONG, _login

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("language", ["en", "zh-CN"])
@pytest.mark.parametrize("width", [1280, 390])
def test_the_scorecard_fits_a_desktop_in_either_language(
    seeded,  # noqa: F811
    live_server,
    browser,  # noqa: F811
    language,
    width,
):
    ARTIFACTS.mkdir(exist_ok=True)
    section = seeded.plan.sections.first()
    long = factories.department(LONG)
    factories.commitment(long, section, deadline=TODAY, code="2024-01-09", number=9)
    # assigned on the day, due at the year's end: nothing due, 不参与排名 with its reason
    idle = factories.commitment(
        factories.department("退役军人服务站"),
        section,
        deadline=datetime.date(2024, 12, 31),
        code="2024-01-10",
        number=10,
    )
    Commitment.objects.filter(pk=idle.pk).update(created_at=at(TODAY))
    page = browser.new_page(viewport={"width": width, "height": 900}, locale=language)
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    page.goto(live_server.url + target)
    _login(page, live_server.url, "duban")
    page.wait_for_url(f"**{target}")
    assert page.locator("tr.unranked[data-department='退役军人服务站']").count() == 1
    card = page.locator("#departments .scorecard")
    card.scroll_into_view_if_needed()
    page.locator("#departments").screenshot(
        path=str(ARTIFACTS / f"walk12a-scorecard-{width}-{language[:2]}.png")
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    fits = card.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
    if width >= 1280:
        assert fits, card.evaluate("e => [e.scrollWidth, e.clientWidth]")
        assert not page.locator("#departments .swipe-hint").is_visible()
        # every heading readable: none wider than its column
        spill = page.evaluate(
            """() => [...document.querySelectorAll('#departments thead th')]
              .filter(th => th.scrollWidth > th.clientWidth + 1).map(th => th.textContent)"""
        )
        assert spill == []
    else:  # a phone: the card scrolls sideways and says so
        assert page.locator("#departments .swipe-hint").is_visible()
