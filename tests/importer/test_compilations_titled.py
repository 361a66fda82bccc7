"""A compilation (汇编) whose chapters are headed only by each unit's plan title, without a
number (``县发改局2035年工作要点`` on its own line), is read as the numbered one is (SPEC §3,
:mod:`tests.importer.test_compilations`): one plan, a section per unit, the unit owns its
chapter's pledges, its review and safeguards are none. With a cover, a table of contents with
and without page numbers, none at all, and in Word with styled headings."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.importer.conftest import commitments_of

COVER = """县人民政府办公室
关于印发《县直部门2035年工作计划汇编》的通知
各乡镇人民政府，县直各部门：
现将《县直部门2035年工作计划汇编》印发给你们，请认真贯彻落实。
2035年2月3日
"""
CHAPTERS = [
    (
        "县发改局2035年工作要点",
        "一、2034年工作回顾\n全年争取中央预算内资金1.2亿元，谋划储备项目86个。\n"
        "二、2035年工作要点\n"
        "1.争取上级资金不低于1.5亿元，年底前完成。\n"
        "2.新谋划储备重大项目40个，6月底前完成入库。\n"
        "三、保障措施\n加强项目调度，压实工作责任。\n",
    ),
    (
        "县教育局2035年工作计划",
        "一、2034年工作总结\n新建公办幼儿园3所，新增学位900个。\n"
        "二、2035年主要任务\n"
        "1.新建城东小学1所，8月底前投入使用，县住建局配合。\n"
        "2.改造农村薄弱学校12所。\n"
        "三、保障措施\n落实教育经费投入。\n",
    ),
    (
        "县卫健局2035年重点工作",
        "一、2034年工作情况\n家庭医生签约率达到72%。\n"
        "二、2035年工作安排\n"
        "1.家庭医生签约率达到80%以上。\n"
        "2.完成20个村卫生室标准化改造，三季度末完成。\n"
        "三、保障措施\n强化考核督导。\n",
    ),
]
UNITS = [title[: title.index("2035")] for title, _ in CHAPTERS]


def _compilation(contents: str = "", cover: str = COVER) -> str:
    body = "\n".join(f"{title}\n{text}" for title, text in CHAPTERS)
    return cover + contents + "\n" + body


def _check(parsed) -> None:
    assert len(parsed.documents) == 1
    doc = parsed.documents[0]
    assert doc.plan_year == 2035
    assert [s.title for s in doc.sections] == [title for title, _ in CHAPTERS]
    assert [len(s.commitments) for s in doc.sections] == [2, 2, 2]
    assert [[c.owner for c in s.commitments] for s in doc.sections] == [[u, u] for u in UNITS]
    pledges = commitments_of(parsed)
    values = {t.value for c in pledges for t in c.targets}
    assert not values & {Decimal(86), Decimal(900), Decimal(72)}  # the reviews
    texts = "".join(c.text for c in pledges)
    assert "调度" not in texts and "经费" not in texts and "督导" not in texts  # safeguards
    assert not any(c.owner_known for c in pledges)  # county bureaus: kept as written, flagged
    assert any("县发改局" in w and "不在单位目录中" in w for w in doc.warnings)
    school = next(c for c in pledges if "城东小学" in c.text)
    assert school.co_owners == ["县住建局"]


@pytest.mark.parametrize(
    "contents",
    [
        "",
        "目录\n" + "".join(f"{title}\n" for title, _ in CHAPTERS),
        "目  录\n"
        + "".join(f"{title}……………………{2 * i + 1}\n" for i, (title, _) in enumerate(CHAPTERS)),
    ],
    ids=["no-contents", "contents-without-pages", "contents-with-pages"],
)
def test_chapters_headed_by_their_plans_titles_alone_are_a_compilation(parse, contents):
    _check(parse(_compilation(contents), "汇编.txt"))


def test_a_contents_list_alone_makes_a_file_without_a_cover_a_compilation(parse):
    contents = "目录\n" + "".join(f"{title}\n" for title, _ in CHAPTERS)
    _check(parse(_compilation(contents, cover="县直部门2035年工作计划\n"), "plans.txt"))


def test_a_compilation_in_word_whose_chapter_titles_are_headings(parse):
    import docx

    from tests.importer.docx_documents import _save

    document = docx.Document()
    for line in COVER.splitlines():
        document.add_paragraph(line)
    for title, text in CHAPTERS:
        document.add_paragraph(title, style="Heading 1")
        for line in text.splitlines():
            document.add_paragraph(line)
    _check(parse(_save(document), "汇编.docx"))


def test_one_units_plan_is_no_compilation(parse):
    """A unit's plan titled by its unit has one such heading: its parts are its sections."""
    title, text = CHAPTERS[0]
    parsed = parse(f"{title}\n{text}", "plan.txt")
    assert len(parsed.documents) == 1
    assert [s.title for s in parsed.documents[0].sections] != [title]
    assert [c.text[:6] for c in commitments_of(parsed)] == ["争取上级资金", "新谋划储备重"]
