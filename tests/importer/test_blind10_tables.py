# ruff: noqa: E501  (table rows in Chinese run past the line limit)
"""Kinds of fault the tenth blind set found in tables and items: a 推进计划表 whose project spans
several node rows (前期手续/开工建设/… each with its 计划时间, the project's cells merged over
them, or blank under it in a CSV), and an amount stated twice in one item. Each is written again
in layouts and wordings of its own: none of these tables copies a blind one."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of

HEADER = [
    "序号",
    "项目名称",
    "建设内容",
    "总投资（万元）",
    "2031年计划投资（万元）",
    "推进节点",
    "计划时间",
    "形象进度",
    "责任单位",
    "配合单位",
]
#: project cells: 序号, 项目名称, 建设内容, 总投资, 年度计划投资, then nodes, then owners
PROJECTS = [
    (
        ["1", "城东污水处理厂扩建", "新增日处理能力2万吨", "8000", "3000"],
        [
            ("前期手续", "2031年3月", "完成环评批复"),
            ("开工建设", "2031年5月", "进场施工"),
            ("竣工验收", "2031年11月底前", "通水运行"),
        ],
        ["县住建局", "县生态环境局"],
    ),
    (
        ["2", "乡村道路提升工程", "改造农村公路45公里", "2600", "2600"],
        [
            ("开工建设", "2031年4月", "完成招标"),
            ("主体完工", "2031年8月", "路基完成"),
            ("竣工验收", "2031年10月底前", "通车"),
        ],
        ["县交通运输局", "各乡镇"],
    ),
]


def _xlsx(rows: list[list[str]], merges: list[str]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _node_rows(blank_under: bool) -> list[list[str]]:
    rows: list[list[str]] = []
    for project, nodes, owners in PROJECTS:
        for n, node in enumerate(nodes):
            keep = n == 0 or not blank_under
            rows.append([*(project if keep else [""] * 5), *node, *(owners if keep else ["", ""])])
    return rows


def _merged_xlsx() -> bytes:
    rows = [["2031年重点项目推进计划表"], HEADER, *_node_rows(blank_under=True)]
    merges = []
    top = 3
    for _project, nodes, _owners in PROJECTS:
        bottom = top + len(nodes) - 1
        merges += [f"{c}{top}:{c}{bottom}" for c in "ABCDEIJ"]
        top = bottom + 1
    return _xlsx(rows, merges)


def _csv() -> bytes:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["2031年重点项目推进计划表"])
    writer.writerow(HEADER)
    writer.writerows(_node_rows(blank_under=True))
    return buffer.getvalue().encode("utf-8")


LAYOUTS = {
    "an Excel sheet, the project's cells merged over its node rows": (
        _merged_xlsx,
        "推进计划.xlsx",
    ),
    "a CSV, the project's cells blank on its continuation rows": (_csv, "推进计划.csv"),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_project_over_its_node_rows_is_one_pledge_due_at_its_last_node(parse, layout):
    build, name = LAYOUTS[layout]
    found = commitments_of(parse(build(), name))
    assert len(found) == 2
    plant, road = found
    assert "城东污水处理厂扩建" in plant.text and "乡村道路提升工程" in road.text
    assert plant.deadline == datetime.date(2031, 11, 30)
    assert road.deadline == datetime.date(2031, 10, 31)
    assert [(m.due, m.text) for m in plant.milestones] == [
        (datetime.date(2031, 3, 31), "2031年3月前期手续"),
        (datetime.date(2031, 5, 31), "2031年5月开工建设"),
    ]
    assert [m.due for m in road.milestones] == [
        datetime.date(2031, 4, 30),
        datetime.date(2031, 8, 31),
    ]
    assert (plant.owner, plant.co_owners) == ("县住建局", ["县生态环境局"])
    assert road.co_owners


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_total_investment_is_no_target_beside_the_years_plan(parse, layout):
    build, name = LAYOUTS[layout]
    plant, road = commitments_of(parse(build(), name))
    assert [(t.value, t.unit) for t in plant.targets] == [
        (Decimal("2"), "万吨"),
        (Decimal("3000"), "万元"),
    ]
    assert [(t.value, t.unit) for t in road.targets] == [
        (Decimal("45"), "公里"),
        (Decimal("2600"), "万元"),
    ]


def test_two_projects_of_the_same_name_in_separate_merges_stay_two(parse):
    rows = [HEADER]
    for n in (1, 2):
        rows.append(
            [
                str(n),
                "村级活动场所改造",
                "改造活动场所3处",
                "300",
                "300",
                "开工建设",
                "2031年3月",
                "",
                "县民政局",
                "",
            ]
        )
        rows.append(
            [
                str(n),
                "村级活动场所改造",
                "改造活动场所3处",
                "300",
                "300",
                "竣工验收",
                "2031年9月",
                "",
                "县民政局",
                "",
            ]
        )
    merges = [f"{c}{top}:{c}{top + 1}" for top in (2, 4) for c in "ABCDEI"]
    found = commitments_of(parse(_xlsx(rows, merges), "项目.xlsx"))
    assert len(found) == 2
    assert all(c.deadline == datetime.date(2031, 9, 30) for c in found)


def test_a_plain_project_table_keeps_a_pledge_per_row(parse):
    rows = [
        ["序号", "项目名称", "计划投资（万元）", "责任单位", "完成时限"],
        ["1", "新建公园2个", "500", "县住建局", "2031年6月底前"],
        ["2", "新建公园2个", "500", "县住建局", "2031年9月底前"],
    ]
    found = commitments_of(parse(_xlsx(rows, []), "项目.xlsx"))
    assert [c.deadline for c in found] == [datetime.date(2031, 6, 30), datetime.date(2031, 9, 30)]


ITEMS = {
    "the amount in a 项目投资 line after the 建设内容": (
        "2031年为民办实事\n一、社区食堂建设\n建设内容：新建社区食堂4个。\n项目投资：约200万元。\n责任单位：县民政局\n完成时间：2031年9月底前\n",
        [(Decimal("4"), "个"), (Decimal("200"), "万元")],
    ),
    "the amount in the 建设内容 and again in a 项目投资 line": (
        "2031年为民办实事\n一、背街小巷改造\n建设内容：改造背街小巷6条，共150万元。\n项目投资：150万元\n责任单位：县住建局\n完成时间：2031年11月底前\n",
        [(Decimal("6"), "条"), (Decimal("150"), "万元")],
    ),
}


@pytest.mark.parametrize("wording", ITEMS)
def test_an_amount_stated_twice_in_one_item_is_one_target(parse, wording):
    text, expected = ITEMS[wording]
    (item,) = commitments_of(parse(text))
    assert sorted((t.value, t.unit) for t in item.targets) == sorted(expected)


def test_counts_stated_again_for_other_steps_are_kept(parse):
    text = "2031年工作要点\n1. 新建村卫生室6个，一季度完成3个，二季度完成3个。（县卫健局负责，2031年6月底前）\n"
    (item,) = commitments_of(parse(text))
    assert [(t.value, t.unit) for t in item.targets].count((Decimal("3"), "个")) == 2
