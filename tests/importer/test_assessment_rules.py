"""The rules of an assessment (SPEC §3) — the kind of fault the twentieth blind set found (a
考核细则's ``一、考核对象`` … ``五、一票否决事项`` read as five pledges before its 附表,
:mod:`tests.importer.test_blind20`), written again in wordings and layouts of its own: none of
these documents copies the blind one.

What a user sees: only the annex's tasks become commitments, each with its owner and time; the
rules that score them (who is assessed, how, points added and taken off, what vetoes a unit)
are none, nor are their points and ranks targets. A part that lists the tasks themselves under
``考核内容`` stays a list of pledges.
"""

from __future__ import annotations

import datetime
import io

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.table_documents import xlsx

D = datetime.date

#: (content, score, scoring rule, lead, time as written, deadline, the counts in the content)
TASKS = [
    (
        "新建村级电商服务点12个",
        "10",
        "每少1个扣1分",
        "经济发展办公室",
        "2039年9月30日",
        D(2039, 9, 30),
        12,
    ),
    (
        "改造农村公路18公里",
        "8",
        "每少1公里扣0.5分",
        "村镇建设办公室",
        "年底前",
        D(2039, 12, 31),
        18,
    ),
    (
        "新增城镇就业岗位600个",
        "6",
        "每少50个扣1分",
        "社会事务办公室",
        "2039年6月30日",
        D(2039, 6, 30),
        600,
    ),
    (
        "整治农村危房45户",
        "6",
        "每少5户扣1分",
        "村镇建设办公室",
        "2039年10月31日",
        D(2039, 10, 31),
        45,
    ),
]
HEADER = ["序号", "考核内容", "分值", "评分标准", "责任单位", "完成时限"]


def _rows() -> list[list[str]]:
    return [[str(i), c, s, r, lead, due] for i, (c, s, r, lead, due, _d, _n) in enumerate(TASKS, 1)]


RULES_A = (
    "一、考核对象\n镇机关各办站所、各村。\n"
    "二、考核内容和分值\n考核实行百分制，考核内容、分值和评分标准详见附表。\n"
    "三、考核办法\n采取平时督查与年终考核相结合的方式，年终得分低于70分的评为较差，前5名评为优秀。\n"
    "四、加分和扣分\n获得国家级表彰的每项加3分，加分最多不超过6分；被市级通报批评的每次扣3分。\n"
    "五、一票否决事项\n发生重大安全生产事故的单位，实行一票否决。\n"
)
RULES_B = (
    "一、考核范围\n全镇15个村（社区）。\n"
    "二、评分办法\n按季度计分，每季度评分占全年的20%，年终评分占20%。\n"
    "三、奖惩措施\n考核前3名的单位各奖励2万元，末位的单位约谈主要负责人。\n"
    "四、考核结果运用\n考核结果作为干部评先评优的重要依据，连续2年较差的调整岗位。\n"
)


