# ruff: noqa: E501  (spoken sentences in Chinese run past the line limit)
"""Kinds of fault the thirteenth blind set found in a spoken speech (a 镇党委书记's 动员大会 speech,
recorded and typed out): its framing, memories and exhortations taken as pledges; festival and
spoken deadlines (``五一之前``, ``端午节前``, ``三季度要建成投产``); an official who 牵头 taken for
the owner, a time word glued to a unit, a helper in another clause lost. Each is written again in
wordings and layouts of its own (plain text and Word): none of these speeches copies the blind one."""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of
from tests.importer.docx_documents import paragraphs


def _parse(parse, text: str, kind: str):
    data = paragraphs(text) if kind == "docx" else text
    return commitments_of(parse(data, f"jianghua.{kind}"))


def _speech(year: int, *sections: str) -> str:
    numbers = "一二三四五六"
    body = "\n".join(f"第{numbers[i]}，{s}" for i, s in enumerate(sections))
    return (
        f"在全镇{year}年经济工作会议上的讲话\n（根据录音整理）\n同志们：\n"
        f"今天召开这个会，主要是把今年的工作部署下去。\n"
        f"一、{year - 1}年工作回顾\n{year - 1}年，全镇新建道路12公里，完成投资3亿元。\n"
        f"二、{year}年重点工作\n{body}\n同志们，任务已经明确，关键在落实。谢谢大家！\n"
    )


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


# -- 1. a speech's framing, memories and exhortations are no pledges ------------------------------

NARRATIVE = (
    "抓好产业发展。我们乡是山区乡，底子薄，这一点大家心里要有数。今年全乡要新建蔬菜大棚二百个，由农业办负责。"
    "我再说两句，大棚质量要过关，出了问题我就找谁。前年那次冰雹大家都还记得，损失很大。"
    "经发办要全年引进项目三个以上。",
    "办好民生实事。过去我们在养老上欠账不少，敬老院的床位占了不到需求的一半，这是个大问题。"
    "社会事务办要在九月底前新建日间照料中心两个。作风方面我多讲几句，有的同志下村少，这种情况我不想再看到。"
    "卫生院要把家庭医生签约率提高到百分之八十以上。",
)


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_speechs_framing_memories_and_exhortations_are_no_pledges(parse, kind):
    pledges = _parse(parse, _speech(2030, *NARRATIVE), kind)
    assert [p.text[:8] for p in pledges] == [
        "今年全乡要新建蔬",
        "经发办要全年引进",
        "社会事务办要在九",
        "卫生院要把家庭医",
    ]


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_a_pledge_that_opens_with_a_memory_or_a_call_stays_a_pledge(parse, kind):
    """A mark of speech does not drop a sentence that names an owner, a date or a target
    with its verb: ``大家要注意，安监办年底前要…``, ``去年干了一千亩，今年要新建…``."""
    pledges = _parse(
        parse,
        _speech(
            2030,
            "守牢安全底线。大家要注意，安监办年底前要完成八十家企业的隐患排查。"
            "去年我们干了一千亩，今年全镇要再新建高标准农田一千二百亩。",
        ),
        kind,
    )
    assert [(p.deadline, [(str(t.value), t.unit) for t in p.targets]) for p in pledges] == [
        (_day("2030-12-31"), [("80", "家")]),
        (_day("2030-12-31"), [("1200", "亩")]),
    ]


# -- 2. festival and spoken deadlines ---------------------------------------------------------------

SPOKEN_TIMES = [
    ("五一之前必须全部开工", "2030-04-30"),
    ("劳动节以前要全部开工", "2030-04-30"),
    ("国庆之前要全部建成", "2030-09-30"),
    ("汛期之前要全部完成", "2030-05-31"),
    # 端午 2030 falls on June 5, 中秋 on September 12 (the lunar calendar)
    ("端午节前要全部完工", "2030-06-04"),
    ("端午前要全部完工", "2030-06-04"),
    ("中秋之前要完成", "2030-09-11"),
    ("中秋节前要发放到位", "2030-09-11"),
]


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(("said", "due"), SPOKEN_TIMES)
def test_a_festival_said_in_a_speech_is_its_deadline(parse, kind, said, due):
    (pledge,) = _parse(
        parse, _speech(2030, f"抓好项目建设。村建办要新修村道六公里，{said}。"), kind
    )
    assert pledge.deadline == _day(due)


