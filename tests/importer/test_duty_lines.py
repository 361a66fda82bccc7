"""A 工作要点 whose owners are given once under each heading (the kind of fault of blind24's
docx): a line ``牵头单位：X；配合单位：Y`` (or ``责任单位：X``, ``牵头单位：X`` alone) right under a
``（一）`` heading — or right under a ``一、`` heading over its ``1.`` items — owns every numbered
item below it that names no lead of its own; an item's own bracket replaces the line's lead and
co-owners; ``1.`` starts again under each heading; an item of a lead phrase alone
(``1.美丽庭院创建。``) heads the ``（1）``/``（2）`` tasks under it. Written again in wordings and
layouts of its own: Word paragraphs (numbers typed, or Word's own numbering), the text copied
with indents and blank lines.

What a user sees: one pledge per ``1.``/``（1）`` item — none of a heading or of the duty line —
each with the owners of the line above it (or its own), its time and its targets; no duty line
in any pledge's text. SPEC §3.
"""

from __future__ import annotations

import datetime
import re

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs, w_abstract, w_num, w_p, word_xml

D = datetime.date
TITLE = "青岚乡2044年工作要点"
FRAME = "2044年全乡工作的总体思路是：坚持稳中求进，聚焦产业、环境和民生，建设和美青岚。"


def _plan(duty_a: str, duty_b: str, duty_c: str, duty_d: str) -> list[str]:
    return [
        TITLE,
        FRAME,
        "一、壮大乡村产业",
        "（一）特色种养",
        duty_a,
        "1.新发展高山蔬菜1500亩，建成冷链仓储中心1个，10月底前投入使用。",
        "2.培育家庭农场12家、农民专业合作社5家。",
        "3.实施高标准农田建设3000亩。（牵头单位：自然资源所；配合单位：财政所）",
        "（二）农文旅融合",
        duty_b,
        "1.美丽庭院创建。",
        "（1）创建省级美丽庭院示范户120户，9月底前完成验收；",
        "（2）建成乡村民宿集聚区1处，新增床位200张。",
        "2.举办采茶文化节等节会活动3场。（牵头单位：文化站）",
        "二、增进民生福祉",
        duty_c,
        "1.新增城镇就业岗位300个，开展技能培训500人次。",
        "2.改造提升村级养老服务站6个，8月31日前全部投用。",
        "3.整治山塘水库隐患8处，汛期前完成。（牵头单位：水利站；配合单位：应急办）",
        "三、建设平安青岚",
        "（一）安全生产",  # one sub-heading alone under its part: its line still owns the items
        duty_d,
        "1.检查生产经营场所不少于600家次。",
        "2.整治安全隐患50处，11月底前全部销号。",
        "以上工作，各责任单位要细化措施，每季度末报送推进情况。",
    ]


