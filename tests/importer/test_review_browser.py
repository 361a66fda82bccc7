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
from django.utils import timezone

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


LAST_YEAR = timezone.localdate().year - 1  # the town's year, as the product reads it
TOWN_PLAN = f"""××镇{LAST_YEAR}年工作要点
一、{LAST_YEAR}年重点工作
（一）产业发展。加快推进标准厂房二期建设，新建标准厂房2万平方米，6月底前完成主体工程。
（二）生态环境。做好森林防火，森林火灾受害率控制在0.9‰以内。由镇司法所牵头，开展法律服务进村活动12场。
"""

WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .map(e => e.tagName + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
  .slice(0, 8)"""


def sign_in(page, url: str) -> None:
    page.goto(url + "/admin/commitments/plan/import/")
    page.fill("#id_username", "plan-admin")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/commitments/plan/import/")


def review_town_plan_on_a_phone(chromium, url: str, tmp_path, language: str):
    """Sign in at 390 px in ``language``, upload the town plan and preview it: the page
    and the review page's address."""
    ARTIFACTS.mkdir(exist_ok=True)
    source = tmp_path / "工作要点.txt"
    source.write_text(TOWN_PLAN, encoding="utf-8")
    headers = {"Accept-Language": "en" if language == "en" else "zh-CN"}
    page = chromium.new_page(
        viewport={"width": 390, "height": 844}, locale=language, extra_http_headers=headers
    )
    sign_in(page, url)
    page.set_input_files("#id_file", str(source))
    page.click("input[name=preview]")
    page.wait_for_url("**/admin/commitments/plan/import/*/")
    return page, page.url.split("#")[0]


@pytest.mark.parametrize("language", ["zh-CN", "en"])
def test_a_phone_reviews_a_plan_whose_deadlines_are_past(
    administrator,
    live_server,
    browser,  # noqa: F811
    tmp_path,
    language,
):
    """At 390 px nothing scrolls sideways; late pledges, a unit to be created and
    targets read as written; after confirming, the ledger is one click away."""
    page, review = review_town_plan_on_a_phone(browser, live_server.url, tmp_path, language)
    shot = f"import-review-390-{language[:2]}.png"

    assert page.evaluate("document.documentElement.scrollWidth") <= 390, page.evaluate(WIDEST)
    factory = page.locator("form.pledge", has_text="标准厂房")
    assert factory.locator("[data-field=warning]").is_visible()
    assert str(LAST_YEAR) in factory.locator("[data-field=warning]").inner_text()
    assert factory.locator("input[name=t_unit]").first.input_value() == "万平方米"
    unit_box = factory.locator("input[name=t_unit]").first
    assert unit_box.evaluate("e => e.scrollWidth <= e.clientWidth")  # 万平方米 not cut
    forest = page.locator("form.pledge", has_text="森林火灾")
    assert forest.locator("input[name=t_value]").first.input_value() == "0.9"

    page.locator("#units form[data-unit='镇司法所'] button[value=create_unit]").click()
    page.wait_for_url(review + "**")
    assert page.locator("#units form[data-unit='镇司法所'] [data-field=creating]").is_visible()
    assert "镇司法所" not in page.locator(".warnings").inner_text()
    page.screenshot(path=str(ARTIFACTS / shot), full_page=True)

    page.set_viewport_size({"width": 1280, "height": 900})
    page.locator("#commit button[value=commit]").click()
    page.wait_for_url("**/admin/commitments/plan/*/change/**")
    page.screenshot(path=str(ARTIFACTS / f"import-done-1280-{language[:2]}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280, page.evaluate(WIDEST)
    plan = Plan.objects.get()
    page.locator(f"a[href='/workspace/?plan={plan.pk}']").click()
    page.wait_for_url(f"**/workspace/?plan={plan.pk}")
    assert page.get_by_text(f"{LAST_YEAR}-01-01").first.is_visible()


TRIAL = Path(__file__).parent / "documents" / "trial"  # the first-time user's plan (DOCX, XLSX)


def test_the_trial_plan_again_as_a_task_table_keeps_sections_and_fixes(
    administrator,
    live_server,
    browser,  # noqa: F811
):
    """The trial: a DOCX plan of three sections reviewed (an owner and a deadline
    fixed) and confirmed, then the same plan as a task table: the update is
    preselected, nothing changes but what the reviewer fixed, and that is counted."""
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    sign_in(page, live_server.url)
    page.set_input_files("#id_file", str(TRIAL / "plan2026-v1.docx"))
    page.click("input[name=preview]")
    page.wait_for_url("**/admin/commitments/plan/import/*/")
    review = page.url.split("#")[0]
    farmland = page.locator("form.pledge", has_text="高标准农田")
    farmland.locator("select[name=owner]").select_option("自然资源所")
    farmland.locator("button[value=save]").click()
    page.wait_for_url(review + "**")
    forest = page.locator("form.pledge", has_text="森林防火")
    forest.locator("input[type=date]").fill("2026-12-31")
    forest.locator("button[value=save]").click()
    page.wait_for_url(review + "**")
    page.locator("#commit button[value=commit]").click()
    page.wait_for_url("**/admin/commitments/plan/*/change/**")
    assert "承诺事项：新建 10" in page.locator(".messagelist").inner_text()
    sections = dict(Commitment.objects.values_list("code", "section__number"))

    page.goto(live_server.url + "/admin/commitments/plan/import/")
    page.set_input_files("#id_file", str(TRIAL / "plan2026-tasks.xlsx"))
    page.click("input[name=preview]")
    page.wait_for_url("**/admin/commitments/plan/import/*/")
    plan = Plan.objects.get()
    assert page.locator(f"#choice input[value='{plan.pk}']").is_checked()  # 相似度 1.00
    diff = page.locator("#diff").inner_text()
    assert "修改 0，调整板块 0，未变 10；保留审核修正 2" in diff, diff
    assert "保留审核修正的牵头单位：自然资源所" in diff
    assert page.locator("#keep-sections").is_visible()
    page.screenshot(path=str(ARTIFACTS / "import-table-review-1280.png"), full_page=True)

    page.locator("#commit button[value=commit]").click()
    page.wait_for_url("**/admin/commitments/plan/*/change/**")
    assert dict(Commitment.objects.values_list("code", "section__number")) == sections
    assert Commitment.objects.get(code="2026-01-02").lead_owner.name == "自然资源所"
    assert Commitment.objects.get(code="2026-02-03").deadline == datetime.date(2026, 12, 31)


@pytest.mark.parametrize("language", ["zh-CN", "en"])
def test_a_phone_picks_co_owners_from_a_list_that_shows_the_chosen(
    administrator,
    live_server,
    browser,  # noqa: F811
    tmp_path,
    language,
):
    """Walk 10: the co-owners were a 3-line multi-select that hid what was chosen. Now a
    checkbox list, the chosen named above it and listed first, a filter box; all by
    keyboard, nothing sideways at 390 px."""
    page, review = review_town_plan_on_a_phone(browser, live_server.url, tmp_path, language)
    factory = page.locator("form.pledge", has_text="标准厂房")
    co = factory.locator("fieldset[data-field=co_owners]")
    none = "未选" if language == "zh-CN" else "None"
    assert co.locator("[data-field=co_owners_chosen]").inner_text() == none

    co.locator(".co-filter").fill("财政")
    shown = [t.strip() for t in co.locator(".co-list label:visible").all_inner_texts()]
    assert shown and all("财政" in name for name in shown), shown
    co.locator("input[value='财政所']").focus()
    page.keyboard.press("Space")
    assert co.locator("[data-field=co_owners_chosen]").inner_text() == "财政所"
    co.locator(".co-filter").fill("")
    assert co.locator(".co-list label:visible").count() > len(shown)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, page.evaluate(WIDEST)
    page.screenshot(path=str(ARTIFACTS / f"review-co-owners-390-{language[:2]}.png"))

    factory.locator("button[value=save]").click()
    page.wait_for_url(review + "**")
    co = page.locator("form.pledge", has_text="标准厂房").locator("fieldset[data-field=co_owners]")
    assert co.locator("[data-field=co_owners_chosen]").inner_text() == "财政所"
    first = co.locator(".co-list input").first
    assert first.get_attribute("value") == "财政所" and first.is_checked()
    edit = PlanEdit.objects.get(kind="co_owners")
    assert edit.value == {"departments": ["财政所"]}
    page.set_viewport_size({"width": 1280, "height": 900})
    co.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / f"review-co-owners-1280-{language[:2]}.png"))
