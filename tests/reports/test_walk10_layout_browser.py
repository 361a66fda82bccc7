"""Walk 10's layout findings, in headless Chromium at 390 and 1280 px, Chinese and English:
the scorecard's department names (a long one broke one character a line at 1280) and the
plan's 导入修正 trail in the admin (cramped at 390 px). Screenshots in test-artifacts/."""

from __future__ import annotations

import pytest

from commitments.choices import Role
from commitments.models import PlanEdit
from tests import factories
from tests.reports.test_browser import ARTIFACTS, TODAY, browser, seeded  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LONG = "平安建设办公室（综治中心）"


def _login(page, url: str, username: str) -> None:
    page.fill("#id_username", username)
    page.fill("#id_password", "pw-for-tests-1")
    page.click("button[type=submit], input[type=submit]")


@pytest.mark.parametrize("language", ["zh-CN", "en"])
@pytest.mark.parametrize("width", [1280, 390])
def test_the_scorecard_keeps_a_long_department_name_readable(
    seeded,  # noqa: F811
    live_server,
    browser,  # noqa: F811
    language,
    width,
):
    ARTIFACTS.mkdir(exist_ok=True)
    long = factories.department(LONG)
    section = seeded.plan.sections.first()
    factories.commitment(long, section, deadline=TODAY, code="2024-01-09", number=9)
    page = browser.new_page(viewport={"width": width, "height": 900}, locale=language)
    target = f"/dashboard/?plan={seeded.plan.pk}&date={TODAY.isoformat()}"
    page.goto(live_server.url + target)
    _login(page, live_server.url, "duban")
    page.wait_for_url(f"**{target}")

    cell = page.locator(f"tr[data-department='{LONG}'] th[data-field=department]")
    cell.scroll_into_view_if_needed()
    page.locator("#departments").screenshot(
        path=str(ARTIFACTS / f"scorecard-{width}-{language[:2]}.png")
    )
    # The name takes at most two lines, each of several characters, and never spills
    # out of its cell nor the page.
    lines = cell.evaluate(
        """th => { const r = document.createRange(); const rects = [];
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        let node; while ((node = walker.nextNode())) {
          if (!node.textContent.includes('（')) continue;
          r.selectNodeContents(node);
          for (const rect of r.getClientRects()) rects.push(Math.round(rect.top)); }
        return new Set(rects).size; }"""
    )
    assert lines <= 2, lines
    assert cell.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.fixture
def administrator(seeded):  # noqa: F811
    account = factories.user("plan-admin", role=Role.ADMIN)
    account.is_staff = account.is_superuser = True
    account.set_password("pw-for-tests-1")
    account.save()
    return account


@pytest.mark.parametrize("language", ["zh-CN", "en"])
@pytest.mark.parametrize("width", [390, 1280])
def test_the_plans_import_corrections_read_at_phone_and_desktop_width(
    seeded,  # noqa: F811
    administrator,
    live_server,
    browser,  # noqa: F811
    language,
    width,
):
    ARTIFACTS.mkdir(exist_ok=True)
    plan = seeded.plan
    item = plan.commitments.order_by("code").first()
    PlanEdit.objects.create(plan=plan, kind="create_unit", key=LONG, value={})
    PlanEdit.objects.create(
        plan=plan, kind="deadline", key=item.fingerprint, value={"deadline": "2024-06-30"}
    )
    PlanEdit.objects.create(
        plan=plan,
        kind="co_owners",
        key=item.fingerprint,
        value={"departments": ["社会事务办", "农业农村办", LONG]},
    )
    page = browser.new_page(viewport={"width": width, "height": 900}, locale=language)
    target = f"/admin/commitments/plan/{plan.pk}/change/"
    page.goto(live_server.url + target)
    _login(page, live_server.url, "plan-admin")
    page.wait_for_url(f"**{target}")
    group = page.locator("#edits-group")
    group.scroll_into_view_if_needed()
    group.screenshot(path=str(ARTIFACTS / f"plan-edits-{width}-{language[:2]}.png"))
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # Every cell of the trail is in view and wide enough for a few characters a line.
    narrow = group.locator("td, th").evaluate_all(
        """cells => cells.filter(c => c.offsetParent && c.innerText.trim())
          .filter(c => { const r = c.getBoundingClientRect();
             return r.right > document.documentElement.clientWidth + 1 || r.width < 48; })
          .map(c => c.className + ' ' + Math.round(c.getBoundingClientRect().width))"""
    )
    assert not narrow, narrow