#: (duty lines as written, the owners they give: (lead, co-owners) per line)
WORDINGS = {
    "lead_and_helpers": (
        (
            "牵头单位：农业办；配合单位：财政所、各村",
            "牵头单位：经发办；配合单位：文化站",
            "牵头单位：社事办；配合单位：财政所",
            "牵头单位：综治中心；配合单位：派出所",
        ),
        (
            ("农业农村办公室", ["财政所", "各村"]),
            ("经济发展办公室", ["文化站"]),
            ("社会事务办公室", ["财政所"]),
            ("平安建设办公室（综治中心）", ["派出所"]),
        ),
    ),
    "responsible": (
        ("责任单位：农业办", "责任单位：经发办", "责任单位：社事办", "责任单位：综治中心"),
        (
            ("农业农村办公室", []),
            ("经济发展办公室", []),
            ("社会事务办公室", []),
            ("平安建设办公室（综治中心）", []),
        ),
    ),
    "lead_only_ascii": (
        (
            "牵头单位:农业办",
            "牵头单位：经发办；协同单位：文化站",
            "责任单位：社事办、财政所",
            "责任单位：综治中心（牵头）、派出所",
        ),
        (
            ("农业农村办公室", []),
            ("经济发展办公室", ["文化站"]),
            ("社会事务办公室", ["财政所"]),
            ("平安建设办公室（综治中心）", ["派出所"]),
        ),
    ),
    "bracketed_or_spaced": (
        (
            "（牵头单位：农业办；配合单位：财政所、各村）",
            "牵头单位：经发办　配合单位：文化站",
            "（责任单位：社事办）",
            "（牵头单位：综治中心，配合单位：派出所）",
        ),
        (
            ("农业农村办公室", ["财政所", "各村"]),
            ("经济发展办公室", ["文化站"]),
            ("社会事务办公室", []),
            ("平安建设办公室（综治中心）", ["派出所"]),
        ),
    ),
}
#: Each pledge: (its text starts with, deadline, targets, whose owners: 0–2 a duty line's, or
#: its own (lead, co-owners))
WANTED = [
    ("新发展高山蔬菜1500亩", D(2044, 10, 31), [(1500, "亩"), (1, "个")], 0),
    ("培育家庭农场12家", D(2044, 12, 31), [(12, "家"), (5, "家")], 0),
    ("实施高标准农田建设3000亩", D(2044, 12, 31), [(3000, "亩")], ("自然资源所", ["财政所"])),
    ("创建省级美丽庭院示范户120户", D(2044, 9, 30), [(120, "户")], 1),
    ("建成乡村民宿集聚区1处", D(2044, 12, 31), [(1, "处"), (200, "张")], 1),
    ("举办采茶文化节等节会活动3场", D(2044, 12, 31), [(3, "场")], ("文化站", [])),
    ("新增城镇就业岗位300个", D(2044, 12, 31), [(300, "个"), (500, "人次")], 2),
    ("改造提升村级养老服务站6个", D(2044, 8, 31), [(6, "个")], 2),
    ("整治山塘水库隐患8处", D(2044, 5, 31), [(8, "处")], ("水利站", ["应急管理办公室"])),
    ("检查生产经营场所不少于600家次", D(2044, 12, 31), [(600, "家次")], 3),
    ("整治安全隐患50处", D(2044, 11, 30), [(50, "处")], 3),
]


#: Word's own numbering (no typed numbers): 一、 / （一） / 1. / （1）, each level restarting
#: under its parent.
LEVELS = w_abstract(
    3,
    ("chineseCounting", "%1、"),
    ("chineseCounting", "（%2）"),
    ("decimal", "%3."),
    ("decimal", "（%4）"),
) + w_num(1, 3)
TYPED = re.compile(r"(?P<n0>[一二三]、)|(?P<n1>（[一二三]）)|(?P<n2>\d\.)|(?P<n3>（\d）)")


def _numbered(lines: list[str]) -> bytes:
    body = []
    for line in lines:
        typed = TYPED.match(line)
        if typed is None:
            body.append(w_p(line))
        else:
            level = int(typed.lastgroup[1:])
            body.append(w_p(line[typed.end() :], "1", level))
    return word_xml("".join(body), LEVELS)


def _document(lines: list[str], layout: str) -> tuple[bytes | str, str]:
    if layout == "docx":
        return paragraphs("\n".join(lines)), "要点.docx"
    if layout == "word_numbering":
        return _numbered(lines), "要点.docx"
    # copied text: paragraphs indented, parted by blank lines, headings flush
    body = [
        line if line[0] in "一二三（" or "单位" in line[:6] else f"　　{line}" for line in lines
    ]
    return "\n\n".join(body) + "\n", "要点.txt"


@pytest.mark.parametrize("layout", ["docx", "word_numbering", "txt"])
@pytest.mark.parametrize("wording", sorted(WORDINGS))
def test_a_duty_line_under_a_heading_owns_the_items_below_it(parse, wording, layout):
    lines, owners = WORDINGS[wording]
    content, name = _document(_plan(*lines), layout)
    commitments = commitments_of(parse(content, name))
    got = [c.text for c in commitments]
    assert len(commitments) == len(WANTED), got
    for c, (start, deadline, targets, whose) in zip(commitments, WANTED, strict=True):
        assert c.text.startswith(start), got
        assert "单位" not in c.text, c.text
        assert c.deadline == deadline, c.text
        assert [(int(t.value), t.unit) for t in c.targets] == targets, c.text
        lead, co = owners[whose] if isinstance(whose, int) else whose
        assert (c.owner, c.co_owners) == (lead, co), c.text
