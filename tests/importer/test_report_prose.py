# ruff: noqa: E501  (report sentences in Chinese run past the line limit)
"""A 政府工作报告's prose (blind19's 鹭坪镇 report, in wordings of our own): paragraphs of
``一是…。二是…。`` items whose owners follow in prose (``由农业办牵头，…配合``) or in a
sentence of their own (``经发办负责，财政所配合。``), times that time one step of a pledge, a
phase's name (``二期``), and the closing paragraph that tells units to carry the plan out
(SPEC §3). Read from plain text, Word and PDF alike."""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs
from tests.importer.table_documents import pdf

YEAR = 2036


def _report(*sections: str, year: int = YEAR) -> str:
    numbers = "一二三四"
    body = "\n".join(
        f"（{numbers[i]}）{title}\n{paragraph}" for i, (title, paragraph) in enumerate(sections)
    )
    return (
        f"青石镇{year}年政府工作报告\n各位代表：\n一、{year - 1}年工作回顾\n"
        f"{year - 1}年，全镇新建道路12公里。\n二、{year}年工作安排\n"
        f"今年政府工作的总体要求是：坚持稳中求进。重点抓好以下几个方面工作：\n{body}\n"
        "各位代表！让我们凝心聚力，为建设幸福青石而努力奋斗！\n"
    )


def _document(text: str, kind: str) -> bytes | str:
    if kind == "docx":
        return paragraphs(text)
    if kind == "pdf":
        return pdf([("line", line) for line in text.splitlines()])
    return text


def _pledges(parse, text: str, kind: str):
    return commitments_of(parse(_document(text, kind), f"report.{kind}"))


def _find(found, phrase: str):
    matches = [c for c in found if phrase in c.text]
    assert len(matches) == 1, (phrase, [c.text for c in found])
    return matches[0]


def _day(month: int, day: int) -> datetime.date:
    return datetime.date(YEAR, month, day)


YEAR_END = _day(12, 31)

# Each paragraph: items after their lead phrases, owners in prose or in a sentence after the
# item; (phrase of the pledge, owner, co-owners, deadline) for each item.
OWNER_PARAGRAPHS = [
    (
        (
            "壮大镇域经济",
            "一是抓好招商引资。全年新引进项目12个，由经发办牵头，便民服务中心、自然资源所配合。"
            "二是做强园区平台。新建标准厂房3万平方米，新增规上工业企业4家。经发办负责，财政所配合。"
            "三是培育商贸业态。建成村级电商服务站9个，网络零售额增长12%以上。"
            "经发办负责，各村（社区）配合，10月中旬前建成投用。",
        ),
        [
            ("新引进项目12个", "经济发展办公室", ["便民服务中心", "自然资源所"], YEAR_END),
            ("新建标准厂房3万平方米", "经济发展办公室", ["财政所"], YEAR_END),
            ("电商服务站9个", "经济发展办公室", ["各村（社区）"], _day(10, 20)),
        ],
    ),
    (
        (
            "建设和美乡村",
            "一是稳住粮食生产。新建高标准农田三千亩，由农业办牵头，财政所配合。"
            "二是改善人居环境。完成农村户厕改造260户，新建污水管网8公里。"
            "生态环境办负责，农业办、各村配合。",
        ),
        [
            ("高标准农田三千亩", "农业农村办公室", ["财政所"], YEAR_END),
            ("户厕改造260户", "生态环境办公室", ["农业农村办公室", "各村"], YEAR_END),
        ],
    ),
    (
        (
            "完善基础设施",
            # the owner sentence on a line of its own, as a PDF's lines may leave it
            "一是抓好防汛水利。汛期前完成河堤加固3公里，整治病险山塘6座。\n"
            "水利站负责，应急办配合。二是完善交通路网。新改建农村公路15公里，由村镇建设办牵头，"
            "财政所配合。",
        ),
        [
            ("河堤加固3公里", "水利站", ["应急管理办公室"], _day(5, 31)),
            ("农村公路15公里", "村镇建设办", ["财政所"], YEAR_END),
        ],
    ),
    (
        (
            "提升群众获得感",
            # no lead phrases: a sentence that names its own lead keeps it
            "城镇新增就业900人，由社事办牵头，劳动保障所配合。新建村级幸福食堂5个，"
            "发放临时救助金80万元。社事办负责，财政所、各村配合，11月上旬前完成。",
        ),
        [
            ("新增就业900人", "社会事务办公室", ["劳动保障所"], YEAR_END),
            ("幸福食堂5个", "社会事务办公室", ["财政所", "各村"], _day(11, 10)),
        ],
    ),
]


