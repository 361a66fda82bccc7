"""Dates and short words on the admin pages stay whole in a real headless Chromium:
the import's diff preview on a phone, the reminder list (提醒记录) at desktop width.

Chromium and playwright as in ``tests/reports/test_browser.py`` (skipped locally
without the browser, a failure under ``CI=true``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from commitments.choices import NotificationKind, NotificationState, Role
from commitments.models import Notification, Plan
from commitments.services.catalog import load_catalog
from commitments.services.plan_import import import_plan_file
from tests import factories
from tests.importer.test_review_browser import SPEECH
from tests.reports.test_browser import browser  # noqa: F401 (the fixture)

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
pytestmark = [pytest.mark.browser, pytest.mark.slow]

#: How many lines each matched element's text takes.
LINES = """sel => [...document.querySelectorAll(sel)].map(el => {
  const range = document.createRange(); range.selectNodeContents(el.querySelector("p") || el);
  const tops = [...range.getClientRects()].map(r => Math.round(r.top));
  return [el.textContent.trim(), new Set(tops).size];
})"""

#: How many lines the text itself of each matched element takes (not its boxes' padding).
TEXT_LINES = """sel => [...document.querySelectorAll(sel)].map(el => {
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT); const tops = new Set();
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (!n.textContent.trim()) continue;
    const range = document.createRange(); range.selectNodeContents(n);
    for (const r of range.getClientRects()) tops.add(Math.round(r.top));
  }
  return [el.textContent.trim(), tops.size];
})"""


@pytest.fixture
def signed_in(transactional_db, monkeypatch, live_server, browser):  # noqa: F811
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    load_catalog()
    account = factories.user("layout-admin", role=Role.ADMIN)
    account.is_staff = account.is_superuser = True
    account.set_password("pw-for-tests-1")
    account.save()

    def page_at(width: int):
        page = browser.new_page(viewport={"width": width, "height": 900}, locale="zh-CN")
        page.goto(live_server.url + "/admin/login/?next=/admin/")
        page.fill("#id_username", "layout-admin")
        page.fill("#id_password", "pw-for-tests-1")
        page.click("input[type=submit]")
        page.wait_for_url("**/admin/")
        return page

    return page_at


def test_the_diff_preview_keeps_dates_whole_on_a_phone(signed_in, live_server, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    import_plan_file(SPEECH.encode(), "v1.txt")
    plan = Plan.objects.get()
    source = tmp_path / "v2.txt"
    source.write_text(
        SPEECH.replace("年底前开工", "10月底前开工").replace("举办乡村旅游节一次。", ""),
        encoding="utf-8",
    )
    page = signed_in(390)
    page.goto(live_server.url + "/admin/commitments/plan/import/")
    page.set_input_files("#id_file", str(source))
    page.click("input[name=preview]")
    page.wait_for_url("**/admin/commitments/plan/import/*/")
    if not page.locator(f"#choice input[value='{plan.pk}']").is_checked():
        # Choosing the plan shows the changes against it (no second confirm button).
        with page.expect_navigation():
            page.locator(f"#choice input[value='{plan.pk}']").check()
    dates = page.evaluate(LINES, "#diff .date")
    assert any(text == "2025-10-31" for text, _lines in dates), dates
    page.screenshot(path=str(ARTIFACTS / "import-diff-390.png"), full_page=True)
    assert all(lines == 1 for _text, lines in dates), dates  # never 2025-10-/31


def test_the_reminder_list_keeps_dates_and_short_words_whole(signed_in, live_server):
    ARTIFACTS.mkdir(exist_ok=True)
    for n, kind in enumerate([NotificationKind.DEADLINE, NotificationKind.ESCALATION]):
        Notification.objects.create(
            kind=kind,
            recipient=f"staff-member-{n}@town.example.gov.cn",
            period_key="2026-12-11",
            message_id=f"<m{n}@example.org>",
            state=NotificationState.SENT,
            attempts=1,
            sent_at=timezone.now(),
        )
    page = signed_in(1280)
    page.goto(live_server.url + "/admin/commitments/notification/")
    page.screenshot(path=str(ARTIFACTS / "admin-notifications-1280.png"), full_page=True)
    for column in ("channel", "kind", "period_key", "state", "sent_when"):
        cells = page.evaluate(LINES, f"#result_list tbody .field-{column}")
        assert cells and all(lines == 1 for _text, lines in cells), (column, cells)
    # Its headings stay whole: 状态, 尝试次数, 最近错误 never one character a line.
    headings = page.evaluate(TEXT_LINES, "#result_list thead th[class^=column-] .text")
    assert headings and all(lines == 1 for _text, lines in headings), headings
    # the last column is in view, not cut off at the right edge
    width = page.evaluate(
        "() => { const r = document.querySelector('#changelist .results');"
        " return [r.scrollWidth, r.clientWidth]; }"
    )
    assert width[0] <= width[1], width


def test_the_plan_page_keeps_a_correction_type_whole(signed_in, live_server):
    from commitments.models import PlanEdit

    import_plan_file(SPEECH.encode(), "v1.txt")
    plan = Plan.objects.get()
    PlanEdit.objects.create(plan=plan, kind="create_unit", key="镇文旅发展中心")
    PlanEdit.objects.create(
        plan=plan,
        kind="deadline",
        key=plan.commitments.order_by("-text").first().fingerprint,
        value={"date": "2025-06-30", "was": "2025-12-31"},
    )
    page = signed_in(1280)
    page.goto(live_server.url + f"/admin/commitments/plan/{plan.pk}/change/")
    page.screenshot(path=str(ARTIFACTS / "admin-plan-edits-1280.png"), full_page=True)
    kinds = page.evaluate(LINES, "#edits-group td.field-kind_shown")
    assert [text for text, _lines in kinds] == ["新建单位", "完成时限"], kinds
    assert all(lines == 1 for _text, lines in kinds), kinds
    assert page.locator("#edits-group td.original p").first.is_hidden()
    assert page.locator("#edits-group input[type=checkbox]").count() == 0
