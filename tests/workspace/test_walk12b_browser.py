"""Walk 12b in headless Chromium, 390 and 1280 px, Chinese and English: the import form
names its file types with the language's list separator (m6) and a refused correction's
folded 配合单位 line leaves out the unit just chosen as lead (m4). Screenshots in
test-artifacts/walk12b-*.png."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from commitments.choices import Role
from commitments.models import Commitment
from commitments.services.plan_import import PlanChoice, import_plan_file
from tests import factories
from tests.reports.test_browser import ARTIFACTS
from tests.workspace.test_browser import town, town_site

__all__ = ["town"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TYPES = {
    "zh": ".txt、.md、.docx、.pdf、.xlsx、.csv、.html",
    "en": ".txt, .md, .docx, .pdf, .xlsx, .csv, .html",
}


def _admin_page(town, browser, language: str, width: int, target: str):
    admin = factories.user("guanli", role=Role.ADMIN)
    admin.is_staff = admin.is_superuser = True
    admin.save()
    page = browser.new_page(viewport={"width": width, "height": 900}, locale=language)
    page.goto(f"{town_site(town)}/admin/login/?next={target}")
    page.fill("#id_username", "guanli")
    page.fill("#id_password", "pw-for-tests-1")
    page.click("input[type=submit]")
    page.wait_for_load_state()
    return page


@pytest.mark.parametrize("language", ["zh-CN", "en"])
@pytest.mark.parametrize("width", [390, 1280])
def test_the_import_form_lists_file_types_in_the_pages_language(town, browser, language, width):
    lang = language[:2]
    page = _admin_page(town, browser, language, width, "/admin/commitments/plan/import/")
    help_text = page.locator("#id_file_helptext, .help").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / f"walk12b-import-form-{width}-{lang}.png"))
    assert TYPES[lang] in help_text, help_text
    if lang == "en":
        assert "、" not in help_text
    page.close()


def _ledger(rows: list[tuple[str, datetime.date]]) -> str:
    return "序号,工作任务,责任单位,完成时限\n" + "".join(
        f"{n},{text},经济发展办,{day:%Y年%m月%d日}\n" for n, (text, day) in enumerate(rows, start=1)
    )


REVIEW = {
    "zh": ("3 项事项中 2 项措辞与该计划相同", "1 项已过完成时限"),
    "en": ("2 of 3 pledges worded as in this plan", "1 commitment is past its deadline"),
}


@pytest.mark.parametrize("language", ["zh-CN", "en"])
@pytest.mark.parametrize("width", [390, 1280])
def test_the_reimport_review_says_what_is_true_of_the_plan_and_its_deadlines(
    town, browser, language, width, tmp_path
):
    """walk12b m2: a changed re-import read "match 100%", and warned of stored pledges
    already overdue as if the import made them so. The plan offered now says how many
    pledges it keeps; the warning names only the new pledge past its deadline."""
    today = timezone.localdate()
    if today.month == 1 and today.day < 10:
        pytest.skip("needs a past day in the current year")
    past, ahead = today - datetime.timedelta(days=5), datetime.date(today.year, 12, 31)
    if ahead <= today:
        pytest.skip("needs a day ahead in the current year")
    first = [("完成温室大棚选址", past), ("建成农产品冷链仓储中心一处", ahead)]
    import_plan_file(_ledger(first).encode(), "分解表.csv", choice=PlanChoice())
    stored = Commitment.objects.get(text="完成温室大棚选址")
    edited = tmp_path / "分解表v2.csv"
    edited.write_text(_ledger([*first, ("完成村道硬化验收", past)]), encoding="utf-8")
    lang = language[:2]
    page = _admin_page(town, browser, language, width, "/admin/commitments/plan/import/")
    page.locator("input[name=file]").set_input_files(str(edited))
    page.locator("input[type=submit], button[type=submit]").last.click()
    page.wait_for_selector("#choice")
    choice = page.locator("#choice").inner_text()
    warnings = page.locator("ul.warnings").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / f"walk12b-review-{width}-{lang}.png"))
    assert REVIEW[lang][0] in choice and "100%" not in choice, choice
    assert REVIEW[lang][1] in warnings, warnings
    assert stored.code not in warnings  # stored, its deadline unchanged: already overdue
    page.close()
