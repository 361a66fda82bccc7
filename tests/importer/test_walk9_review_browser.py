"""Walk 9 in headless Chromium, the import's review page: one confirm button (确认导入
at the bottom; choosing the plan shows its changes at once), and a pledge corrected in
review is marked on its card. Screenshots: test-artifacts/walk9-review-*.png."""

from __future__ import annotations

import pytest

from commitments.models import Plan
from commitments.services.plan_import import import_plan_file
from tests.importer.test_admin_layout_browser import ARTIFACTS, signed_in  # noqa: F401
from tests.importer.test_review_browser import SPEECH
from tests.reports.test_browser import browser  # noqa: F401 (the fixture)

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize("width", [390, 1280])
def test_one_confirm_and_a_corrected_pledge_marked(signed_in, live_server, tmp_path, width):  # noqa: F811
    ARTIFACTS.mkdir(exist_ok=True)
    import_plan_file(SPEECH.encode(), "v1.txt")
    plan = Plan.objects.get()
    source = tmp_path / "v2.txt"
    source.write_text(SPEECH.replace("年底前开工", "10月底前开工"), encoding="utf-8")
    page = signed_in(width)
    page.goto(live_server.url + "/admin/commitments/plan/import/")
    page.set_input_files("#id_file", str(source))
    page.click("input[name=preview]")
    page.wait_for_url("**/admin/commitments/plan/import/*/")
    if not page.locator(f"#choice input[value='{plan.pk}']").is_checked():
        with page.expect_navigation():
            page.locator(f"#choice input[value='{plan.pk}']").check()
    chain = page.locator(
        "form.pledge", has=page.locator("[data-field=text]", has_text="建成农产品冷链")
    )
    chain.locator("[data-field=deadline]").fill("2025-11-30")
    with page.expect_navigation():
        chain.locator("button[value=save]").click()
    for language in ("zh", "en"):
        if language == "en":
            with page.expect_navigation():
                page.locator("form.lang button[value=en]").click()
        buttons = page.locator("button:visible")
        confirms = [b for b in buttons.all() if b.get_attribute("value") == "commit"]
        assert len(confirms) == 1
        assert not page.locator("#choice button").is_visible()
        chain = page.locator(
            "form.pledge", has=page.locator("[data-field=text]", has_text="建成农产品冷链")
        )
        assert "reviewed" in (chain.get_attribute("class") or "")
        note = chain.locator("[data-field=reviewed]")
        assert note.is_visible() and "2025-11-30" in note.inner_text()
        assert chain.locator("[data-field=reviewed-deadline]").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        chain.screenshot(path=str(ARTIFACTS / f"walk9-review-card-{language}-{width}.png"))
        page.locator("#choice").screenshot(
            path=str(ARTIFACTS / f"walk9-review-choice-{language}-{width}.png")
        )


@pytest.mark.parametrize("width", [390, 1280])
def test_the_admin_widgets_and_headings_read_whole(signed_in, live_server, width):  # noqa: F811
    """The supervised-departments widget names its field (可选督办单位 / 已选督办单位,
    Available supervised departments); the reminder list's headings stay whole."""
    from django.utils import timezone

    from commitments.choices import NotificationKind, NotificationState
    from commitments.models import Membership, Notification
    from tests import factories

    supervisor = factories.user("walk9-duban", role="supervisor")
    membership = Membership.objects.get(user=supervisor)
    Notification.objects.create(
        kind=NotificationKind.DEADLINE,
        recipient="staff-member@town.example.gov.cn",
        period_key="2026-12-11",
        message_id="<m@example.org>",
        state=NotificationState.SENT,
        attempts=1,
        sent_at=timezone.now(),
    )
    page = signed_in(width)
    for language, available, chosen in (
        ("zh-hans", "可选督办单位", "已选督办单位"),
        ("en", "Available supervised departments", "Chosen supervised departments"),
    ):
        page.goto(
            live_server.url
            + f"/admin/commitments/membership/{membership.pk}/change/?lang={language}"
        )
        widget = page.locator(".selector")
        assert available in widget.locator(".selector-available-title").inner_text()
        assert chosen in widget.locator(".selector-chosen-title").inner_text()
        widget.screenshot(path=str(ARTIFACTS / f"walk9-admin-widget-{language}-{width}.png"))
        page.goto(live_server.url + "/admin/commitments/notification/")
        page.screenshot(
            path=str(ARTIFACTS / f"walk9-admin-reminders-{language}-{width}.png"), full_page=True
        )
        # Whole headings: 状态, 尝试次数, 最近错误 never one character a line.
        tops = page.evaluate(
            """() => [...document.querySelectorAll('#result_list thead th[class^=column-] .text')]
              .map(el => { const t = el.textContent.trim(); const w = document.createTreeWalker(
                el, NodeFilter.SHOW_TEXT); const s = new Set();
                for (let n = w.nextNode(); n; n = w.nextNode()) { if (!n.textContent.trim())
                  continue; const r = document.createRange(); r.selectNodeContents(n);
                  for (const x of r.getClientRects()) s.add(Math.round(x.top)); }
                return [t, s.size, t.split(/\\s+/).length]; })"""
        )
        assert tops and all(lines <= words for _t, lines, words in tops), tops
