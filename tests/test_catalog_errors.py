"""The department catalog file's errors read in the reader's language: Chinese by
default, English when English is chosen (walk 10: they were Chinese only)."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from commitments.models import Department
from commitments.services.catalog import CatalogError, load_catalog

BROKEN = {
    "dup.yaml": "departments:\n  - name: 财政所\n  - name: 财政所\n",
    "empty.yaml": "departments: []\n",
    "bad.json": "{not json",
    "noname.yaml": "departments:\n  - short_name: 财政\n",
    "emails.yaml": "departments:\n  - name: 财政所\n    contact_emails: [not-an-address]\n",
    "defaults.yaml": (
        "departments:\n  - {name: 甲, is_default: true}\n  - {name: 乙, is_default: true}\n"
    ),
}


def _refusal(tmp_path, name: str, language: str) -> str:
    path = tmp_path / name
    path.write_text(BROKEN[name], encoding="utf-8")
    with translation.override(language), pytest.raises(CatalogError) as refused:
        load_catalog(path)
    return refused.value.message


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_catalog_is_refused_in_chinese_and_in_english(db, tmp_path, name):
    chinese = _refusal(tmp_path, name, "zh-hans")
    english = _refusal(tmp_path, name, "en")

    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese.replace("财政所", "")), chinese
    leftover = english.replace("财政所", "").replace("甲", "").replace("乙", "")
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in leftover), english
    assert not Department.objects.exists()


def test_the_command_says_the_refusal_and_its_result_in_english(db, tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text(BROKEN["dup.yaml"], encoding="utf-8")
    with translation.override("en"), pytest.raises(CommandError) as refused:
        call_command("load_departments", str(path), stdout=io.StringIO())
    assert "Duplicate department in catalog file dup.yaml: 财政所" == str(refused.value)

    path.write_text("departments:\n  - name: 财政所\n", encoding="utf-8")
    out = io.StringIO()
    with translation.override("en"):
        call_command("load_departments", str(path), stdout=out)
    assert "Departments: 1 created, 0 updated, 0 unchanged" in out.getvalue()
