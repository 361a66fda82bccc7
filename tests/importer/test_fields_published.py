"""Fields as published plans write them (issue 12): bare-year deadlines, every
count of a series, OCR digits, 百分之百, 公顷, 左右, and titles that say what
is pledged."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from commitments.importer.pipeline import make_title
from tests.importer.conftest import commitments_of
from tests.importer.unseen import day, targets_of


def pledge(parse, sentence: str, year: int = 2025):
    (only,) = commitments_of(parse(f"某镇{year}年工作要点\n（一）建设。{sentence}\n"))
    return only


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("力争2026年建成通车。", "2026-12-31"),
        ("新建污水处理厂一座，2027年完工。", "2027-12-31"),
        ("到2025年全面完成改造任务。", "2025-12-31"),
        ("2024年起实施垃圾分类。", "2025-12-31"),  # a start, not a deadline
    ],
)
def test_a_bare_year_with_a_completion_verb_is_a_deadline(parse, sentence, deadline):
    assert pledge(parse, sentence).deadline == day(deadline)


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("建设文化广场6个，农家书屋3个。", [(D(6), "个", ">="), (D(3), "个", ">=")]),
        ("打造省级示范村5个、市级示范村12个。", [(D(5), "个", ">="), (D(12), "个", ">=")]),
        ("新（改、扩）建养殖场4个。", [(D(4), "个", ">=")]),
        ("完成投资l.2亿元。", [(D("1.2"), "亿元", ">=")]),
        ("新建日光温室l5栋。", [(D(15), "栋", ">=")]),
        ("新修机耕路I2公里。", [(D(12), "公里", ">=")]),
        ("开展送戏下乡l00次。", [(D(100), "次", ">=")]),
        ("农民收入增长6队，年底前完成。", [(D(6), "%", ">=")]),
        ("卫生厕所普及率达到百分之百。", [(D(100), "%", ">=")]),
        ("完成退化林修复300公顷。", [(D(300), "公顷", ">=")]),
        ("完成固定资产投资5000万元左右。", [(D(5000), "万元", "=")]),
        ("组建志愿服务队6队，覆盖全镇10个村。", []),
    ],
)
def test_targets_as_published(parse, sentence, targets):
    assert targets_of(pledge(parse, sentence)) == targets


def test_about_is_flagged_approximate(parse):
    (target,) = pledge(parse, "粮食播种面积稳定在5万亩左右。").targets
    assert (target.comparator, target.approximate) == ("=", True)
    assert target.as_dict()["approximate"] is True


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "在发展农业产业的同时，要着重发展光伏产业，今年计划新建5兆瓦光伏电站一处，各村也要盘活闲置土地。",
            "新建5兆瓦光伏电站一处",
        ),
        ("坚持以民为本，以提升幸福感为目标，努力繁荣社会民生事业。", "繁荣社会民生事业"),
        ("利用近郊区位优势，围绕产业园打造“产业带”，投资5000万元。", "投资5000万元"),
        ("由镇农田建设股牵头、各村配合，建设高标准农田2万亩。", "建设高标准农田2万亩"),
        ("加快推进集镇污水管网建设，年底前完工。", "加快推进集镇污水管网建设"),
    ],
)
def test_a_title_says_what_is_pledged(text, title):
    assert make_title(text) == title


def test_a_long_heading_line_without_final_punctuation_stays_a_heading(parse):
    doc = parse(
        "某镇2025年工作要点\n"
        "（一）坚持以人民为中心的发展思想，持续加大民生投入力度，不断增强群众获得感幸福感安全感\n"
        "新建幼儿园1所。改造卫生院2处。\n"
        "（二）聚焦年度目标任务全力推进经济高质量发展和乡村全面振兴各项工作落地见效\n"
        "引进企业5家。\n"
    ).documents[0]
    assert [s.title for s in doc.sections] == [
        "坚持以人民为中心的发展思想，持续加大民生投入力度，不断增强群众获得感幸福感安全感",
        "聚焦年度目标任务全力推进经济高质量发展和乡村全面振兴各项工作落地见效",
    ]
    assert [len(s.commitments) for s in doc.sections] == [2, 1]
