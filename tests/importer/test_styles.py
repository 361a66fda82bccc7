"""Documents written for the tests, one rule each (SPEC §3): numbering styles,
labelled items, sentences, several speeches, truncation."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of

SPEECH = """在全镇2025年经济工作会议上的讲话
同志们：
今天召开会议，总结2024年工作，部署2025年工作。
一、2024年工作回顾
全年完成税收800万元，建成光伏电站2处。
二、2025年工作安排
2025年工作的总体要求是：稳中求进。
{body}
同志们！新的一年任务艰巨，让我们团结奋斗！谢谢大家！
"""

STYLES = {
    "paren": "（一）狠抓项目建设。新建产业园3个。招商引资5000万元。\n"
    "（二）抓好民生保障。城乡医保参保率达到95%以上。",
    "paren_half": "(一)狠抓项目建设。新建产业园3个。招商引资5000万元。\n"
    "(二)抓好民生保障。城乡医保参保率达到95%以上。",
    "shi": "一是狠抓项目建设。新建产业园3个；招商引资5000万元。"
    "二是抓好民生保障。城乡医保参保率达到95%以上。",
    "arabic_dot": "1.狠抓项目建设\n新建产业园3个。招商引资5000万元。\n"
    "2.抓好民生保障\n城乡医保参保率达到95%以上。",
    "arabic_dun": "1、狠抓项目建设。新建产业园3个。招商引资5000万元。\n"
    "2、抓好民生保障。城乡医保参保率达到95%以上。",
    "di": "第一，狠抓项目建设。新建产业园3个。招商引资5000万元。"
    "第二，抓好民生保障。城乡医保参保率达到95%以上。",
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_it_recognizes_each_numbering_style(parse, style):
    parsed = parse(SPEECH.format(body=STYLES[style]))
    doc = parsed.documents[0]
    assert doc.has_arrangement and doc.plan_year == 2025
    assert [(s.number, s.title) for s in doc.sections] == [(1, "狠抓项目建设"), (2, "抓好民生保障")]
    texts = [[c.text for c in s.commitments] for s in doc.sections]
    assert [t.rstrip("。；;") for t in texts[0]] == ["新建产业园3个", "招商引资5000万元"]
    assert texts[1] == ["城乡医保参保率达到95%以上。"]
    assert doc.sections[0].commitments[1].code == "2025-01-02"


def test_it_uses_the_first_clause_as_title_when_a_section_starts_with_a_pledge(parse):
    body = "一是加快推进产业园二期建设，6月底前完成主体工程。二是新建村级养老服务站2处。"
    doc = parse(SPEECH.format(body=body)).documents[0]
    assert [s.title for s in doc.sections] == ["加快推进产业园二期建设", "新建村级养老服务站2处"]
    first = doc.sections[0].commitments[0]
    assert first.text == "加快推进产业园二期建设，6月底前完成主体工程。"
    assert first.deadline == datetime.date(2025, 6, 30)


def test_it_does_not_end_a_sentence_inside_quotes(parse):
    body = "（一）抓作风。牢固树立“马上就办。办就办好！”的理念，推进作风建设。整治“庸懒散”问题。"
    doc = parse(SPEECH.format(body=body)).documents[0]
    assert [c.text for c in doc.sections[0].commitments] == [
        "牢固树立“马上就办。办就办好！”的理念，推进作风建设。",
        "整治“庸懒散”问题。",
    ]


def test_it_leaves_closing_remarks_out_of_every_section(parse):
    doc = parse(SPEECH.format(body=STYLES["paren"])).documents[0]
    texts = [c.text for c in commitments_of(parse(SPEECH.format(body=STYLES["paren"])))]
    assert not any("同志们" in t or "谢谢" in t or "团结奋斗" in t for t in texts)
    assert len(doc.sections) == 2


def test_it_does_not_take_the_review_for_the_plan(parse):
    targets = [
        t for c in commitments_of(parse(SPEECH.format(body=STYLES["paren"]))) for t in c.targets
    ]
    assert Decimal(800) not in [t.value for t in targets]


LABELLED = """XX镇2025年重点工作任务清单
一、经济发展
1. 新建5兆瓦分布式光伏电站一处，一季度完成选址，二季度完成并网手续，年底前全面建成。
牵头单位：经济发展办公室
配合单位：自然资源所、财政所
责任领导：李副镇长
完成时限：2025年12月31日前
2. 招引亿元以上项目3个。
责任单位：经发办（牵头）、便民服务中心
完成时限：2025年11月底前
二、乡村振兴
1. 种植高标准大豆两千五百亩。
责任单位：农业农村办公室
完成时限：三季度末
"""


def test_it_makes_one_commitment_per_labelled_item(parse):
    doc = parse(LABELLED).documents[0]
    assert [s.title for s in doc.sections] == ["经济发展", "乡村振兴"]
    first, second = doc.sections[0].commitments
    assert first.text == (
        "新建5兆瓦分布式光伏电站一处，一季度完成选址，二季度完成并网手续，年底前全面建成。"
    )
    assert (first.owner, first.co_owners, first.official, first.owner_source) == (
        "经济发展办公室",
        ["自然资源所", "财政所"],
        "李副镇长",
        "explicit",
    )
    assert first.deadline == datetime.date(2025, 12, 31)
    assert [(m.due, m.text) for m in first.milestones] == [
        (datetime.date(2025, 3, 31), "一季度完成选址"),
        (datetime.date(2025, 6, 30), "二季度完成并网手续"),
    ]
    assert (second.owner, second.co_owners) == ("经济发展办公室", ["便民服务中心"])
    assert second.deadline == datetime.date(2025, 11, 30)
    soy = doc.sections[1].commitments[0]
    assert soy.deadline == datetime.date(2025, 9, 30)
    assert [(t.value, t.unit) for t in soy.targets] == [(Decimal(2500), "亩")]


CONTINUED_NUMBERING = """2025年重点工作任务
一、项目建设
1. 完成产业园区道路硬化工程，新建道路3.5公里。
责任单位：经济发展办
完成时限：6月30日前
二、民生保障
2. 新增城镇就业岗位一百五十个。
责任单位：社会事务办
完成时限：三季度末
3. 改造农村危房不少于二十户，上半年完成摸底排查。
责任单位：农业农村办；自然资源所
完成时限：10月31日前
"""


def test_it_keeps_items_whose_numbering_continues_from_the_previous_section(parse):
    doc = parse(CONTINUED_NUMBERING).documents[0]
    assert [len(s.commitments) for s in doc.sections] == [1, 2]
    houses = doc.sections[1].commitments[1]
    assert houses.text == "改造农村危房不少于二十户，上半年完成摸底排查。"
    assert (houses.owner, houses.co_owners) == ("农业农村办公室", ["自然资源所"])
    assert houses.deadline == datetime.date(2025, 10, 31)
    assert [(m.due, m.text) for m in houses.milestones] == [
        (datetime.date(2025, 6, 30), "上半年完成摸底排查")
    ]
    assert [(t.metric, t.value, t.comparator) for t in houses.targets] == [
        ("改造农村危房", Decimal(20), ">=")
    ]


def test_it_reads_a_flat_list_of_labelled_items_as_one_section(parse):
    text = (
        "2025年重点工作\n1、修缮村级道路10公里。\n责任单位：党政办\n完成时限：6月底前\n"
        "2、新建养老服务站2处。\n责任单位：社会事务办\n完成时限：10月31日前\n"
    )
    doc = parse(text, year=2025).documents[0]
    assert len(doc.sections) == 1
    items = doc.sections[0].commitments
    assert [c.text for c in items] == ["修缮村级道路10公里。", "新建养老服务站2处。"]
    assert [c.deadline for c in items] == [datetime.date(2025, 6, 30), datetime.date(2025, 10, 31)]
    assert [c.owner for c in items] == ["党政综合办公室", "社会事务办公室"]


def test_it_reads_inline_labels_in_brackets(parse):
    body = "（一）人居环境。推进垃圾分类（牵头单位：环保办；配合单位：财政所；完成时限：9月底前）。"
    doc = parse(SPEECH.format(body=body)).documents[0]
    item = doc.sections[0].commitments[0]
    assert (item.owner, item.co_owners, item.owner_source) == (
        "生态环境办公室",
        ["财政所"],
        "explicit",
    )
    assert item.deadline == datetime.date(2025, 9, 30)
    assert "牵头单位" not in item.text


def test_it_splits_several_speeches_and_reports_truncation(parse):
    second = SPEECH.format(body=STYLES["shi"]).replace("2025", "2026").replace("2024", "2025")
    truncated = "镇长在总结会上的讲话\n同志们：\n一、2023年工作回顾\n全年完成投资1亿元。"
    parsed = parse(SPEECH.format(body=STYLES["paren"]) + second + truncated)
    assert [d.plan_year for d in parsed.documents] == [2025, 2026, 2024]
    assert [d.has_arrangement for d in parsed.documents] == [True, True, False]
    assert parsed.documents[1].title == "在全镇2026年经济工作会议上的讲话"
    assert commitments_of(parsed, 1)[0].code == "2026-01-01"
    assert parsed.documents[2].warnings and not parsed.documents[2].sections


def test_it_finds_the_arrangement_under_next_steps(parse):
    text = (
        "关于2024年工作情况的报告\n一、主要工作完成情况\n建成产业园1个。\n"
        "二、存在的问题\n项目储备不足。\n三、下一步工作打算\n"
        "（一）抓项目。储备项目20个。\n（二）抓民生。新增就业300人。\n"
    )
    doc = parse(text).documents[0]
    assert doc.plan_year == 2025
    assert [s.title for s in doc.sections] == ["抓项目", "抓民生"]
    assert [t.value for c in doc.commitments() for t in c.targets] == [20, 300]


def test_it_assigns_the_default_department_with_a_warning(parse):
    body = "（一）其他工作。认真完成上级交办的各项任务。"
    doc = parse(SPEECH.format(body=body)).documents[0]
    item = doc.sections[0].commitments[0]
    assert (item.owner, item.owner_source) == ("党政综合办公室", "default")
    assert any("2025-01-01" in w and "默认单位" in w for w in doc.warnings)