@pytest.mark.parametrize("kind", ["txt", "docx", "pdf"])
def test_an_owner_sentence_belongs_to_the_item_it_follows(parse, kind):
    """``一是X。S1，由A牵头。二是Y。S2。B负责，C配合。``: B and C own S2 only; S1 keeps A, and
    the owner sentence (with its time, ``10月中旬前建成投用``) is no pledge of its own."""
    text = _report(*(section for section, _ in OWNER_PARAGRAPHS))
    found = _pledges(parse, text, kind)
    expected = [item for _, items in OWNER_PARAGRAPHS for item in items]
    assert len(found) == len(expected), [c.text for c in found]
    for phrase, owner, co_owners, deadline in expected:
        pledge = _find(found, phrase)
        assert (pledge.owner, pledge.co_owners, pledge.deadline) == (
            owner,
            co_owners,
            deadline,
        ), phrase
        assert "负责" not in pledge.text.rsplit("。", 2)[-1] or "由" in pledge.text


# (sentence, deadline, milestone dates, targets as (value, unit))
STEP_TIMES = [
    (
        "鹭坪产业园新建标准厂房4.5万平方米，9月底前完成二期道路及管网配套，新增规上工业企业5家。",
        YEAR_END,
        [_day(9, 30)],
        [("4.5", "万平方米"), ("5", "家")],
    ),
    (
        "新改建农村公路18公里，实施危桥改造3座，国庆前建成青石大桥并通车，由村镇建设办牵头，财政所配合。",
        YEAR_END,
        [_day(9, 30)],
        [("18", "公里"), ("3", "座")],
    ),
    (
        "改造老旧小区4个，6月底前完成三期工程主体施工，新增公共停车位120个。",
        YEAR_END,
        [_day(6, 30)],
        [("4", "个"), ("120", "个")],
    ),
    # the sentence's last clause: its time is the pledge's (a closing time, whatever it names)
    (
        "新建村级养老服务站4个，9月底前完成镇卫生院门诊楼改造。",
        _day(9, 30),
        [],
        [("4", "个")],
    ),
    # a time opening the sentence times all of it
    (
        "汛期前完成河堤加固2.6公里，整治病险山塘9座。",
        _day(5, 31),
        [],
        [("2.6", "公里"), ("9", "座")],
    ),
    # the first work after framing or owners: its time times all of it
    (
        "由农业办牵头、水利站配合，6月底前完成3000亩高标准农田建设任务，亩均投入提高到2000元。",
        _day(6, 30),
        [],
        [("3000", "亩"), ("2000", "元")],
    ),
    (
        "发展特色产业，10月底前新增中药材种植500亩，培育农民专业合作社示范社2家。",
        _day(10, 31),
        [],
        [("500", "亩"), ("2", "家")],
    ),
    # a closing clause that only completes the pledge times it
    (
        "新建养老服务中心1个、新增床位60张，10月底前投入使用。",
        _day(10, 31),
        [],
        [("1", "个"), ("60", "张")],
    ),
    ("新建村级幸福食堂4个，11月底前建成投运。", _day(11, 30), [], [("4", "个")]),
    (
        "今年扩种油菜八百亩，加工厂三季度要建成投产。",
        _day(9, 30),
        [],
        [("800", "亩")],
    ),
]


