"""A compilation of several units' plans (``各办站所重点工作计划汇编``), SPEC §3: every chapter's
plan part is found, the unit its heading names owns its pledges unless a pledge names its own,
its review and its safeguards are no pledges, and the table of contents is no structure. The
same compilation as a text file, as Word (headings styled, typed or numbered by Word) and as a
scraped web page."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of

COVER = """中共云溪街道工作委员会办公室
关于印发《云溪街道各站所2031年工作计划汇编》的通知
各社区，街道各站所：
现将《云溪街道各站所2031年工作计划汇编》印发给你们，请认真抓好落实。
2031年1月20日
"""
CONTENTS = """目录
第一章 文化站2031年工作要点······················2
第二章 退役军人服务站2031年工作要点··················4
第三章 财政所2031年工作要点························6
"""
CHAPTERS = [
    (
        "文化站2031年工作要点",
        "（一）2030年工作总结\n全年开展文化惠民演出36场，建成农家书屋8个。\n"
        "（二）2031年工作任务\n"
        "1.开展送戏下乡演出40场，11月底前完成。\n"
        "2.新建社区文化广场2个，由自然资源所配合落实用地。\n"
        "（三）工作措施\n加强文艺骨干培训，落实活动经费。\n",
    ),
    (
        "退役军人服务站2031年工作要点",
        "（一）2030年工作总结\n走访慰问退役军人320人次。\n"
        "（二）2031年工作任务\n"
        "1.完成退役军人信息采集更新1200人，6月底前完成。\n"
        "2.帮扶困难退役军人就业30人。（配合单位：社会事务办）\n"
        "（三）保障措施\n严格落实各项优抚政策。\n",
    ),
    (
        "财政所2031年工作要点",
        "（一）2030年工作总结\n完成一般公共预算收入6800万元。\n"
        "（二）2031年工作任务\n"
        "1.一般公共预算收入达到7200万元。\n"
        "2.村级财务审计工作由党政办牵头、财政所配合，三季度末完成12个社区审计。\n"
        "（三）保障措施\n强化预算执行监督。\n",
    ),
]
OWNERS = {
    "送戏下乡": ("文化站", []),
    "文化广场": ("文化站", ["自然资源所"]),
    "信息采集": ("退役军人服务站", []),
    "帮扶困难退役军人": ("退役军人服务站", ["社会事务办公室"]),
    "预算收入": ("财政所", []),
    "财务审计": ("党政综合办公室", ["财政所"]),
}


def compilation(heading: str = "第{n}章 {title}", contents: bool = True) -> str:
    numbers = "一二三"
    body = "\n".join(
        f"{heading.format(n=numbers[i], title=title)}\n{text}"
        for i, (title, text) in enumerate(CHAPTERS)
    )
    return COVER + (CONTENTS if contents else "") + "\n" + body + "抄送：区委办。\n"


def _owners(parsed) -> dict[str, tuple[str, list[str]]]:
    found = {}
    for c in commitments_of(parsed):
        key = next(k for k in OWNERS if k in c.text)
        found[key] = (c.owner, c.co_owners)
    return found


def _check(parsed) -> None:
    doc = parsed.documents[0]
    assert len(parsed.documents) == 1
    assert doc.plan_year == 2031
    assert [s.title for s in doc.sections] == [title for title, _ in CHAPTERS]
    assert [len(s.commitments) for s in doc.sections] == [2, 2, 2]
    assert _owners(parsed) == OWNERS
    values = {t.value for c in commitments_of(parsed) for t in c.targets}
    assert not values & {Decimal(36), Decimal(320), Decimal(6800)}  # the reviews
    texts = "".join(c.text for c in commitments_of(parsed))
    assert "培训" not in texts and "优抚" not in texts and "监督" not in texts  # the safeguards
    assert "······" not in texts


@pytest.mark.parametrize("heading", ["第{n}章 {title}", "{n}、{title}"])
def test_it_reads_every_units_plan_in_a_compilation(parse, heading):
    _check(parse(compilation(heading), "云溪街道各站所2031年工作计划汇编.txt"))


def test_a_compilation_without_a_table_of_contents_is_read_alike(parse):
    _check(parse(compilation(contents=False), "汇编.txt"))


def test_a_chapters_deadlines_and_targets_are_its_pledges(parse):
    pledges = commitments_of(parse(compilation(), "汇编.txt"))
    by_text = {c.text[:6]: c for c in pledges}
    assert by_text["开展送戏下乡"].deadline == datetime.date(2031, 11, 30)
    assert by_text["完成退役军人"].deadline == datetime.date(2031, 6, 30)
    assert by_text["村级财务审计"].deadline == datetime.date(2031, 9, 30)
    assert {(t.value, t.unit) for t in by_text["一般公共预算"].targets} == {(Decimal(7200), "万元")}


def test_a_table_of_contents_is_no_structure(parse):
    """Its entries repeat the chapters' headings with leader dots and page numbers."""
    parsed = parse(compilation(), "汇编.txt")
    doc = parsed.documents[0]
    assert doc.sections[0].commitments[0].text.startswith("开展送戏下乡演出40场")


