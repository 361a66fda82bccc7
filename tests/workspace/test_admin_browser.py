"""The admin in headless Chromium at desktop width: an administrator's lists stay readable."""

from __future__ import annotations

import pytest

from commitments.choices import Role
from commitments.models import Commitment
from commitments.services import workflow
from tests import factories
from tests.workspace.test_browser import DESKTOP, town, town_site  # noqa: F401 (live town)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_the_event_lists_time_column_is_in_view_at_desktop_width(town, browser):  # noqa: F811
    title = "全面落实优化营商环境条例，持续深化放管服改革，提升政务服务效能"  # a long pledge
    Commitment.objects.filter(pk=town.item.pk).update(title=title)
    workflow.acknowledge(town.clerk, town.item)
    factories.user("guanli", role=Role.ADMIN)
    page = browser.new_page(viewport=DESKTOP, locale="zh-CN")
    page.goto(f"{town_site(town)}/admin/login/?next=/admin/commitments/commitmentevent/")
    page.fill("#id_username", "guanli")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    results = page.locator("#changelist-form .results").bounding_box()
    when = page.locator("#result_list thead th").last.bounding_box()  # 时间
    assert results is not None and when is not None
    assert when["x"] + when["width"] <= results["x"] + results["width"] + 1
    assert page.evaluate(
        "(() => { const r = document.querySelector('#changelist-form .results');"
        " return r.scrollWidth <= r.clientWidth; })()"
    )
    page.close()


@pytest.mark.parametrize("language", ["zh-CN", "en-US"])
def test_the_plan_lists_import_time_is_in_view_at_desktop_width(town, browser, language):  # noqa: F811
    """Walk 3: 导入时间 was cut under the filter panel; the admin names the product."""
    from commitments.models import Plan
    from tests.reports.test_browser import ARTIFACTS

    Plan.objects.filter(pk=town.item.plan_id).update(
        title="镇长在经济工作会议上的讲话", source_name="town-speeches-2024.txt"
    )
    workflow.acknowledge(town.clerk, town.item)
    factories.user("guanli", role=Role.ADMIN)
    page = browser.new_page(viewport=DESKTOP, locale=language)
    page.goto(f"{town_site(town)}/admin/login/?next=/admin/commitments/plan/")
    page.fill("#id_username", "guanli")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    page.screenshot(path=str(ARTIFACTS / f"walk3-admin-plans-1280-{language[:2]}.png"))
    assert page.evaluate(
        "(() => { const r = document.querySelector('#changelist-form .results');"
        " return r.scrollWidth <= r.clientWidth; })()"
    )
    brand = page.inner_text("#site-name")
    assert "Django" not in brand and ("督办台账" in brand or "Commitment tracker" in brand)
    page.goto(f"{town_site(town)}/admin/commitments/commitment/{town.item.pk}/history/")
    assert page.locator("#commitment-events tbody tr").count() == 1
    page.screenshot(path=str(ARTIFACTS / f"walk3-admin-history-1280-{language[:2]}.png"))
    page.close()
