"""Unit tests of the field steps: numerals, deadlines, targets, clean-up, owners."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from commitments.importer.clean import clean
from commitments.importer.deadlines import resolve_deadline
from commitments.importer.normalize import normalize
from commitments.importer.numerals import parse_number
from commitments.importer.owners import assign_owners, match_department
from commitments.importer.sentences import split_sentences
from commitments.importer.targets import find_targets


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两千五百", 2500),
        ("八十", 80),
        ("十五", 15),
        ("一百零五", 105),
        ("三点五", Decimal("3.5")),
        ("一万二千", 12000),
        ("二〇二四", 2024),
        ("3千", 3000),
        ("5,000", 5000),
        ("九十五", 95),
    ],
)
def test_it_reads_numerals(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["千", "万", "abc", ""])
def test_it_refuses_what_is_not_a_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("IO0%全覆盖", "100%全覆盖"),
        ("铺设100o米", "铺设1000米"),
        ("100Oo亩", "10000亩"),
        ("（一）达到９０％以上；", "(一)达到90%以上;"),
        ("推進鄉村振興", "推进乡村振兴"),
    ],
)
def test_it_normalizes_for_parsing_without_changing_length(text, raw):
    assert normalize(text) == raw
    assert len(normalize(text)) == len(text)


def test_it_leaves_letters_that_are_not_ocr_errors():
    assert normalize("O2O电商、5G基站") == "O2O电商、5G基站"


def deadline(text, year=2024, label=None):
    return resolve_deadline(normalize(text), text, year, label)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("6月底前完成", "2024-06-30"),
        ("六月底前完成", "2024-06-30"),
        ("三季度末建成", "2024-09-30"),
        ("上半年完成", "2024-06-30"),
        ("10月31日前完成", "2024-10-31"),
        ("年底前完成", "2024-12-31"),
        ("今年计划新建", "2024-12-31"),
        ("年内建成", "2024-12-31"),
        ("持续推进", "2024-12-31"),
        ("今年6月底前完成", "2024-06-30"),
        ("2025年底前建成", "2025-12-31"),
        ("2月底前完成", "2024-02-29"),
        ("第二季度完成", "2024-06-30"),
        ("汛期前完成", "2024-05-31"),
        ("国庆节前完成", "2024-09-30"),
        ("秋季开学前投入使用", "2024-08-31"),
        ("春节前完成", "2024-12-31"),
        ("11月中旬完成", "2024-11-20"),
        ("2024年9月完成", "2024-09-30"),
    ],
)
def test_it_resolves_deadlines_to_the_end_of_the_period(text, due):
    assert deadline(text) == (datetime.date.fromisoformat(due), [])


@pytest.mark.parametrize("text", ["每季度召开一次", "每月报送", "3个月内完成", "3月起实施"])
def test_it_ignores_recurring_periods_and_durations(text):
    assert deadline(text) == (datetime.date(2024, 12, 31), [])


def test_it_turns_several_periods_into_milestones():
    due, milestones = deadline("一季度完成选址,二季度完成主体施工,年底前全面完成")
    assert due == datetime.date(2024, 12, 31)
    assert [(m.due.isoformat(), m.text) for m in milestones] == [
        ("2024-03-31", "一季度完成选址"),
        ("2024-06-30", "二季度完成主体施工"),
    ]


def test_it_lets_the_deadline_label_decide():
    due, milestones = deadline("一季度完成选址", label="2024年9月底前")
    assert due == datetime.date(2024, 9, 30)
    assert [m.due for m in milestones] == [datetime.date(2024, 3, 31)]


def targets(text):
    return [(t.metric, t.value, t.unit, t.comparator) for t in find_targets(normalize(text), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年全市预计投资5000万元,用于继续打造产业园", [("投资", 5000, "万元", ">=")]),
        ("今年计划新建5兆瓦光伏电站一处", [("新建光伏电站", 5, "兆瓦", ">=")]),
        ("城乡医保参保率达到90%以上。", [("城乡医保参保率", 90, "%", ">=")]),
        ("种植高标准大豆两千五百亩", [("种植高标准大豆", 2500, "亩", ">=")]),
        ("卫生厕所普及率达到百分之八十", [("卫生厕所普及率", 80, "%", ">=")]),
        ("失业率控制在3%以内", [("失业率", 3, "%", "<=")]),
        ("培训农户400余人", [("培训农户", 400, "人", ">=")]),
        ("新建3个产业园", [("新建产业园", 3, "个", ">=")]),
        ("完成IO0%全覆盖", [("全覆盖", 100, "%", ">=")]),
        ("年底前建成日处理能力200吨的污水处理厂", [("日处理能力", 200, "吨", ">=")]),
        ("改造农村危房不少于二十户", [("改造农村危房", 20, "户", ">=")]),
        ("化肥用量少于50吨", [("化肥用量", 50, "吨", "<=")]),
        ("铺设管网100o米", [("铺设管网", 1000, "米", ">=")]),
        ("種植高粱兩千五百畝", [("種植高粱", 2500, "亩", ">=")]),
    ],
)
def test_it_finds_targets(text, expected):
    assert targets(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "落实“1188”工作模式",
        "严格落实国务院安全生产15条硬措施",
        "扎实推进农村人居环境整治提升五年行动",
        "千方百计稳就业",
        "带动全镇走出一条发展之路",
        "重点抓好3个方面工作",
        "落实“三个缩短”",
        "学习《安全生产15条》",
        "第一，抓项目",
        "2024年,全镇",
        "做好“六稳”“六保”工作",
        "在去年700万元的基础上",
        "建设5G基站",
        "开工建设产业园二期",
        "贯彻党的二十大精神",
        "完成3个“一”建设",
        "建设24小时自助服务区",
        "开通12345热线",
        "覆盖全镇10个村",
    ],
)
def test_it_does_not_take_names_with_numbers_for_targets(text):
    assert targets(text) == []


def test_it_splits_sentences_but_not_inside_quotes():
    text = "牢固树立“马上就办。办就办好!”的理念;整治问题!推进建设。"
    view = normalize(text)
    assert [text[s:e] for s, e in split_sentences(view, 0, len(view))] == [
        "牢固树立“马上就办。办就办好!”的理念;",
        "整治问题!",
        "推进建设。",
    ]


def test_it_ignores_a_quote_that_never_closes():
    text = "当好靠前服务“店小二,为推动高质量发展提供坚强保障。再做一件事。"
    view = normalize(text)
    assert len(split_sentences(view, 0, len(view))) == 2


def test_it_joins_page_breaks_and_drops_boilerplate():
    raw = (
        "《讲话》由会员分享,可在线阅读,更多相关请在文库上搜索。\n"
        "1、" + "这是第一页的内容" * 12 + "，围\n2、绕几个产业园着重打造。\n"
    )
    text = clean(raw)
    assert "会员分享" not in text.clean
    assert "围绕几个产业园" in text.clean
    start = text.clean.index("绕")
    assert raw[text.offsets[start] - 2 : text.offsets[start]] == "2、"


def test_it_keeps_short_numbered_list_items():
    raw = "一、重点工作\n1、修缮道路。\n2、新建养老站。\n"
    assert clean(raw).clean == raw


def test_it_matches_departments_by_name_short_name_and_alias(catalog):
    assert match_department("经发办", catalog).name == "经济发展办公室"
    assert match_department("镇经济发展办公室", catalog).name == "经济发展办公室"
    assert match_department("综治中心", catalog).name == "平安建设办公室（综治中心）"
    assert match_department("县交通局", catalog) is None


def test_it_picks_owners_by_keyword_hits_then_priority(catalog):
    owners, warnings = assign_owners(
        "大力推进全民参保,城乡医保参保率达到90%以上", "", catalog, [], [], None
    )
    assert (owners.owner, owners.source, warnings) == ("社会事务办公室", "rule", [])
    owners, warnings = assign_owners("认真完成上级交办的任务", "", catalog, [], [], None)
    assert (owners.owner, owners.source, warnings) == ("党政综合办公室", "default", ["default"])


def test_it_lets_explicit_labels_win(catalog):
    owners, _ = assign_owners("推进垃圾分类", "", catalog, ["财政所"], ["经发办、各村"], "王镇长")
    assert (owners.owner, owners.co_owners, owners.source, owners.official) == (
        "财政所",
        ["经济发展办公室", "各村"],  # a group of co-owners is kept as written
        "explicit",
        "王镇长",
    )


def test_it_reads_owners_named_in_the_sentence(catalog):
    owners, _ = assign_owners("由经发办牵头,财政所配合,完成项目申报", "", catalog, [], [], None)
    assert (owners.owner, owners.co_owners, owners.source) == (
        "经济发展办公室",
        ["财政所"],
        "explicit",
    )