def test_a_compilation_in_word_with_styled_headings(parse):
    import docx

    from tests.importer.docx_documents import _save

    document = docx.Document()
    for line in COVER.splitlines():
        document.add_paragraph(line)
    for n, (title, text) in zip("一二三", CHAPTERS, strict=True):
        document.add_paragraph(f"{n}、{title}", style="Heading 1")
        for line in text.splitlines():
            style = "Heading 2" if line.startswith("（") else None
            document.add_paragraph(line, style=style)
    _check(parse(_save(document), "汇编.docx"))


def test_a_compilation_scraped_from_a_web_page(parse):
    page = (
        "云溪街道门户网站\n首页 > 信息公开 > 计划总结\n"
        "云溪街道各站所2031年工作计划汇编\n发布时间：2031-01-21  来源：街道党政办  浏览次数：128\n"
        "【字体：大 中 小】\n"
        + compilation("{n}、{title}").replace("\n", "\n　　")
        + "\n【打印本页】【关闭窗口】\n版权所有：云溪街道办事处\n"
    )
    _check(parse(page, "page.txt"))


def test_one_units_heading_is_no_compilation():
    """Two unit chapters at least, counting up from one: a plan's own ``一、`` sections are no
    units' chapters, nor is a single unit's heading among them."""
    from commitments.importer.chapters import find_chapters

    view = (
        "一、文化站2031年工作要点\n1.开展送戏下乡演出40场。\n二、强化安全生产\n1.排查企业120家。\n"
    )
    assert find_chapters(view, 0, len(view)) == []
    view = "一、经济发展\n1.新建厂房2万平方米。\n二、社会事业\n1.新增就业200人。\n"
    assert find_chapters(view, 0, len(view)) == []


def test_an_indented_first_item_under_the_plan_heading_is_a_pledge(parse):
    text = (
        "云溪街道财政所2031年工作计划\n一、2030年工作总结\n完成预算收入6800万元。\n"
        "二、2031年工作任务\n　　1.预算收入达到7200万元。\n　　2.完成12个社区财务审计。\n"
    )
    pledges = commitments_of(parse(text, "plan.txt"))
    assert [c.text for c in pledges] == ["预算收入达到7200万元。", "完成12个社区财务审计。"]


def test_a_compilation_in_word_whose_chapters_word_numbers(parse):
    """Chapter and part headings numbered by their styles (一、 and （一）), not typed."""
    from tests.importer.docx_documents import w_abstract, w_num, w_p, word_xml

    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{name}"><w:name w:val="{name}"/>'
        f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="4"/></w:numPr></w:pPr>'
        "</w:style>"
        for name, level in (("Chapter", 0), ("Part", 1))
    )
    numbering = w_abstract(
        6, ("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), suffix="nothing"
    ) + w_num(4, 6)
    body = "".join(w_p(line) for line in COVER.splitlines())
    for title, text in CHAPTERS:
        body += w_p(title, style="Chapter")
        for line in text.splitlines():
            part = line.startswith("（")
            body += w_p(line[3:] if part else line, style="Part" if part else "")
    _check(parse(word_xml(body, numbering, styles), "汇编.docx"))
