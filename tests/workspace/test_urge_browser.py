"""督办通知 in headless Chromium, at phone and desktop width, in Chinese and English
(walk14 M3): the supervisor sends it from the pledge's page; the lead's clerk sees
被督办 on the pledge and in the list. Screenshots in test-artifacts/urge-*.png."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from commitments.choices import EventKind, NotificationKind
from commitments.models import CommitmentEvent, Notification
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.test_browser import DESKTOP, PHONE, log_in, town_site
from tests.workspace.test_browser import town as browser_town  # noqa: F401 (live town)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SAID = {
    "zh-hans": {
        "summary": "督办：向责任单位发出督办通知",
        "done": "督办通知已发出",
        "again": "每天只发一次",
        "mark": "被督办",
        "by": "前报送进展",
    },
    "en": {
        "summary": "Urge: send the owners an urge notice",
        "done": "Urge notice sent",
        "again": "one a day",
        "mark": "Urged",
        "by": "please report progress by",
    },
}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize("lang", ["zh-hans", "en"])
def test_a_supervisor_urges_and_the_clerk_sees_it(browser_town, browser, viewport, lang):  # noqa: F811
    town, said = browser_town, SAID[lang]
    width = viewport["width"]
    url = f"{town_site(town)}/workspace/commitments/{town.item.pk}/?lang={lang}"
    page = browser.new_page(viewport=viewport, locale="zh-CN")
    page.goto(url)
    log_in(page, "duban")
    block = page.locator("details#urge")
    assert said["summary"] in block.locator("summary").inner_text()
    assert block.get_attribute("open") is not None  # open: the supervisor's first act
    reply_by = timezone.localdate() + datetime.timedelta(days=5)
    page.fill("textarea[name=urge-note]", "请说明选址进展")
    page.fill("input[name=urge-reply_by]", reply_by.isoformat())
    page.locator("form:has(input[name=action][value=urge]) button[type=submit]").click()
    page.wait_for_load_state()
    assert said["done"] in page.inner_text(".messages")
    assert said["again"] in page.locator("#supervise [data-field=urged-today]").inner_text()
    assert page.locator("details#urge").get_attribute("open") is None  # folded once sent
    page.screenshot(path=str(ARTIFACTS / f"urge-supervisor-{width}-{lang}.png"), full_page=True)
    # the form fits the phone: nothing wider than the screen
    assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
    page.close()
    assert CommitmentEvent.objects.filter(kind=EventKind.URGED).count() == 1
    assert Notification.objects.filter(kind=NotificationKind.URGE).exists()

    clerk = browser.new_page(viewport=viewport, locale="zh-CN")
    clerk.goto(url)
    log_in(clerk, "jingji")
    mark = clerk.locator("#summary [data-field=urged]")
    assert said["mark"] in mark.inner_text() and said["by"] in mark.inner_text()
    assert reply_by.isoformat() in mark.inner_text() and "请说明选址进展" in mark.inner_text()
    assert clerk.locator("#history li[data-event=urged]").count() == 1
    clerk.screenshot(path=str(ARTIFACTS / f"urge-clerk-{width}-{lang}.png"), full_page=True)
    assert clerk.evaluate("document.documentElement.scrollWidth") <= width + 1
    clerk.goto(f"{town_site(town)}/workspace/?lang={lang}")
    tag = clerk.locator(f"li[data-id='{town.item.pk}'] [data-field=urged]")
    assert tag.inner_text().strip() == said["mark"]
    clerk.close()
