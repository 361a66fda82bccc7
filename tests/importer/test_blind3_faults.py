"""Faults a third blind tester found on documents the team had not seen, each written
again in wordings and layouts of its own (none is a copy of the tester's sentences)."""

from __future__ import annotations

from decimal import Decimal as D

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


# -- counted nouns: a count after the thing, Chinese numerals, a verb before the object ---


def _first_item(parse, sentence: str):
    plan = f"2026年桥西镇工作要点\n一、城乡建设\n1.{sentence}\n二、其他\n1.开展清洁家园行动。\n"
    return commitments_of(parse(plan))[0]


def _targets(pledge) -> list[tuple[D, str]]:
    return [(t.value, t.unit) for t in pledge.targets]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("新建监控420个点位，年底前全部联网。", [(D(420), "个")]),
        ("全镇安装高清探头300个，实现主干道全覆盖。", [(D(300), "个")]),
        (
            "建成文化广场一处、污水处理站一座，改造学校两所。",
            [(D(1), "处"), (D(1), "座"), (D(2), "所")],
        ),
        ("三季度前新建公办幼儿园一所。", [(D(1), "所")]),
        ("年内改造提升中小学校舍三所、卫生院两家。", [(D(3), "所"), (D(2), "家")]),
        ("做好12个市级重点项目的要素保障。", [(D(12), "个")]),
        ("办好十件民生实事。", [(D(10), "件")]),
        ("新增停车位二百个。", [(D(200), "个")]),
    ],
)
def test_counted_nouns_are_targets(parse, sentence, expected):
    pledge = _first_item(parse, sentence)
    assert _targets(pledge) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "实施一批重点项目，推进城乡一体化。",
        "统一规划建设农村集中居住点。",
        "开展一次全面排查。",
        "走出一条绿色发展之路。",
        "推进青山工业园二期建设。",
        "落实安全生产15条硬措施。",
        "坚持一个中心、两个基本点。",
        "打造全省唯一一家数字乡村示范点。",
        "已建成游客中心一处，年内做好运营。",
        "新建5兆瓦光伏电站一处。",
    ],
)
def test_numbers_that_count_nothing_to_reach_are_not_targets(parse, sentence):
    pledge = _first_item(parse, sentence)
    assert [t for t in pledge.targets if t.unit != "兆瓦"] == []


def test_counts_in_a_speech_and_in_labelled_items(parse):
    speech = commitments_of(
        parse(
            "在2026年全镇工作会议上的讲话\n二、2026年工作安排\n"
            "（一）抓好民生。一是建成村级养老服务站一处；二是新建三座公厕，6月底前完工。\n"
            "（二）抓好平安。安装视频监控点位120个，9月底前完成。\n"
        )
    )
    assert [_targets(p) for p in speech] == [[(D(1), "处")], [(D(3), "座")], [(D(120), "个")]]
    labelled = commitments_of(
        parse(
            "南河镇2026年重点任务清单\n一、基础设施\n"
            "1.新建污水处理站一座，日处理能力500吨。\n牵头单位：生态环境办\n完成时限：2026年10月\n"
            "二、社会事业\n"
            "1.新建两所幼儿园。\n牵头单位：社会事务办\n完成时限：2026年8月\n"
        )
    )
    assert [_targets(p) for p in labelled] == [[(D(500), "吨")], [(D(2), "所")]]
