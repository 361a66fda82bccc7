"""Plans as towns publish them (issue 12): the year is never a guess, and every
text shape — prose, a file that begins with its first part, inline lists,
scraped pages — yields the pledges an annotator would mark."""

from __future__ import annotations

import json
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from commitments.models import Plan
from tests.importer.unseen import counts, day, targets_of, titles


def test_it_finds_the_year_in_the_title_after_a_breadcrumb(parse):
    doc = parse(
        "首页 > 信息公开 > 计划总结\n某镇2025年工作计划\n"
        "（一）抓产业。新建蔬菜大棚20栋，6月底前完工。\n"
    ).documents[0]
    assert (doc.title, doc.plan_year) == ("某镇2025年工作计划", 2025)
    assert commitments_of_doc(doc)[0].deadline == day("2025-06-30")
    assert not any("年度" in w for w in doc.warnings)


def commitments_of_doc(doc):
    return [c for s in doc.sections for c in s.commitments]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("某镇 2025 年工作要点\n一、发展产业\n新建大棚10栋。\n", 2025),
        ("某镇工作要点\n2026年是“十五五”开局之年。\n一、发展产业\n新建大棚10栋。\n", 2026),
        (
            "某镇政府工作报告\n2024年镇政府工作的总体要求是：稳中求进。\n一、发展产业\n新建大棚10栋。\n",
            2024,
        ),
        ("索引号：001-2023-0001 时间：2023-01-05\n某乡2027年重点工作\n新建大棚10栋。\n", 2027),
    ],
)
def test_it_finds_the_year_however_the_document_states_it(parse, text, year):
    assert parse(text).documents[0].plan_year == year


def test_a_plan_without_a_year_has_none_and_says_so(parse):
    doc = parse("某镇工作要点\n一、发展产业\n新建大棚10栋，6月底前完工。\n").documents[0]
    assert doc.plan_year is None
    assert any("--year" in w for w in doc.warnings)
    assert commitments_of_doc(doc)[0].deadline is None  # 6月底 of which year? not guessed


def test_the_year_option_decides_when_the_document_is_silent(parse):
    doc = parse("某镇工作要点\n一、发展产业\n新建大棚10栋，6月底前完工。\n", year=2025).documents[0]
    assert doc.plan_year == 2025 and commitments_of_doc(doc)[0].deadline == day("2025-06-30")


@pytest.mark.django_db
def test_a_dry_run_reports_a_null_year_and_a_real_import_asks_for_one(departments, capsys):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "no-year.txt"
        path.write_text("某镇工作要点\n一、发展产业\n新建大棚10栋。\n", encoding="utf-8")
        call_command("import_plan", str(path), "--dry-run", "--format", "json")
        data = json.loads(capsys.readouterr().out)
        assert data["documents"][0]["plan_year"] is None
        assert data["documents"][0]["warnings"]
        with pytest.raises(CommandError) as caught:
            call_command("import_plan", str(path))
        assert "--year" in str(caught.value) and "\n" not in str(caught.value)
        assert not Plan.objects.exists()
        call_command("import_plan", str(path), "--year", "2025")
        assert Plan.objects.get().year == 2025


def test_unnumbered_prose_is_one_section_of_sentences(parse):
    doc = parse(
        "2025年乡村振兴重点事项\n"
        "今年新建村级光伏电站3座，年底前并网发电；改造农村公路12公里；新增公益性岗位40个。\n"
    ).documents[0]
    assert doc.plan_year == 2025 and counts(doc) == [3]
    first, roads, jobs = commitments_of_doc(doc)
    assert first.deadline == day("2025-12-31")
    assert targets_of(first) == [(Decimal(3), "座", ">=")]
    assert targets_of(roads) == [(Decimal(12), "公里", ">=")]
    assert targets_of(jobs) == [(Decimal(40), "个", ">=")]


def test_lead_sentences_open_the_sections_of_prose(parse):
    doc = parse(
        "某镇2025年工作计划\n"
        "加快产业发展。新建标准化厂房2万平方米；引进企业5家。\n"
        "改善人居环境。改造农村户厕300户，6月底前完成。\n"
    ).documents[0]
    assert titles(doc) == ["加快产业发展", "改善人居环境"] and counts(doc) == [2, 1]


def test_a_file_that_begins_with_its_first_part_plans_the_later_year(parse):
    doc = parse(
        "一、2024年工作情况\n新建村道5公里。\n二、2025年工作计划\n新建村道8公里。改造危桥2座。\n"
    ).documents[0]
    assert doc.title == "" and doc.plan_year == 2025
    assert [targets_of(c) for c in commitments_of_doc(doc)] == [
        [(Decimal(8), "公里", ">=")],
        [(Decimal(2), "座", ">=")],
    ]


def test_an_inline_list_is_the_pledges_of_one_section(parse):
    doc = parse(
        "二、2025年工作安排\n"
        "今年将办好以下实事：（1）新建公厕10座。（2）改造村道5公里。（3）新增停车位200个以上。\n"
    ).documents[0]
    assert counts(doc) == [3]
    assert [c.text for c in commitments_of_doc(doc)] == [
        "新建公厕10座。",
        "改造村道5公里。",
        "新增停车位200个以上。",
    ]


def test_page_furniture_is_never_a_pledge(parse):
    doc = parse(
        "当前位置：首页 > 政务公开 > 规划计划\n"
        "某镇2025年重点工作安排\n"
        "索引号：11410000-2025-00012 发布时间：2025-02-11\n"
        "一、新建村级光伏电站3座。\n"
        "二、改造农村公路12公里。\n"
        "责任编辑：张三\n"
        "扫一扫在手机打开当前页\n"
        "【打印本页】【关闭窗口】\n"
        "共0条评论\n"
        "豫公网安备 41010502000000号\n"
    ).documents[0]
    assert doc.title == "某镇2025年重点工作安排"
    assert [c.text for c in commitments_of_doc(doc)] == [
        "新建村级光伏电站3座。",
        "改造农村公路12公里。",
    ]


def test_a_truncated_speech_says_so_in_the_error(parse):
    from commitments.importer import PlanImportError

    with pytest.raises(PlanImportError) as caught:
        parse("镇长讲话\n同志们：\n一、2023年工作回顾\n完成税收700万元。\n", "cut.txt")
    assert "该讲话在工作安排部分之前结束" in str(caught.value)


def test_a_prose_review_is_not_a_plan(parse):
    from commitments.importer import PlanImportError

    with pytest.raises(PlanImportError) as caught:
        parse("某镇2024年工作总结\n全镇完成税收700万元，新建村道20公里。\n", "review.txt")
    assert "未找到工作安排部分" in str(caught.value)