def test_a_lunar_festival_follows_the_plan_year(parse):
    """端午 2032 is June 12 (→ 06-11), 2031 June 24 (→ 06-23): the lunar date moves."""
    for year, due in ((2031, "2031-06-23"), (2032, "2032-06-11")):
        (pledge,) = _parse(
            parse, _speech(year, "抓好项目建设。端午节前，村建办要把老街改造完。"), "txt"
        )
        assert pledge.deadline == _day(due)


def test_the_spring_festival_keeps_the_year_end_and_warns(parse):
    """春节前 in a year's plan is the next 春节, after the plan year: the year end stands and a
    supervisor is told (the earlier decision, kept)."""
    parsed = parse(_speech(2030, "关心困难群众。民政办要在春节之前走访慰问困难户三百户。"), "a.txt")
    (pledge,) = commitments_of(parsed)
    assert pledge.deadline == _day("2030-12-31")
    assert any("春节之前" in w for w in parsed.documents[0].warnings)


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("今年全镇要扩种茶园五百亩，新的加工厂三季度要建成投产", "2030-09-30"),
        ("今年要新建冷库两座，二季度建成", "2030-06-30"),
        ("本年度要改造村道十公里，8月底前全部完工", "2030-08-31"),
    ],
)
def test_this_year_beside_a_spoken_quarter_gives_no_deadline_of_its_own(parse, kind, said, due):
    """``今年`` only names the plan year: the quarter or month said beside it is the deadline;
    ``全年``/``年内`` still time a whole (SPEC §3)."""
    (pledge,) = _parse(parse, _speech(2030, f"发展特色产业。{said}，由农技站牵头。"), kind)
    assert pledge.deadline == _day(due)


def test_the_whole_year_still_times_the_whole_beside_a_step(parse):
    (pledge,) = _parse(
        parse,
        _speech(2030, "抓好招商引资。经发办全年要引进项目五个，第一季度末完成首批签约。"),
        "txt",
    )
    assert pledge.deadline == _day("2030-12-31")
    assert [m.due for m in pledge.milestones] == [_day("2030-03-31")]


# -- 3. owners in spoken sentences ---------------------------------------------------------------

SPOKEN_OWNERS = [
    (
        "今年要新建农田一千亩，这件事由李镇长牵头，农业办具体抓，财政所、自然资源所要全力配合。",
        ("农业农村办公室", ["自然资源所", "财政所"]),
    ),
    (
        "今年要新建农田一千亩，分管副镇长牵头，水利站具体负责，财政所配合。",
        ("水利站", ["财政所"]),
    ),
    (
        "今年要改造危房八十户，由张书记亲自挂帅，村建办具体落实。",
        ("村建办", []),
    ),
    (
        "下半年交通办要把东西两村的路修通，全长四公里，自然资源所配合做好用地保障。",
        ("交通办", ["自然资源所"]),
    ),
    (
        "年底前经发办要引进亿元项目两个，财政所配合把资金保障好。",
        ("经济发展办公室", ["财政所"]),
    ),
    (
        "汛期前，水利站要加固山塘六处，应急办配合把物资备足。",
        ("水利站", ["应急管理办公室"]),
    ),
]


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(("sentence", "owners"), SPOKEN_OWNERS)
def test_a_spoken_sentence_names_its_owner_and_helpers(parse, kind, sentence, owners):
    """An official who 牵头 (镇长, 副镇长, 书记) leads as a leader, not a unit: the unit that
    具体抓/具体负责 owns the pledge; a time before a unit is not the unit's; a unit that 配合 in
    another clause of the sentence co-owns it."""
    (pledge,) = _parse(parse, _speech(2030, f"抓好重点工作。{sentence}"), kind)
    assert (pledge.owner, sorted(pledge.co_owners)) == (owners[0], sorted(owners[1]))


