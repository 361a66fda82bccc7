"""An administrator reviews an upload in a real headless Chromium: merges two
sentences, fixes a deadline, maps a unit the catalog lacks, commits; a
re-import of the same file keeps every fix.

Chromium and playwright as in ``tests/reports/test_browser.py`` (skipped
locally without the browser, a failure under ``CI=true``).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from django.conf import settings

from commitments.choices import Role
from commitments.models import Commitment, Plan, PlanEdit
from commitments.services.catalog import load_catalog
from commitments.services.plan_import import PlanChoice, import_plan_file
from tests import factories
from tests.reports.test_browser import browser  # noqa: F401 (the fixture)

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
SPEECH = """镇长在经济工作会议上的讲话
同志们：
一、2024年工作回顾
全年完成税收700万元。
二、2025年工作安排
（一）抓产业。今年计划新建温室大棚20栋。引进项目5个，年底前开工。建成农产品冷链仓储中心一处。
（二）抓文旅。由镇文旅发展中心牵头，举办乡村旅游节一次。城乡医保参保率达到95%以上。
同志们！谢谢大家！
"""

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def administrator(transactional_db, monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    load_catalog()
    account = factories.user("plan-admin", role=Role.ADMIN)
    account.is_staff = account.is_superuser = True
    account.set_password("pw-for-tests-1")
    account.save()
    return account


def test_a_review_session_corrects_the_parse_and_a_reimport_keeps_it(
    administrator,
    live_server,
    browser,  # noqa: F811
    tmp_path,
):
    ARTIFACTS.mkdir(exist_ok=True)
    source = tmp_path / "讲话稿.txt"
    source.write_text(SPEECH, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page.goto(live_server.url + "/admin/commitments/plan/import/")
    page.fill("#id_username", "plan-admin")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/commitments/plan/import/")

    page.set_input_files("#id_file", str(source))
    page.click("input[name=preview]")
    page.wait_for_url("**/admin/commitments/plan/import/*/")
    review = page.url.split("#")[0]
    assert page.locator("form.pledge").count() == 5
    # each pledge is highlighted in the source beside it
    first = page.locator("form.pledge").first
    first.hover()
    assert "active" in (page.locator("#src-0").get_attribute("class") or "")
    assert page.locator("#src-0").inner_text() == "今年计划新建温室大棚20栋。"

    # 1. two sentences that are one pledge
    first.locator("button[value=merge]").click()
    page.wait_for_url(review + "**")
    assert page.locator("form.pledge").count() == 4
    merged = page.locator("form.pledge").first
    assert merged.locator("[data-field=text]").inner_text() == (
        "今年计划新建温室大棚20栋。引进项目5个，年底前开工。"
    )

    # 2. a deadline the importer missed
    chain = page.locator("form.pledge", has_text="冷链仓储中心")
    chain.locator("input[type=date]").fill("2025-06-30")
    chain.locator("button[value=save]").click()
    page.wait_for_url(review + "**")
    chain = page.locator("form.pledge", has_text="冷链仓储中心")
    assert chain.locator("input[type=date]").input_value() == "2025-06-30"

    # 3. a unit the catalog lacks, mapped once for the whole plan
    unit = page.locator("#units form[data-unit='镇文旅发展中心']")
    unit.locator("select").select_option("文化站")
    unit.locator("button[value=map_unit]").click()
    page.wait_for_url(review + "**")
    assert page.locator("#units").count() == 0
    assert "镇文旅发展中心" not in page.locator(".warnings").inner_text()
    festival = page.locator("form.pledge", has_text="乡村旅游节")
    assert festival.locator("select[name=owner]").input_value() == "文化站"
    page.screenshot(path=str(ARTIFACTS / "import-review.png"), full_page=True)

    # 4. commit: everything in one go
    page.locator("#commit button[value=commit]").click()
    page.wait_for_url("**/admin/commitments/plan/*/change/**")
    plan = Plan.objects.get()
    assert PlanEdit.objects.filter(plan=plan).count() == 3
    stored = dict(Commitment.objects.values_list("text", "code"))
    assert "今年计划新建温室大棚20栋。引进项目5个，年底前开工。" in stored
    chain_row = Commitment.objects.get(text__startswith="建成农产品冷链")
    assert chain_row.deadline == datetime.date(2025, 6, 30)
    festival_row = Commitment.objects.get(text__contains="乡村旅游节")
    assert festival_row.lead_owner.name == "文化站"
    before = sorted(Commitment.objects.values_list("code", "text", "deadline", "lead_owner"))

    # 5. the same document again (re-saved, one more line break): the fixes stay
    for data in (SPEECH.encode(), (SPEECH + "\n").encode()):
        result = import_plan_file(data, "讲话稿.txt", choice=PlanChoice(plan.pk))
        assert result.summary["commitments_updated"] == 0
        assert result.summary["commitments_created"] == 0
        assert result.summary["commitments_removed"] == 0
        after = sorted(Commitment.objects.values_list("code", "text", "deadline", "lead_owner"))
        assert after == before
