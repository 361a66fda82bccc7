"""Faults the blind documents found, each on a document of its own kind (not the blind ones)."""

from __future__ import annotations

import io

import openpyxl


def _pledges(parsed):
    return [c for d in parsed.documents if d.has_arrangement for c in d.commitments()]


def _targets(pledge) -> list[tuple[str, str, str]]:
    return [(format(t.value.normalize(), "f"), t.unit, t.comparator) for t in pledge.targets]


def test_a_ledger_headed_zhongdian_gongzuo_is_read_by_its_columns(parse):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["石桥镇2025年重点工作台账"])
    sheet.append(["序号", "重点工作", "牵头单位", "完成时限"])
    sheet.append([1, "新建村级文化广场3个", "文化站", "2025年9月30日"])
    buffer = io.BytesIO()
    book.save(buffer)
    (pledge,) = _pledges(parse(buffer.getvalue(), "台账.xlsx"))
    assert pledge.text == "新建村级文化广场3个"
    assert pledge.owner == "文化站" and pledge.deadline.isoformat() == "2025-09-30"


def test_an_owner_cell_merged_down_a_markdown_table_owns_each_row(parse):
    text = (
        "# 2025年民生实事\n\n| 序号 | 类别 | 项目内容 | 责任单位 |\n|---|---|---|---|\n"
        "| 1 | 养老 | 新建幸福院2个 | 社会事务办 |\n| 2 |  | 新增养老床位30张 |  |\n"
        "| 3 | 水利 | 新建山塘5座 | 水利站 |\n"
    )
    owners = [c.owner for c in _pledges(parse(text, "实事.md"))]
    assert owners == ["社会事务办公室", "社会事务办公室", "水利站"]


def test_counts_after_a_verb_the_list_lacked_or_before_the_verb_they_serve(parse):
    text = (
        "2025年工作安排\n一是新开通镇村公交线路2条。二是为300户脱贫户发放产业补贴。"
        "三是完成全乡8个村的饮水管网改造。\n"
    )
    assert [_targets(c) for c in _pledges(parse(text, "plan.txt"))] == [
        [("2", "条", ">=")],
        [("300", "户", ">=")],
        [("8", "个", ">=")],
    ]


def test_a_range_that_repeats_its_unit_is_one_target_at_its_low_end(parse):
    text = "2025年工作安排\n一是种植油菜3000亩至5000亩。\n"
    (pledge,) = _pledges(parse(text, "plan.txt"))
    assert _targets(pledge) == [("3000", "亩", ">=")]


def test_a_news_report_ends_its_list_at_a_leaders_remark(parse):
    text = (
        "新闻中心\n柳林乡部署2025年工作\n记者从会上获悉，2025年柳林乡将重点抓好以下工作：\n"
        "一是新建蔬菜大棚50座。\n二是改造农村危房20户。\n"
        "乡党委书记赵强表示，全乡上下要真抓实干，确保各项任务落到实处。\n"
    )
    texts = [c.text for c in _pledges(parse(text, "news.txt"))]
    assert texts == ["新建蔬菜大棚50座。", "改造农村危房20户。"]
