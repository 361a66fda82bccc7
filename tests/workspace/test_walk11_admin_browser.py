"""Walk 11 in headless Chromium: the admin's department list (责任单位) at 390 px wrapped 简称
one character a line beside four yes/no columns. On a phone the list keeps the columns an
administrator reads there (名称, 简称, 待确认) and each stays readable; at desktop width every
column is there. 390 and 1280 px, Chinese and English; screenshots in
test-artifacts/walk11-admin-departments-*.png."""

from __future__ import annotations

import pytest

from commitments.choices import Role
from commitments.models import Department
from tests import factories
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.test_browser import town, town_site

__all__ = ["town"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]

UNITS = [
    ("平安建设办公室（综治中心）", "综治中心"),
    ("退役军人服务站", "退役军人站"),
    ("党政综合办公室", "党政办"),
    ("便民服务中心", "便民中心"),
]
ON_A_PHONE = ["name_shown", "short_name", "needs_review"]
EVERYWHERE = ["name_shown", "short_name", "priority", "is_default", "is_active", "needs_review"]


def _one_line_height(page, selector: str) -> float:
    return page.evaluate(
        """sel => { const e = document.querySelector(sel);
        return parseFloat(getComputedStyle(e).lineHeight) || e.getBoundingClientRect().height; }""",
        selector,
    )


@pytest.mark.parametrize("language", ["zh-CN", "en"])
@pytest.mark.parametrize("width", [390, 1280])
def test_the_department_list_reads_on_a_phone(town, browser, language, width):
    for name, short in UNITS:
        Department.objects.get_or_create(name=name, defaults={"short_name": short})
    Department.objects.filter(name=UNITS[1][0]).update(needs_review=True)
    admin = factories.user("guanli", role=Role.ADMIN)
    admin.is_staff = admin.is_superuser = True
    admin.save()
    page = browser.new_page(viewport={"width": width, "height": 900}, locale=language)
    page.goto(f"{town_site(town)}/admin/login/?next=/admin/commitments/department/")
    page.fill("#id_username", "guanli")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    page.screenshot(
        path=str(ARTIFACTS / f"walk11-admin-departments-{width}-{language[:2]}.png"),
        full_page=True,
    )
    shown = [
        column
        for column in EVERYWHERE
        if page.locator(f"#result_list thead th.column-{column}").is_visible()
    ]
    assert shown == (ON_A_PHONE if width < 768 else EVERYWHERE)
    # Each short name on one line (综治中心, never 综/治/中/心), the names on at most two.
    for cell in page.locator("#result_list tbody td.field-short_name").all():
        box = cell.evaluate("e => e.firstChild ? e.getClientRects().length : 1")
        assert box == 1
        text_lines = cell.evaluate(
            """td => { const r = document.createRange(); r.selectNodeContents(td);
            return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }"""
        )
        assert text_lines <= 1, cell.inner_text()
    for cell in page.locator("#result_list tbody th.field-name_shown").all():
        lines = cell.evaluate(
            """th => { const r = document.createRange(); r.selectNodeContents(th);
            return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }"""
        )
        assert lines <= 2, cell.inner_text()
    # The list fits the page: nothing to scroll sideways.
    assert page.evaluate(
        "(() => { const r = document.querySelector('#changelist-form .results');"
        " return r.scrollWidth <= r.clientWidth + 1; })()"
    )
    page.close()


@pytest.mark.parametrize("language", ["zh-CN", "en"])
def test_a_merged_unit_says_so_on_a_phone(town, browser, language):
    """ui16 walk: a merged unit's only mark was 启用's red ✕, a column a phone hides; its
    name's cell now says 已合并至… (Merged into …), in view at 390 px."""
    from django.utils import timezone

    from commitments.services import reporting
    from commitments.services.catalog import merge_department

    reporting.file_report(
        town.item.pk,
        town.co_clerk,
        town.co,
        reporting.ReportInput("on_track", 30, timezone.localdate()),
    )
    merge_department(town.co, town.outsider_dept)  # its report names it: kept, retired
    admin = factories.user("guanli", role=Role.ADMIN)
    admin.is_staff = admin.is_superuser = True
    admin.save()
    page = browser.new_page(viewport={"width": 390, "height": 900}, locale=language)
    page.goto(f"{town_site(town)}/admin/login/?next=/admin/commitments/department/")
    page.fill("#id_username", "guanli")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    mark = page.locator("#result_list [data-field=retired]")
    assert mark.count() == 1 and mark.is_visible()
    said = "已合并至农业农村办" if language == "zh-CN" else "Merged into 农业农村办"
    assert mark.inner_text() == said
    box = mark.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 390
    page.screenshot(
        path=str(ARTIFACTS / f"ui16-admin-merged-unit-390-{language[:2]}.png"), full_page=True
    )
    page.close()
