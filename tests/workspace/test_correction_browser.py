"""The supervisor's correction form in headless Chromium (walk 12a M2), at phone and
desktop width, in Chinese and in English:

- the walk's correction (a co-owner made the lead, another unit ticked) saves at once;
- a refusal inside the folded 配合单位 part (a unit ticked there was retired meanwhile)
  comes back with that part open, its error visible, and the form's top naming the
  field with a link to it; the list leaves out the lead just chosen.
"""

from __future__ import annotations

import pytest

from commitments.models import Commitment, Department
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.test_browser import DESKTOP, PHONE, log_in, town_site
from tests.workspace.test_browser import town as browser_town  # noqa: F401 (live town)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SAID = {
    "zh-hans": ("修改已保存，并记入办理记录", "配合单位", "所选的配合单位已停用或不存在"),
    "en": ("Changes saved and recorded in the history", "Co-owner", "A co-owner you chose was"),
}


def open_correction(browser, town, viewport, lang):
    page = browser.new_page(viewport=viewport, locale="zh-CN")
    page.goto(f"{town_site(town)}/workspace/commitments/{town.item.pk}/?lang={lang}")
    log_in(page, "duban")
    form = page.locator("form:has(input[name=action][value=correct])")
    # the correction's own fold (the 督办 form above it opens by itself)
    fold = "#supervise details.block:has(input[name=action][value=correct]) > summary"
    page.locator(fold).click()
    form.locator("details.co-owners > summary").click()
    return page, form


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize("lang", ["zh-hans", "en"])
def test_a_co_owner_made_the_lead_saves_in_one_go(browser_town, browser, viewport, lang):  # noqa: F811
    town = browser_town
    page, form = open_correction(browser, town, viewport, lang)
    form.locator("select[name=correct-lead_owner]").select_option(str(town.co.pk))
    form.locator(f"input[name=correct-co_owners][value='{town.outsider_dept.pk}']").check()
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert SAID[lang][0] in page.inner_text(".messages")
    item = Commitment.objects.get(pk=town.item.pk)
    assert item.lead_owner_id == town.co.pk
    assert [c.department_id for c in item.coownerships.all()] == [town.outsider_dept.pk]
    page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize("lang", ["zh-hans", "en"])
def test_a_refusal_in_the_co_owners_is_shown_open_and_named_on_top(
    browser_town,  # noqa: F811
    browser,
    viewport,
    lang,
):
    town = browser_town
    page, form = open_correction(browser, town, viewport, lang)
    form.locator("select[name=correct-lead_owner]").select_option(str(town.co.pk))
    form.locator(f"input[name=correct-co_owners][value='{town.outsider_dept.pk}']").check()
    Department.objects.filter(pk=town.outsider_dept.pk).update(is_active=False)  # meanwhile
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()

    form = page.locator("form:has(input[name=action][value=correct])")
    section = form.locator("details.co-owners")
    assert section.get_attribute("open") is not None
    error = section.locator("p.error")
    assert error.count() == 1 and error.is_visible()
    assert SAID[lang][2] in error.inner_text() and "not one of" not in error.inner_text()
    named = form.locator("[data-field=failed-fields] a")
    assert named.count() == 1 and SAID[lang][1] in named.inner_text()
    named.click()
    assert section.locator("[id^=field-]").is_visible()
    # the lead just chosen is not offered as its co-owner; the former lead is
    offered = section.locator("input[name=correct-co_owners]")
    values = {offered.nth(i).get_attribute("value") for i in range(offered.count())}
    assert str(town.co.pk) not in values and str(town.lead.pk) in values
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.screenshot(
        path=str(ARTIFACTS / f"correction-refused-{viewport['width']}-{lang}.png"), full_page=True
    )
    assert Commitment.objects.get(pk=town.item.pk).lead_owner_id == town.lead.pk  # unchanged
    page.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
@pytest.mark.parametrize("lang", ["zh-hans", "en"])
def test_a_refused_forms_folded_co_owner_line_leaves_out_the_new_lead(
    browser_town,  # noqa: F811
    browser,
    viewport,
    lang,
):
    """walk12b m4: the co-owner chosen as lead, a wrong milestone line, saved: refused. The
    folded line read "配合单位：社会事务办" (the unit now chosen as lead); it follows the list."""
    town = browser_town
    page, form = open_correction(browser, town, viewport, lang)
    form.locator("select[name=correct-lead_owner]").select_option(str(town.co.pk))
    form.locator("textarea[name=correct-milestones]").fill("下月 完成选址")
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator("[data-field=failed-fields]").is_visible()  # refused
    form = page.locator("form:has(input[name=action][value=correct])")
    line = form.locator("details.co-owners > summary")
    line.scroll_into_view_if_needed()
    page.screenshot(
        path=str(ARTIFACTS / f"walk12b-refused-co-owners-{viewport['width']}-{lang}.png")
    )
    assert line.inner_text().strip().startswith(SAID[lang][1])
    assert not {"：", ":"} & set(line.inner_text())  # no co-owner left: none named
    assert town.co.name not in line.inner_text()
    assert form.locator(f"input[name=correct-co_owners][value='{town.co.pk}']").count() == 0
    assert Commitment.objects.get(pk=town.item.pk).lead_owner_id == town.lead.pk
    page.close()