@pytest.mark.parametrize(("sentence", "deadline", "milestones", "targets"), STEP_TIMES)
def test_a_time_inside_a_clause_times_its_step(parse, sentence, deadline, milestones, targets):
    """A dated time in a middle clause that names its own work (``9月底前完成二期道路及管网配套``,
    a target before it and more said after it) is that step's milestone and the pledge runs to
    the year end; a time opening the sentence's work (after framing or owners or not), in its
    last clause, or in a clause that only completes the pledge is its deadline. A phase's name (``二期``, ``三期工程``) is no count."""
    text = _report(("重点工作", f"一是抓好重点工作。{sentence}二是做好民生保障。新建村卫生室2个。"))
    pledge, _other = _pledges(parse, text, "txt")
    assert pledge.deadline == deadline
    assert [m.due for m in pledge.milestones] == milestones
    assert sorted((f"{t.value.normalize():f}", t.unit) for t in pledge.targets) == sorted(targets)


@pytest.mark.parametrize(
    ("sentence", "targets"),
    [
        ("启动产业园三期工程建设，新增工业用地80亩。", [("80", "亩")]),
        ("建成一期项目并投产，实现产值2亿元。", [("2", "亿元")]),
        ("完成2期道路配套工程，新增企业3家。", [("3", "家")]),
        ("举办创业培训班4期，培训返乡青年200人。", [("4", "期"), ("200", "人")]),
    ],
)
def test_a_phase_is_a_name_not_a_count(parse, sentence, targets):
    text = _report(("重点工作", f"一是抓好重点工作。{sentence}二是做好民生保障。新建村卫生室2个。"))
    pledge, _other = _pledges(parse, text, "txt")
    assert sorted((f"{t.value.normalize():f}", t.unit) for t in pledge.targets) == sorted(targets)


def _points(heading: str, numbering: str) -> str:
    """A 街道 工作要点 with items under 【一】/① (or （一）/①, or ① alone) and a closing
    paragraph that tells units to carry it out."""
    items = [
        "新引进注册企业80家（牵头：经发科，配合：财政所，时限：12月底前）。",
        "完成老旧小区改造5个（牵头：城建科，配合：各社区，时限：10月底前）。",
    ]
    if numbering == "boxed":
        body = f"【一】聚焦发展\n①{items[0]}\n【二】聚焦民生\n①{items[1]}"
    elif numbering == "paren":
        body = f"（一）聚焦发展\n①{items[0]}\n（二）聚焦民生\n①{items[1]}"
    else:
        body = f"①{items[0]}\n②{items[1]}"
    return (
        f"青石街道{YEAR}年工作要点\n现将{YEAR}年工作要点明确如下：\n{body}\n{heading}\n"
        f"青石街道办事处\n{YEAR}年1月20日\n"
    )


@pytest.mark.parametrize("numbering", ["boxed", "paren", "circled"])
@pytest.mark.parametrize(
    "closing",
    [
        "各科室、各社区要对照本要点，细化工作措施，明确进度安排，每季度末将推进情况报街道党政办，街道将适时开展督查。",
        "各社区要按照本方案要求，压实工作责任，每月25日前报送推进情况。",
    ],
)
@pytest.mark.parametrize("kind", ["txt", "html"])
def test_the_closing_carry_out_paragraph_is_no_pledge(parse, numbering, closing, kind):
    text = _points(closing, numbering)
    if kind == "html":
        lines = "".join(f"<p>{line}</p>" for line in text.splitlines()[1:])
        text = (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f"<title>青石街道{YEAR}年工作要点</title></head><body><div class='article'>"
            f"<h1>青石街道{YEAR}年工作要点</h1>{lines}</div></body></html>"
        )
    found = _pledges(parse, text, kind)
    assert [c.owner for c in found] == ["经发科", "城建科"], [c.text for c in found]
