"""The change of lead of an overdue pledge in headless Chromium (browser walk, MAJOR M1):
the correction form says the pledge is overdue and what a hand-over does; choosing
another lead and saving without a new deadline comes back with the deadline field asking
for one (the lead chosen kept); a new deadline then saves, and nothing is overdue."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from commitments.models import Commitment
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.test_browser import DESKTOP, PHONE, log_in, town_site
from tests.workspace.test_browser import town as browser_town  # noqa: F401 (live town)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SAID = {
    "zh-hans": ("本事项已逾期8天", "事项已逾期8天：更换牵头单位时", "修改已保存"),
    "en": ("overdue by 8 days", "This pledge is overdue by 8 days", "Changes saved"),
}


@pytest.mark.parametrize(("viewport", "lang"), [(PHONE, "zh-hans"), (DESKTOP, "en")])
def test_an_overdue_pledge_handed_over_asks_for_a_new_deadline(
    browser_town,  # noqa: F811
    browser,
    viewport,
    lang,
):
    town = browser_town
    today = timezone.localdate()
    Commitment.objects.filter(pk=town.item.pk).update(deadline=today - datetime.timedelta(days=8))
    page = browser.new_page(viewport=viewport, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/?lang={lang}")
    log_in(page, "duban")
    fold = "#supervise details.block:has(input[name=action][value=correct]) > summary"
    page.locator(fold).click()
    form = page.locator("form:has(input[name=action][value=correct])")
    warning = form.locator("[data-field=late-hand-over]")
    assert warning.is_visible() and SAID[lang][0] in warning.inner_text()

    form.locator("select[name=correct-lead_owner]").select_option(str(town.outsider_dept.pk))
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    form = page.locator("form:has(input[name=action][value=correct])")
    error = form.locator("[data-field=correct-deadline] p.error")
    assert error.is_visible() and SAID[lang][1] in error.inner_text()
    lead = form.locator("select[name=correct-lead_owner]")
    assert lead.input_value() == str(town.outsider_dept.pk)  # what was chosen stays
    page.screenshot(path=str(ARTIFACTS / f"late-hand-over-{viewport['width']}-{lang}.png"))
    assert Commitment.objects.get(pk=town.item.pk).lead_owner_id == town.lead.pk

    new = today + datetime.timedelta(days=30)
    form.locator("input[name=correct-deadline]").fill(new.isoformat())
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert SAID[lang][2] in page.inner_text(".messages")
    item = Commitment.objects.get(pk=town.item.pk)
    assert (item.lead_owner_id, item.deadline) == (town.outsider_dept.pk, new)
    assert page.locator("[data-field=handed-over-late]").count() == 0
    page.close()
