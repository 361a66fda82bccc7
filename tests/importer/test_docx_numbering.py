"""Word's final view (SPEC §3): automatic list numbers rendered as Word shows them, tracked
changes accepted. The documents are built from Word's XML (numbering.xml levels, styles,
``w:ins``/``w:del``), the text each holds is what a reader of the printed page sees."""

from __future__ import annotations

import datetime

import pytest

from commitments.importer.readers.docx import read_docx
from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import w_abstract, w_num, w_p, w_run, word_xml

OUTLINE = w_abstract(7, ("decimal", "%1"), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3")) + w_num(
    3, 7
)
OUTLINE_BODY = [
    (None, 0, "青山街道2031年重点工作安排"),
    (None, 0, "为推动各项工作落实，现将2031年重点工作安排如下。"),
    ("3", 0, "产业发展"),
    ("3", 1, "园区建设"),
    ("3", 2, "新建标准厂房2万平方米，10月底前完工。（牵头单位：经发办）"),
    ("3", 2, "引进规上工业企业4家。（责任单位：经发办；配合单位：财政所）"),
    ("3", 1, "特色农业"),
    ("3", 2, "新增茶园800亩。（牵头单位：农业办）"),
    ("3", 0, "民生保障"),
    ("3", 1, "就业社保"),
    ("3", 2, "新增城镇就业260人。（责任单位：社事办）"),
    ("3", 2, "6月底前完成城乡居民医保集中征缴。（牵头单位：社事办；配合单位：财政所）"),
]


def _text(data: bytes) -> list[str]:
    return read_docx(data, "x.docx")[0].split("\n")


def _outline(numbering: str = OUTLINE) -> bytes:
    return word_xml("".join(w_p(t, n, lvl) for n, lvl, t in OUTLINE_BODY), numbering)


def test_it_renders_a_multilevel_outline_as_word_shows_it():
    lines = _text(_outline())
    assert lines[2:6] == [
        "1\t产业发展",
        "1.1\t园区建设",
        "1.1.1\t新建标准厂房2万平方米，10月底前完工。（牵头单位：经发办）",
        "1.1.2\t引进规上工业企业4家。（责任单位：经发办；配合单位：财政所）",
    ]
    assert lines[6:9] == [
        "1.2\t特色农业",
        "1.2.1\t新增茶园800亩。（牵头单位：农业办）",
        "2\t民生保障",
    ]
    assert lines[9].startswith("2.1\t") and lines[10].startswith("2.1.1\t")


@pytest.mark.parametrize("suffix", ["", "space", "nothing"])
def test_an_outline_numbered_by_word_gives_one_pledge_per_item(parse, suffix):
    numbering = w_abstract(
        7, ("decimal", "%1"), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3"), suffix=suffix
    ) + w_num(3, 7)
    doc = parse(_outline(numbering), "安排.docx").documents[0]
    assert [s.title for s in doc.sections] == ["产业发展", "民生保障"]
    assert [len(s.commitments) for s in doc.sections] == [3, 2]
    pledges = commitments_of(parse(_outline(numbering), "安排.docx"))
    assert pledges[0].text == "新建标准厂房2万平方米，10月底前完工。"
    assert [c.owner for c in pledges] == [
        "经济发展办公室",
        "经济发展办公室",
        "农业农村办公室",
        "社会事务办公室",
        "社会事务办公室",
    ]
    assert pledges[4].deadline == datetime.date(2031, 6, 30)


def _typed(separator: str) -> str:
    """The outline typed: ``1.产业发展``, ``1.1 园区建设``, ``1.1.1 新建…``."""
    counters: list[int] = []
    lines = []
    for num, level, text in OUTLINE_BODY:
        if num is None:
            lines.append(text)
            continue
        counters = counters[: level + 1]
        if len(counters) <= level:
            counters.append(0)
        counters[level] += 1
        number = ".".join(map(str, counters))
        lines.append(f"{number}.{text}" if level == 0 else f"{number}{separator}{text}")
    return "\n".join(lines)


@pytest.mark.parametrize("separator", [" ", "\t", "、"])
def test_an_outline_typed_in_text_reads_as_the_numbered_one(parse, separator):
    numbered = parse(_outline(), "安排.docx").documents[0]
    typed = parse(_typed(separator), "安排.txt").documents[0]
    assert [s.title for s in typed.sections] == [s.title for s in numbered.sections]
    assert [c.text for c in typed.commitments()] == [c.text for c in numbered.commitments()]


CHINESE = w_abstract(
    2, ("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")
) + w_num(1, 2)


def test_chinese_counting_levels_render_as_typed_numbers(parse):
    body = "".join(
        [
            w_p("白沙镇2031年工作要点"),
            w_p("2030年工作回顾", "1", 0),
            w_p("全年新建村级光伏电站6座。"),
            w_p("2031年工作安排", "1", 0),
            w_p("产业提质", "1", 1),
            w_p("新建冷链仓储中心1个。", "1", 2),
            w_p("培育农民专业合作社5家。", "1", 2),
            w_p("民生改善", "1", 1),
            w_p("改造农村危房40户。", "1", 2),
        ]
    )
    lines = _text(word_xml(body, CHINESE))
    assert lines[1] == "一、\t2030年工作回顾"
    assert lines[3:6] == ["二、\t2031年工作安排", "（一）\t产业提质", "1.\t新建冷链仓储中心1个。"]
    assert lines[7:9] == ["（二）\t民生改善", "1.\t改造农村危房40户。"]  # a new parent restarts
    doc = parse(word_xml(body, CHINESE), "要点.docx").documents[0]
    assert [s.title for s in doc.sections] == ["产业提质", "民生改善"]
    assert [len(s.commitments) for s in doc.sections] == [2, 1]