# -- 4. prose left by the twelfth set --------------------------------------------------------------


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(
    "said",
    ["今冬明春完成小型农田水利设施修缮30处", "抓住今冬明春有利时机，整治山塘水库12座"],
)
def test_this_winter_and_next_spring_ends_with_next_spring(parse, kind, said):
    """``今冬明春`` runs from this winter to the end of next spring: the next year's 05-31 (the
    meteorological spring, as ``春季`` ends); ``冬春`` alone recurs and names no date."""
    text = f"2031年青山镇重点工作安排\n一、农业农村\n1.{said}。\n2.开展冬春植树造林500亩。\n"
    first, second = _parse(parse, text, kind)
    assert (first.deadline, second.deadline) == (_day("2032-05-31"), _day("2031-12-31"))


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(
    ("line", "owners"),
    [
        ("责任单位：民政办、财政所牵头", ("社会事务办公室", ["财政所"])),
        ("责任单位：村建办、水利站、交通办牵头", ("村建办", ["交通办", "水利站"])),
        ("建设单位：青山水务有限公司", ("青山水务有限公司", [])),
        ("建设单位：镇村建办", ("镇村建办", [])),
    ],
)
def test_an_owner_line_without_brackets(parse, kind, line, owners):
    """``责任单位：X、Y牵头``: the units before 牵头 lead together, the first named is the lead
    and the others co-own (as for several units without roles); ``建设单位：`` names the owner
    of a project as ``实施单位：`` does."""
    text = f"2031年青山镇重点项目安排\n1.新建污水管网5公里。\n{line}\n完成时限：10月底前\n2.改造农村公路12公里。\n责任单位：交通办\n"
    first = _parse(parse, text, kind)[0]
    assert first.text.startswith("新建污水管网5公里")
    assert (first.owner.removeprefix("镇") if first.owner else None, sorted(first.co_owners)) == (
        owners[0].removeprefix("镇"),
        sorted(owners[1]),
    )


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(
    "contact",
    ["联系人：王明，电话：0571-88886666", "联系人：李华 13800001111", "咨询电话：0571-86625109"],
)
def test_a_contact_line_between_items_is_no_part_of_them(parse, kind, contact):
    text = (
        "2031年青山镇为民办实事项目\n1.新建农贸市场1个，建筑面积3000平方米。\n"
        f"{contact}\n2.改造老旧小区3个，惠及居民600户。\n{contact}\n"
    )
    pledges = _parse(parse, text, kind)
    assert [p.text for p in pledges] == [
        "新建农贸市场1个，建筑面积3000平方米。",
        "改造老旧小区3个，惠及居民600户。",
    ]


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_an_owner_sentence_mid_paragraph_owns_the_pledges_before_it(parse, kind):
    text = (
        "2031年青山镇工作要点\n（一）产业发展。新建大棚50栋。发展林下经济2000亩。"
        "镇农业办负责，林业站配合。引进企业5家，经发办负责。\n"
    )
    pledges = _parse(parse, text, kind)
    assert [(p.owner, p.co_owners) for p in pledges] == [
        ("农业农村办公室", ["林业站"]),
        ("农业农村办公室", ["林业站"]),
        ("经济发展办公室", []),
    ]


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize(
    "closing",
    [
        "3月底前启动，9月底前完成。",
        "一季度开工，三季度末前完工。",
        "4月底前完成招标，9月30日前建成投用。",
    ],
)
def test_a_closing_sentence_of_start_and_finish_times_the_item_by_its_finish(parse, kind, closing):
    text = (
        "2031年青山镇工作要点\n（一）项目建设。新建文化广场1处。\n"
        f"（二）道路建设。改造通村公路8公里。{closing}\n"
    )
    square, road = _parse(parse, text, kind)
    assert road.text.startswith("改造通村公路8公里")
    assert road.deadline == _day("2031-09-30")
    assert [(str(t.value), t.unit) for t in road.targets] == [("8", "公里")]
