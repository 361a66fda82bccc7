"""Paragraphs each closed by an owner line of their own (``责任单位：县工信局（牵头）、县统计局``),
copied as text without blank lines between them: the lines are about as wide as each other, so
the text looks hard-wrapped. Written in wordings and layouts of our own: ``责任单位：`` with
``（牵头）``, ``牵头单位：`` then ``配合单位：``, ``【责任单位】``, a group (``各镇街``) last; under
heading lines or numbered sections; text without blank lines and with them, a Word document.

What a user sees: each owner line ends where its line does; the next paragraph is a pledge of
its own, not a co-owner (``县统计局新建标准厂房12万平方米``). A list of units that wraps inside a
name (``县统`` / ``计局``) or goes on with another unit is still read whole.
"""

from __future__ import annotations

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs

TITLE = "白沙县2046年重点工作任务清单"
#: (heading, [(pledge, lead, co-owners)])
PLAN = [
    (
        "聚力工业升级",
        [
            ("新增规模以上工业企业25家，规上工业增加值增长8%左右。", "县工信局", ["县统计局"]),
            ("新建标准厂房12万平方米，10月底前全部交付。", "县工业园区管委会", []),
        ],
    ),
    (
        "壮大现代农业",
        [
            ("新建高标准农田2万亩，9月底前完成。", "县农业农村局", ["县财政局"]),
            ("培育家庭农场30家。", "县农业农村局", ["各镇街"]),
        ],
    ),
    (
        "办好人民满意教育",
        [
            ("新建城区公办幼儿园3所，秋季开学前投入使用。", "县教育局", ["县住建局"]),
            ("新增学位900个。", "县教育局", []),
            ("改造城镇老旧小区16个，加装电梯40台。", "县住建局", ["县财政局", "各镇街"]),
        ],
    ),
]


def _owner_lines(wording: str, lead: str, co: list[str]) -> list[str]:
    if wording == "duty_line":
        return ["责任单位：" + "、".join([f"{lead}（牵头）" if co else lead, *co])]
    if wording == "boxed":
        return ["【责任单位】" + "、".join([lead, *co])]
    return [f"牵头单位：{lead}"] + ([f"配合单位：{'、'.join(co)}"] if co else [])


def _lines(wording: str, numbered: bool) -> list[str]:
    lines = [TITLE]
    for n, (heading, items) in enumerate(PLAN):
        lines.append(f"{'一二三'[n]}、{heading}" if numbered else heading)
        for pledge, lead, co in items:
            lines += [pledge, *_owner_lines(wording, lead, co)]
    return lines


LAYOUTS = {
    "copied_text": lambda lines: (("\n".join(lines) + "\n").encode(), "任务.txt"),
    "copied_with_blank_lines": lambda lines: (("\n\n".join(lines) + "\n").encode(), "任务.txt"),
    "word": lambda lines: (paragraphs("\n".join(lines)), "任务.docx"),
}


#: ``【责任单位】`` lines under numbered sections are a known gap (their paragraphs run together,
#: with blank lines too, on ``main`` as well): left out here.
CASES = [
    (layout, wording, numbered)
    for layout in LAYOUTS
    for wording in ("duty_line", "two_labels", "boxed")
    for numbered in (True, False)
    if not (wording == "boxed" and numbered)
]


@pytest.mark.parametrize(("layout", "wording", "numbered"), CASES)
def test_each_owner_line_ends_its_paragraph(parse, layout, wording, numbered):
    data, name = LAYOUTS[layout](_lines(wording, numbered))
    parsed = parse(data, name, year=2046)
    pledges = commitments_of(parsed)
    expected = [item for _, items in PLAN for item in items]
    assert [p.text for p in pledges] == [text for text, _, _ in expected]
    assert [(p.owner, p.co_owners) for p in pledges] == [(lead, co) for _, lead, co in expected]
    assert [s.title.split("·")[-1] for s in parsed.documents[0].sections] == [h for h, _ in PLAN]


def test_wrapped_owner_list_is_read_whole(parse):
    """A printed page wraps its lines at one width: an owner list broken inside a name
    (``县统`` / ``计局``), or after a whole name before its role (``县工业园区管委会`` /
    ``（牵头）、…``), goes on on the next line."""
    text = "\n".join(
        [
            "白沙县2046年重点工作任务清单",
            "一、聚力工业升级",
            "全年新增规模以上工业企业25家，规模以上工业增加值增长8%左右，工业投资",
            "增长10%以上，9月底前完成年度目标的75%。",
            "责任单位：县工业和信息化局（牵头）、县发展和改革局、县财政局、县统",
            "计局、县市场监督管理局",
            "新建标准厂房12万平方米，完成园区道路和管网等配套设施建设，10月底前全",
            "部交付使用，11月底前完成验收。",
            "责任单位：县自然资源局、县住房和城乡建设局、县生态环境局、县工业园区管委会",
            "（牵头）、县应急管理局",
        ]
    )
    pledges = commitments_of(parse(text + "\n", year=2046))
    assert [(p.owner, p.co_owners) for p in pledges] == [
        ("县工业和信息化局", ["县发展和改革局", "县财政局", "县统计局", "县市场监督管理局"]),
        (
            "县工业园区管委会",
            ["县自然资源局", "县住房和城乡建设局", "县生态环境局", "县应急管理局"],
        ),
    ]