def test_lists_of_one_definition_count_on_and_a_restart_starts_again():
    numbering = w_abstract(4, ("decimal", "%1.")) + w_num(1, 4) + w_num(2, 4) + w_num(3, 4, {0: 1})
    body = "".join(
        w_p(t, n)
        for n, t in [("1", "甲"), ("1", "乙"), ("2", "丙"), ("3", "丁"), ("3", "戊"), ("2", "己")]
    )
    assert _text(word_xml(body, numbering)) == [
        "1.\t甲",
        "2.\t乙",
        "3.\t丙",
        "1.\t丁",
        "2.\t戊",
        "4.\t己",
    ]


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        ("ideographTraditional", ["甲、", "乙、", "丙、"]),
        ("upperRoman", ["I、", "II、", "III、"]),
        ("lowerLetter", ["a、", "b、", "c、"]),
        ("decimalEnclosedCircle", ["①、", "②、", "③、"]),
        ("chineseLegalSimplified", ["一、", "二、", "三、"]),
    ],
)
def test_each_number_format_renders_as_word_shows_it(fmt, shown):
    numbering = w_abstract(1, (fmt, "%1、"), suffix="nothing") + w_num(1, 1)
    body = "".join(w_p(t, "1") for t in "子丑寅")
    assert _text(word_xml(body, numbering)) == [s + t for s, t in zip(shown, "子丑寅", strict=True)]


def test_a_start_value_and_a_bullet():
    numbering = (
        w_abstract(1, ("decimal", "%1."), start=3)
        + w_abstract(2, ("bullet", "●"))
        + w_num(1, 1)
        + w_num(2, 2)
    )
    body = w_p("续一", "1") + w_p("续二", "1") + w_p("要点", "2")
    assert _text(word_xml(body, numbering)) == ["3.\t续一", "4.\t续二", "要点"]


STYLES = """
<w:style w:type="paragraph" w:styleId="PartHeading"><w:name w:val="part heading"/>
  <w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="SectionHeading"><w:name w:val="section heading"/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="SectionHeadingPlain"><w:name w:val="section plain"/>
  <w:basedOn w:val="SectionHeading"/></w:style>
"""


def test_headings_numbered_by_their_style():
    numbering = w_abstract(9, ("chineseCounting", "%1、"), ("chineseCounting", "（%2）")) + w_num(
        5, 9
    )
    body = "".join(
        [
            w_p("2031年重点工作", style="PartHeading"),
            w_p("项目建设", style="SectionHeading"),
            w_p("招商引资", style="SectionHeadingPlain"),  # numbered through its base style
            w_p("不编号的说明", "0", style="SectionHeading"),  # numId 0 takes the number away
            w_p("保障措施", style="PartHeading"),
        ]
    )
    assert _text(word_xml(body, numbering, STYLES)) == [
        "一、\t2031年重点工作",
        "（一）\t项目建设",
        "（二）\t招商引资",
        "不编号的说明",
        "二、\t保障措施",
    ]


DELETED = '<w:del w:id="9" w:author="审核人" w:date="2031-01-05T09:00:00Z"/>'
INSERTED = '<w:ins w:id="8" w:author="审核人" w:date="2031-01-05T09:00:00Z"/>'


def test_tracked_changes_read_as_accepted_and_numbers_follow_them():
    numbering = w_abstract(1, ("decimal", "%1.")) + w_num(1, 1)
    body = "".join(
        [
            w_p(
                w_run("新建厂房") + w_run("2", "del") + w_run("3", "ins") + w_run("万平方米。"), "1"
            ),
            w_p(w_run("删去的一项：新建公园1个。", "del"), "1", mark=DELETED),  # gone, unnumbered
            w_p(w_run("新增的一项：改造路灯300盏。", "ins"), "1", mark=INSERTED),
            w_p(w_run("挪走的一项。", "moveFrom"), "1", mark=DELETED.replace("del", "moveFrom")),
            w_p(w_run("完成道路硬化"), "1", mark=DELETED),  # its mark deleted: runs on
            w_p(w_run("5公里。") + w_run("挪来的一项。", "moveTo"), "1"),
        ]
    )
    assert _text(word_xml(body, numbering)) == [
        "1.\t新建厂房3万平方米。",
        "2.\t新增的一项：改造路灯300盏。",
        "3.\t完成道路硬化5公里。挪来的一项。",
    ]


def test_a_revised_plan_imports_its_final_text(parse):
    numbering = w_abstract(1, ("chineseCounting", "%1、"), ("decimal", "%2.")) + w_num(1, 1)
    body = "".join(
        [
            w_p("青山街道2031年工作安排（修订稿）"),
            w_p("项目建设", "1", 0),
            w_p(
                w_run("新建停车场")
                + w_run("2", "del")
                + w_run("4", "ins")
                + w_run("个，")
                + w_run("6月底前", "del")
                + w_run("9月底前", "ins")
                + w_run("完成。"),
                "1",
                1,
            ),
            w_p(w_run("新建游泳馆1座。", "del"), "1", 1, mark=DELETED),
            w_p(w_run("改造背街小巷12条。", "ins"), "1", 1, mark=INSERTED),
            w_p("社会事业", "1", 0),
            w_p("新增托育机构2家。", "1", 1),
            w_p("建成社区食堂3个。", "1", 1),
        ]
    )
    pledges = commitments_of(parse(word_xml(body, numbering), "安排.docx"))
    assert [c.text for c in pledges] == [
        "新建停车场4个，9月底前完成。",
        "改造背街小巷12条。",
        "新增托育机构2家。",
        "建成社区食堂3个。",
    ]
    assert pledges[0].deadline == datetime.date(2031, 9, 30)