def _docx(rules: str, annex: str, title: str = "青石镇2039年度目标任务考核表") -> bytes:
    """Rules as paragraphs, then the annex line, its title and the table of tasks (each line
    left out when empty)."""
    import docx

    document = docx.Document()
    for line in ("青石镇人民政府", "青石镇2039年度目标管理考核细则", *rules.splitlines()):
        document.add_paragraph(line)
    for line in (annex, title):
        if line:
            document.add_paragraph(line)
    rows = [HEADER, *_rows()]
    table = document.add_table(rows=len(rows), cols=len(HEADER))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("注：完成时限为“年底前”的，按年终完成情况考核。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _text(rules: str, annex: str) -> str:
    """Rules, then the annex line and its tasks as numbered items over labelled lines, each
    with its score and scoring rule in brackets (``（分值10分，每少1个扣1分）``: no target)."""
    items = "".join(
        f"{i}.{content}（分值{score}分，{rule}）\n责任单位：{lead}\n完成时限：{due}\n"
        for i, (content, score, rule, lead, due, _d, _n) in enumerate(TASKS, 1)
    )
    return f"青石镇2039年度目标管理考核细则\n\n{rules}\n{annex}\n\n{items}"


LAYOUTS = {
    "docx: 考核对象…一票否决事项, 附表：title": lambda: (
        _docx(RULES_A, "附表：青石镇2039年度目标任务考核表"),
        "细则.docx",
    ),
    "docx: 考核范围…考核结果运用, 附件1 alone": lambda: (_docx(RULES_B, "附件1"), "细则.docx"),
    "docx: the table's title alone": lambda: (_docx(RULES_A, ""), "细则.docx"),
    "docx: the table right under the rules": lambda: (_docx(RULES_B, "", ""), "细则.docx"),
    "text: 考核对象…一票否决事项, 附件 items": lambda: (
        _text(RULES_A, "附件：目标任务"),
        "细则.txt",
    ),
    "text: 评分办法…考核结果运用, 附表2": lambda: (_text(RULES_B, "附表2"), "细则.txt"),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_rules_of_an_assessment_are_no_pledges_the_annex_tasks_are(parse, layout):
    content, name = LAYOUTS[layout]()
    pledges = commitments_of(parse(content, name))
    texts = [p.text for p in pledges]
    assert len(pledges) == len(TASKS), texts
    for pledge, (task, _s, _r, lead, _due, deadline, count) in zip(pledges, TASKS, strict=True):
        assert task in pledge.text
        assert pledge.owner == lead
        assert pledge.deadline == deadline
        assert [int(t.value) for t in pledge.targets] == [count], texts
    assert not any(word in "".join(texts) for word in ("考核", "加分", "扣分", "一票否决", "优秀"))


def test_a_part_listing_the_tasks_under_its_assessment_rules_stays_a_list_of_pledges(parse):
    """``二、考核内容`` that lists the tasks itself is the plan, between rules that are not."""
    items = "".join(
        f"{i}.{content}。\n责任单位：{lead}\n完成时限：{due}\n"
        for i, (content, _s, _r, lead, due, _d, _n) in enumerate(TASKS, 1)
    )
    text = (
        "青石镇2039年度目标管理考核细则\n\n一、考核对象\n镇机关各办站所。\n"
        f"二、考核内容\n{items}"
        "三、考核办法\n年终得分低于70分的评为较差。\n四、加减分项目\n每项加2分，每次扣2分。\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.deadline for p in pledges] == [t[5] for t in TASKS]
    assert all(t[0] in p.text for p, t in zip(pledges, TASKS, strict=True))


def test_rules_before_an_annex_with_a_part_that_plans_are_read_as_before(parse):
    """An annex after a part that pledges (``二、重点工作``) is no plan of its own: the part is."""
    text = (
        "青石镇2039年度目标管理考核细则\n\n一、考核对象\n镇机关各办站所。\n"
        "二、重点工作\n1.新建村级电商服务点12个。\n2.改造农村公路18公里。\n"
        "三、考核办法\n年终得分低于70分的评为较差。\n附件：考核评分表\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges] == ["新建村级电商服务点12个。", "改造农村公路18公里。"]


# -- a legend of a table's marks -----------------------------------------------------------

MONTHS = [f"{m}月" for m in range(1, 13)]
ROADMAP = [
    ("建成社区食堂3个", "社会事务办公室", {3: "★选址", 6: "●", 9: "✓投入运营"}),
    ("改造老旧小区管网6公里", "村镇建设办公室", {4: "●", 8: "★完成4公里", 11: "✓完工"}),
    ("新增停车泊位400个", "村镇建设办公室", {5: "●", 6: "✓完成"}),
]
DUE = [D(2039, 9, 30), D(2039, 11, 30), D(2039, 6, 30)]
LEGENDS = {
    "图例： marks and words": "图例：● 当月推进　★ 关键节点　✓ 完成销号",
    "marks and words alone": "★关键节点  ✓完成销号  ●持续推进",
    "符号说明： with = ": "符号说明：●=推进中；★=节点；✓=完成",
}


def _roadmap(legend: str) -> bytes:
    rows: list[list[object]] = [
        ["青石镇2039年重点工作推进路线图"],
        ["序号", "年度目标", "牵头单位", *MONTHS],
    ]
    merges = ["A1:O1"]
    for i, (goal, lead, marks) in enumerate(ROADMAP, 1):
        if i in (1, 3):  # group rows merged across: ``一、民生保障``, ``二、城市建设``
            rows.append(["一、民生保障" if i == 1 else "二、城市建设"])
            merges.append(f"A{len(rows)}:O{len(rows)}")
        rows.append([i, goal, lead, *[marks.get(m, "") for m in range(1, 13)]])
    rows.append([legend])
    merges.append(f"A{len(rows)}:O{len(rows)}")
    return xlsx({"路线图": rows}, {"路线图": merges})


@pytest.mark.parametrize("legend", list(LEGENDS))
def test_a_legend_row_under_a_roadmap_is_no_pledge(parse, legend):
    pledges = commitments_of(parse(_roadmap(LEGENDS[legend]), "路线图.xlsx"))
    assert [p.text for p in pledges] == [goal for goal, _lead, _marks in ROADMAP]
    assert [p.deadline for p in pledges] == DUE


@pytest.mark.parametrize("legend", list(LEGENDS))
def test_a_legend_line_under_a_list_is_no_pledge(parse, legend):
    text = (
        "青石镇2039年重点工作安排\n\n1.建成社区食堂3个。（★关键节点：9月）\n"
        "2.改造老旧小区管网6公里。\n3.新增停车泊位400个。\n" + LEGENDS[legend] + "\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text.split("。")[0] for p in pledges] == [g for g, _l, _m in ROADMAP]
    assert not any("完成销号" in p.text or "=" in p.text for p in pledges)


@pytest.mark.parametrize("legend", list(LEGENDS))
def test_a_legend_line_above_a_list_leaves_every_item_a_pledge(parse, legend):
    text = (
        "青石镇2039年重点工作推进计划\n\n" + LEGENDS[legend] + "\n"
        "1.建成社区食堂3个。\n2.改造老旧小区管网6公里。\n3.新增停车泊位400个。\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text.split("。")[0] for p in pledges] == [g for g, _l, _m in ROADMAP]


def test_a_marked_line_that_says_one_thing_stays_a_pledge(parse):
    """A bullet and its words (``● 加强组织领导…``) are no legend: one mark, a pledge's words."""
    text = "青石镇2039年重点工作安排\n\n● 建成社区食堂3个\n● 新增停车泊位400个\n"
    pledges = commitments_of(parse(text))
    assert len(pledges) == 2
    assert "建成社区食堂3个" in pledges[0].text
    assert "新增停车泊位400个" in pledges[1].text
