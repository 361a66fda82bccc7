"""Faults a third blind tester found on documents the team had not seen, each written
again in wordings and layouts of its own (none is a copy of the tester's sentences)."""

from __future__ import annotations

import pytest

from commitments.importer import CatalogEntry
from commitments.importer.owners import match_department
from tests.importer.conftest import commitments_of

# -- a unit written without (or with another) bracket than the catalog's name -----------


@pytest.mark.parametrize(
    "written",
    [
        "平安建设办公室",  # the catalog's name without its bracket
        "镇平安建设办公室",
        "平安建设办",  # 办 for 办公室
        "平安建设办公室（信访办）",  # another bracket
        "平安建设办公室(综治中心)",  # the bracket in ASCII
        "综治中心（平安建设办公室）",  # the two names the other way round
        "党政综合办",
        "应急管理办公室（安监站）",
    ],
)
def test_a_variant_of_a_catalog_name_is_that_unit(catalog, written):
    entry = match_department(written, catalog)
    assert entry is not None and entry.name.split("（")[0] == written_unit(written)


def written_unit(written: str) -> str:
    return {
        "党政综合办": "党政综合办公室",
        "应急管理办公室（安监站）": "应急管理办公室",
    }.get(written, "平安建设办公室")


@pytest.mark.parametrize(
    "written", ["县平安建设办公室", "平安建设协会", "平安建设中心", "建设办", "社会事务所"]
)
def test_a_different_unit_stays_unknown(catalog, written):
    assert match_department(written, catalog) is None


def test_a_variant_two_entries_share_names_neither():
    catalog = [
        CatalogEntry("社会事务办公室（民政）"),
        CatalogEntry("社会事务办（残联）"),
        CatalogEntry("文化旅游办公室"),
    ]
    assert match_department("社会事务办公室", catalog) is None
    assert match_department("文化旅游办", catalog).name == "文化旅游办公室"


def test_a_variant_is_no_other_units_name():
    """A key that is another entry's name as written is that entry's, not a variant."""
    catalog = [CatalogEntry("综治办"), CatalogEntry("综治办公室（信访）")]
    assert match_department("综治办", catalog).name == "综治办"
    assert match_department("综治办公室", catalog) is None


def test_owners_written_as_variants_in_prose_labels_and_brackets(parse):
    parsed = parse(
        "柳河镇2026年重点工作安排\n"
        "一、平安建设\n"
        "1.由平安建设办公室牵头，开展矛盾纠纷排查化解，年底前完成。\n"
        "2.推进网格化服务管理，划分网格30个。（平安建设办，6月底前）\n"
        "二、基层治理\n"
        "1.完善村级调解组织。\n牵头单位：平安建设办公室（信访办）\n配合单位：各村\n"
        "完成时限：2026年9月30日\n"
    )
    pledges = commitments_of(parsed)
    assert [(p.owner, p.owner_known) for p in pledges] == [("平安建设办公室（综治中心）", True)] * 3
    assert pledges[2].co_owners == ["各村"]
    assert not [w for w in parsed.documents[0].warnings if "不在单位目录" in w]
