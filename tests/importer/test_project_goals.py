"""A 重点项目 plan's column of the year's goal under every usual name (blind19's 芦湾 plan:
``形象进度目标`` was not read as it, so the whole project's scale gave targets beside the year's).

SPEC §3: in a project plan the year's goal column holds the targets; the whole project's scale
(建设内容及规模) and total (总投资) give none beside it. The plans below are written here, in
Word, Excel, CSV and PDF, with the goal column named each usual way a town names it, the money
unit in the header's brackets or in a ``单位：万元`` line above, with and without 建设年限 and
group rows. A count a project states twice (its scale and its goal, or the goal again) is one
target; a town's measure words for courts, wells and sets of machines (片, 眼, 口, 台套) count.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import cjk_font, xlsx

#: 项目名称, the whole scale, 建设年限, 总投资, the year's investment, the year's goal, 责任单位
PROJECTS = [
    (
        "东港污水处理厂提标改造工程",
        "新建深度处理单元，处理规模2万吨/日，配套截污管网15公里",
        "2036—2037",
        "18000",
        "5000",
        "完成配套截污管网6公里。9月底前投入运行。",
        "环保办、东港水务有限公司",
    ),
    (
        "西山村综合文体中心",
        "建设文体中心3500平方米，灯光篮球场3片，门球场2片",
        "2036",
        "2600",
        "2600",
        "建成文体中心主体，完成灯光篮球场3片",
        "社事办",
    ),
    (
        "高效节水灌溉示范项目",
        "新打机井40眼，铺设输水管道60公里，发展高效节水灌溉1.5万亩",
        "2035—2037",
        "9000",
        "3000",
        "新打机井25眼，整修山塘4口，发展高效节水灌溉6000亩",
        "农业办、水利站",
    ),
    (
        "农机综合服务中心",
        "新建机库及烘干车间8000平方米，购置各类农机具120台套",
        "2036—2038",
        "4200",
        "1500",
        "购置农机设备40台套，年底前2座烘干塔投用",
        "农业办",
    ),
]
#: What each project's year gives, in order: the year's investment, then the goal's counts;
#: never the scale's (2 万吨/日, 15 公里, 3500 平方米, 2 片, 40 眼, 60 公里, 1.5 万亩, 8000
#: 平方米, 120 台套) nor the total.
WANT = [
    [(Decimal(5000), "万元"), (Decimal(6), "公里")],
    [(Decimal(2600), "万元"), (Decimal(3), "片")],
    [(Decimal(3000), "万元"), (Decimal(25), "眼"), (Decimal(4), "口"), (Decimal(6000), "亩")],
    [(Decimal(1500), "万元"), (Decimal(40), "台套"), (Decimal(2), "座")],
]
SCALE_WORDS = ["2万吨/日", "15公里", "3500平方米", "40眼", "1.5万亩", "120台套"]

#: the year's goal column, named as towns name it
GOAL_NAMES = [
    "形象进度目标",
    "年度形象进度",
    "2036年形象进度",
    "2036年度形象进度目标",
    "计划形象进度",
    "形象进度计划",
    "年度目标任务",
    "年度建设目标",
    "年度建设任务",
    "年内完成内容",
    "本年度目标",
    "计划完成内容",
    "2036年建设内容",
    "2036年计划完成内容",
    "今年目标任务",
]


def _header(goal: str, unit_in_header: bool, years: bool) -> list[str]:
    money = "（万元）" if unit_in_header else ""
    return [
        "序号",
        "项目名称",
        "建设内容及规模",
        *(["建设年限"] if years else []),
        f"总投资{money}",
        f"2036年计划投资{money}",
        goal,
        "责任单位",
        "包抓领导",
    ]


def _row(number: int, project: tuple[str, ...], years: bool) -> list[str]:
    name, scale, span, total, year_money, goal, units = project
    return [
        str(number),
        name,
        scale,
        *([span] if years else []),
        total,
        year_money,
        goal,
        units,
        "韩立新",
    ]


def _table(goal: str, unit_in_header: bool, years: bool, groups: bool) -> list[list[str]]:
    header = _header(goal, unit_in_header, years)
    rows = [header]
    for number, project in enumerate(PROJECTS, start=1):
        if groups and number in (1, 3):
            label = "一、基础设施项目（2个）" if number == 1 else "二、农业农村项目（2个）"
            rows.append([label] * len(header))
        rows.append(_row(number, project, years))
    return rows


def _above(unit_in_header: bool) -> list[str]:
    return ["青禾镇2036年重点项目建设计划", *([] if unit_in_header else ["单位：万元"])]


def _docx(goal: str, unit_in_header: bool, years: bool, groups: bool) -> bytes:
    import docx

    document = docx.Document()
    for line in _above(unit_in_header):
        document.add_paragraph(line)
    rows = _table(goal, unit_in_header, years, groups)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        if len(set(values)) == 1:  # a group row merged across
            row.cells[0].merge(row.cells[-1]).text = values[0]
            continue
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _xlsx(goal: str, unit_in_header: bool, years: bool, groups: bool) -> bytes:
    """As an office leaves it: the lines above and the group rows merged across, the numbers
    real numbers."""
    rows = _table(goal, unit_in_header, years, groups)
    width = len(rows[0])
    lines = [[line] + [""] * (width - 1) for line in _above(unit_in_header)]
    lines += [row if len(set(row)) > 1 else [row[0]] + [""] * (width - 1) for row in rows]
    last = chr(ord("A") + width - 1)
    merges = [f"A{n}:{last}{n}" for n, row in enumerate(lines, start=1) if not any(row[1:])]
    sheet = [[int(v) if v.isdigit() else v for v in row] for row in lines]
    return xlsx({"重点项目": sheet}, {"重点项目": merges})


def _csv(goal: str, unit_in_header: bool, years: bool, groups: bool) -> bytes:
    rows = _table(goal, unit_in_header, years, groups)
    width = len(rows[0])
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for line in _above(unit_in_header):
        writer.writerow([line] + [""] * (width - 1))
    for row in rows:
        writer.writerow(row if len(set(row)) > 1 else [row[0]] + [""] * (width - 1))
    return buffer.getvalue().encode("utf-8")


def _pdf(goal: str, unit_in_header: bool, years: bool, groups: bool) -> bytes:
    """A landscape A4 page with a text layer: the lines above, then the ruled table."""
    from fpdf import FPDF

    document = FPDF(orientation="L", format="A4")
    document.add_font("wqy", fname=cjk_font())
    document.set_font("wqy", size=8)
    document.add_page()
    for line in _above(unit_in_header):
        document.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    rows = _table(goal, unit_in_header, years, False)
    widths = tuple(max(8, min(len(max(col, key=len)), 24)) for col in zip(*rows, strict=True))
    with document.table(col_widths=widths, text_align="LEFT", first_row_as_headings=False) as t:
        for values in rows:
            row = t.row()
            for value in values:
                row.cell(value)
    return bytes(document.output())


def _markdown(goal: str, unit_in_header: bool, years: bool, groups: bool) -> bytes:
    """A Markdown table under the title and the ``单位：万元`` line (a blank line between)."""
    rows = _table(goal, unit_in_header, years, False)
    lines = [f"# {_above(unit_in_header)[0]}", "", *_above(unit_in_header)[1:], ""]
    lines.append("| " + " | ".join(rows[0]) + " |")
    lines.append("|" + "---|" * len(rows[0]))
    lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(lines).encode("utf-8")


def _html(goal: str, unit_in_header: bool, years: bool, groups: bool) -> bytes:
    """A page: the title, the ``单位：万元`` paragraph, the table with group rows spanning it."""
    rows = _table(goal, unit_in_header, years, groups)
    width = len(rows[0])

    def tr(row: list[str]) -> str:
        if len(set(row)) == 1:
            return f'<tr><td colspan="{width}">{row[0]}</td></tr>'
        return "<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>"

    above = "".join(f"<p>{line}</p>" for line in _above(unit_in_header)[1:])
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>重点项目</title></head><body>'
        f"<article><h1>{_above(unit_in_header)[0]}</h1>{above}"
        f"<table>{''.join(tr(r) for r in rows)}</table></article></body></html>"
    ).encode()


#: layout → (builder, file name, unit in the header's brackets, 建设年限, group rows)
LAYOUTS = {
    "Word, 单位：万元 above, 建设年限, group rows merged across": (
        _docx,
        "青禾镇2036年重点项目建设计划.docx",
        False,
        True,
        True,
    ),
    "Word, units in the header, no 建设年限, no groups": (
        _docx,
        "重点项目.docx",
        True,
        False,
        False,
    ),
    "Excel, units in the header, 建设年限, group rows merged": (
        _xlsx,
        "重点项目计划.xlsx",
        True,
        True,
        True,
    ),
    "Excel, 单位：万元 above, no 建设年限": (_xlsx, "重点项目计划.xlsx", False, False, False),
    "CSV, 单位：万元 above, group rows in their first cell": (
        _csv,
        "重点项目计划.csv",
        False,
        True,
        True,
    ),
    "PDF, units in the header, 建设年限": (_pdf, "重点项目计划.pdf", True, True, False),
    "Markdown, 单位：万元 above, 建设年限": (_markdown, "重点项目计划.md", False, True, False),
    "a web page, 单位：万元 above, group rows spanning it": (
        _html,
        "重点项目计划.html",
        False,
        False,
        True,
    ),
}


def _parse(parse, layout: str, goal: str):
    build, name, unit_in_header, years, groups = LAYOUTS[layout]
    return parse(build(goal, unit_in_header, years, groups), name)


def _values(pledge) -> list[tuple[Decimal, str]]:
    return sorted(((t.value, t.unit) for t in pledge.targets), key=lambda v: (v[1], v[0]))


def _want(n: int) -> list[tuple[Decimal, str]]:
    return sorted(WANT[n], key=lambda v: (v[1], v[0]))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_years_goal_column_gives_the_targets_in_every_format(parse, layout):
    pledges = commitments_of(_parse(parse, layout, "形象进度目标"))
    assert [p.text.split("，")[0] for p in pledges] == [p[0] for p in PROJECTS]
    assert [_values(p) for p in pledges] == [_want(n) for n in range(len(PROJECTS))]
    # the whole scale is no part of the pledge: its numbers are nowhere in the text
    assert not [w for p in pledges for w in SCALE_WORDS if w in p.text]
    # the lead first (the catalog's name for it), the others co-own; the 包抓领导 is no owner
    assert [(p.owner, p.co_owners) for p in pledges] == [
        ("生态环境办公室", ["东港水务有限公司"]),
        ("社会事务办公室", []),
        ("农业农村办公室", ["水利站"]),
        ("农业农村办公室", []),
    ]
    # 建设年限 (2036—2037) is no deadline: the goal's closing time or the year's end
    assert [str(p.deadline) for p in pledges] == ["2036-09-30"] + ["2036-12-31"] * 3


@pytest.mark.parametrize("goal", GOAL_NAMES)
def test_every_usual_name_of_the_years_goal_is_read_as_it(parse, goal):
    for layout in (
        "Word, 单位：万元 above, 建设年限, group rows merged across",
        "CSV, 单位：万元 above, group rows in their first cell",
    ):
        pledges = commitments_of(_parse(parse, layout, goal))
        assert [_values(p) for p in pledges] == [_want(n) for n in range(len(PROJECTS))], layout
        assert not [w for p in pledges for w in SCALE_WORDS if w in p.text], layout


def test_a_bare_progress_column_in_a_report_stays_progress_made(parse):
    """``形象进度`` alone reports what stands (a 督办 report's column): its numbers are no
    target, while the year's goal beside it gives them."""
    rows = [
        ["序号", "项目名称", "年度目标", "形象进度", "责任单位"],
        ["1", "南湖路改造工程", "改造道路2.4公里", "已完成1.1公里，完成投资800万元", "村镇建设办"],
    ]
    (pledge,) = commitments_of(parse(xlsx({"进度": rows}), "重点项目进度表.xlsx"))
    assert _values(pledge) == [(Decimal("2.4"), "公里")]


@pytest.mark.parametrize(
    "scale, goal",
    [
        ("改造供水管网12公里，新建蓄水池2座", "改造供水管网12公里、新建蓄水池2座"),
        ("建设标准化厂房2万平方米", "完成标准化厂房2万平方米主体，年底前交付使用"),
        ("新建养老床位60张", "设置养老床位60张。10月底前投入运营。"),
    ],
)
def test_a_count_stated_in_the_scale_and_the_goal_is_one_target(parse, scale, goal):
    """Without a name column the scale names the project and stays its text: a count it states
    again in the year's goal is still one target."""
    rows = [
        ["序号", "建设内容及规模", "年度建设任务", "责任单位"],
        ["1", scale, goal, "经发办"],
    ]
    (pledge,) = commitments_of(parse(xlsx({"项目": rows}), "项目计划.xlsx"))
    counts = [(t.value, t.unit) for t in pledge.targets]
    assert len(counts) == len(set(counts)) >= 1


@pytest.mark.parametrize(
    "text, want",
    [
        # repeated in one goal: once
        ("幼儿园扩建，可提供学位360个，新增学位360个。", [(360, "个")]),
        ("新建公厕8座，年底前公厕8座全部建成。", [(8, "座")]),
        # equal counts of different things, or of different times: each its own
        ("改造小区3个，新建公园3个。", [(3, "个"), (3, "个")]),
        ("一季度新建公厕3座，三季度新建公厕3座。", [(3, "座"), (3, "座")]),
    ],
)
def test_a_pledges_targets_are_distinct(parse, text, want):
    pledges = commitments_of(parse(f"2036年工作要点\n一、重点工作\n1.{text}（责任单位：经发办）\n"))
    assert [(t.value, t.unit) for t in pledges[0].targets] == [(Decimal(v), u) for v, u in want]


@pytest.mark.parametrize(
    "text, want",
    [
        ("建设灯光球场4片、健身步道2.5公里", [(4, "片"), (Decimal("2.5"), "公里")]),
        ("新打机井12眼，整治山塘5口", [(12, "眼"), (5, "口")]),
        ("购置农机设备20台套，配备植保无人机5架", [(20, "台套"), (5, "架")]),
        ("更换路灯杆200根，设置警示标志60块", [(200, "根"), (60, "块")]),
    ],
)
def test_a_towns_measure_words_count(parse, text, want):
    pledges = commitments_of(
        parse(f"2036年工作要点\n一、重点工作\n1.{text}。（责任单位：经发办）\n")
    )
    assert [(t.value, t.unit) for t in pledges[0].targets] == [(Decimal(v), u) for v, u in want]


@pytest.mark.parametrize("money", ["2036年计划完成投资（万元）", "年度计划完成投资（万元）"])
def test_the_years_planned_completed_investment_is_the_years_money(parse, money):
    """``计划完成投资`` of the year is its money line, beside which the total gives none."""
    rows = [
        ["序号", "项目名称", "建设规模", "总投资（万元）", money, "年度形象进度", "责任单位"],
        [
            "1",
            "北环路提升改造工程",
            "改造道路5.6公里",
            "7200",
            "3100",
            "完成沥青路面2.8公里",
            "村镇建设办",
        ],
    ]
    (pledge,) = commitments_of(parse(xlsx({"项目": rows}), "项目计划.xlsx"))
    assert _values(pledge) == [(Decimal(3100), "万元"), (Decimal("2.8"), "公里")]


@pytest.mark.parametrize(
    "text, want",
    [
        ("新建标准厂房2万平方米，9月底前完成二期道路及管网配套", [(2, "万平方米")]),
        ("推进物流园三期工程建设，建成二期冷库3栋", [(3, "栋")]),
        ("举办电商培训班4期，培训农民300人次", [(4, "期"), (300, "人次")]),
        ("开展农技讲座6期", [(6, "期")]),
    ],
)
def test_a_phase_names_what_follows_it_while_sessions_count(parse, text, want):
    pledges = commitments_of(
        parse(f"2036年工作要点\n一、重点工作\n1.{text}。（责任单位：经发办）\n")
    )
    assert [(t.value, t.unit) for t in pledges[0].targets] == [(Decimal(v), u) for v, u in want]
