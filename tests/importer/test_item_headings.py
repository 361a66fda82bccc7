"""Item heading series (SPEC §3): a repeated heading ``<word><number>`` at a line's start, each
over labelled lines of its own, starts one pledge per heading — the kind of fault the eighteenth
blind set found (``议案一：关于…的议案（领衔代表：…）`` over ``办理目标/办理单位/协办单位/责任领导/
办结时限``, :mod:`tests.importer.test_blind18`), written again in wordings and layouts of its own:
none of these documents copies the blind one.

What a user sees: as many pledges as headings, each with the owner, co-owners, official and time
of its own labelled lines (not the next items' ones); the heading's number and the proposer
(``领衔代表``, ``提案人``) in no text, no owner; the principles and requirements of the work
(``一、办理原则``, ``三、工作要求``) no pledges. An ordinary numbered list, a single heading, and
``第一章`` chapters are read as before.
"""

from __future__ import annotations

import datetime

import pytest

from tests.importer.conftest import commitments_of

D = datetime.date

#: (title, content, lead, co-owners, official, time as written, deadline)
ITEMS = [
    (
        "关于新建青石小学风雨操场的议案",
        "新建风雨操场1座，建筑面积1200平方米。",
        "社事办",
        ["财政所"],
        "副镇长 王立",
        "2038年8月底前",
        D(2038, 8, 31),
    ),
    (
        "关于改造河口村饮水管网的议案",
        "改造供水管网9公里，受益群众2600户。",
        "水利站",
        ["河口村", "财政所"],
        "副镇长 何平",
        "2038年6月30日前",
        D(2038, 6, 30),
    ),
    (
        "关于增设镇区公共停车场的议案",
        "新增公共停车位260个。",
        "村镇建设办公室",
        ["派出所"],
        "镇党委委员 孙芳",
        "三季度末",
        D(2038, 9, 30),
    ),
    (
        "关于建设老年助餐点的议案",
        "建成村级老年助餐点8个。",
        "民政办",
        [],
        "副镇长 何平",
        "长期坚持",
        D(2038, 12, 31),
    ),
]
COUNTS = ["1200平方米", "9公里", "260个", "8个"]
#: The owners as the catalog names them (社事办 and 民政办 are its 社会事务办公室).
OWNERS = ["社会事务办公室", "水利站", "村镇建设办公室", "社会事务办公室"]
CN = "一二三四"

NOTICE = (
    "柳溪镇人民政府\n关于印发《柳溪镇2038年{kind}办理工作方案》的通知\n\n"
    "各办站所，各村（社区）：\n现将方案印发给你们，请认真抓好落实。\n\n"
    "柳溪镇人民政府\n2038年2月18日\n\n柳溪镇2038年{kind}办理工作方案\n\n"
    "镇人大会议期间代表共提出{kind}9件，确定交由镇人民政府办理的4件。\n\n"
)
PRINCIPLES = (
    "一、办理原则\n坚持依法办理、注重实效，做到件件有落实、事事有回音。"
    "对一时难以解决的，向代表说明情况。\n\n"
)
REQUIREMENTS = (
    "三、工作要求\n（一）加强领导。各办理单位主要负责人为第一责任人，要在3月20日前与代表见面。\n"
    "（二）按时办结。各单位每月底前报送办理进展，代表满意率力争达到100%。\n\n"
    "联系人：镇党政办 李明  联系电话：0000-1234567\n"
)


def _lines(labels: list[tuple[str, str]]) -> str:
    return "".join(f"{label}：{value}\n" for label, value in labels if value)


def _proposals() -> str:
    """议案一：关于…的议案（领衔代表：…） over 办理目标/办理单位/协办单位/责任领导/办结时限."""
    body = []
    for i, (title, content, lead, co, official, due, _) in enumerate(ITEMS):
        body.append(
            f"议案{CN[i]}：{title}（领衔代表：张{CN[i]}等3名代表）\n"
            + _lines(
                [
                    ("办理目标", content),
                    ("办理单位", lead),
                    ("协办单位", "、".join(co)),
                    ("责任领导", official),
                    ("办结时限", due),
                ]
            )
            + "\n"
        )
    return (
        NOTICE.format(kind="人大代表议案")
        + PRINCIPLES
        + "二、议案办理分工\n\n"
        + "".join(body)
        + REQUIREMENTS
    )


def _tasks() -> str:
    """任务1： (Arabic, a full-width colon) with its title; time first, the content line last."""
    body = []
    for i, (title, content, lead, co, official, due, _) in enumerate(ITEMS, start=1):
        body.append(
            f"任务{i}：{title.removeprefix('关于').removesuffix('的议案')}\n"
            + _lines(
                [
                    ("完成时限", due),
                    ("责任单位", lead),
                    ("配合单位", "、".join(co)),
                    ("责任领导", official),
                    ("目标", content),
                ]
            )
        )
    return "柳溪镇2038年重点任务清单\n\n" + "".join(body)


def _matters_without_titles() -> str:
    """事项一 alone on its line: the 内容 line under it is the pledge."""
    body = []
    for i, (_title, content, lead, co, official, due, _) in enumerate(ITEMS):
        body.append(
            f"事项{CN[i]}\n"
            + _lines(
                [
                    ("内容", content),
                    ("牵头单位", lead),
                    ("协办单位", "、".join(co)),
                    ("包保领导", official),
                    ("时限要求", due),
                ]
            )
        )
    return "柳溪镇2038年为民办实事事项\n\n" + "\n".join(body)


def _motions() -> str:
    """提案1 关于… (a space, no colon; 提案人 in brackets), 承办单位 before the content line."""
    body = []
    for i, (title, content, lead, co, official, due, _) in enumerate(ITEMS, start=1):
        body.append(
            f"提案{i} {title.replace('议案', '提案')}（提案人：刘{CN[i - 1]}）\n"
            + _lines(
                [
                    ("承办单位", lead),
                    ("工作目标", content),
                    ("协办单位", "、".join(co)),
                    ("办结时限", due),
                    ("分管领导", official),
                ]
            )
            + "\n"
        )
    return "柳溪镇政协委员提案2038年办理计划\n\n" + "".join(body)


def _works_in_chapters() -> str:
    """工程一、 inside chapters (一、 二、), numbered on across them, 建设内容 lines."""
    chapters = ["一、教育民生工程\n", "二、基础设施工程\n"]
    text = "柳溪镇2038年重点工程实施方案\n\n"
    for i, (title, content, lead, co, official, due, _) in enumerate(ITEMS):
        if i % 2 == 0:
            text += chapters[i // 2]
        text += f"工程{CN[i]}、{title.removeprefix('关于').removesuffix('的议案')}\n" + _lines(
            [
                ("建设内容", content),
                ("实施单位", lead),
                ("配合单位", "、".join(co)),
                ("责任领导", official),
                ("完成时间", due),
            ]
        )
    return text


def _suggestions_boxed() -> str:
    """【建议1】 (Arabic in 【】) with its title after it, 建议人 on its own line."""
    body = []
    for i, (title, content, lead, co, official, due, _) in enumerate(ITEMS, start=1):
        body.append(
            f"【建议{i}】{title.replace('议案', '建议')}\n"
            + _lines(
                [
                    ("建议人", f"赵{CN[i - 1]}"),
                    ("办理目标", content),
                    ("办理单位", lead),
                    ("协办单位", "、".join(co)),
                    ("办结时限", due),
                    ("责任领导", official),
                ]
            )
        )
    return "柳溪镇2038年代表建议办理清单\n\n" + "\n".join(body)


LAYOUTS = {
    "议案一： over 办理 labels, 办理原则 and 工作要求 around": _proposals,
    "任务1： with the content line last": _tasks,
    "事项一 alone on its line": _matters_without_titles,
    "提案1 and a space, 承办单位 first": _motions,
    "工程一、 inside chapters": _works_in_chapters,
    "【建议1】 with 建议人": _suggestions_boxed,
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_each_heading_of_a_series_is_a_pledge_with_its_own_labels(parse, layout):
    pledges = commitments_of(parse(LAYOUTS[layout](), "plan.txt"))
    texts = [p.text for p in pledges]
    assert len(pledges) == len(ITEMS), texts
    for pledge, item, count, owner in zip(pledges, ITEMS, COUNTS, OWNERS, strict=True):
        _title, content, _lead, co, official, _due, deadline = item
        assert count in pledge.text, texts
        assert content.rstrip("。") in pledge.text
        assert pledge.owner == owner
        assert len(pledge.co_owners) == len(co), (pledge.co_owners, co)
        assert pledge.official == official
        assert pledge.deadline == deadline
        for word in ("议案一", "议案", "任务1", "事项", "提案1", "工程", "建议1", "【"):
            assert not pledge.text.startswith(word), pledge.text
        assert "领衔代表" not in pledge.text and "提案人" not in pledge.text
        assert "建议人" not in pledge.text
        assert not any(t.unit == "名" for t in pledge.targets), pledge.targets


def test_a_headings_title_heads_its_content(parse):
    pledges = commitments_of(parse(_proposals(), "plan.txt"))
    assert pledges[0].text.startswith("关于新建青石小学风雨操场的议案"), pledges[0].text
    assert "张一" not in pledges[0].text
    assert [(t.value, t.unit) for t in pledges[1].targets][:1] == [(9, "公里")]


def test_principles_and_requirements_of_the_work_are_no_pledges(parse):
    parsed = parse(_proposals(), "plan.txt")
    texts = [p.text for p in commitments_of(parsed)]
    assert not any("依法办理" in t or "满意率" in t or "见面" in t for t in texts), texts


def test_series_inside_chapters_keeps_the_chapters(parse):
    (doc,) = parse(_works_in_chapters(), "plan.txt").documents
    assert [s.title for s in doc.sections] == ["教育民生工程", "基础设施工程"]
    assert [len(s.commitments) for s in doc.sections] == [2, 2]


# -- what is no series ----------------------------------------------------------------------


def test_an_ordinary_numbered_list_is_read_as_before(parse):
    text = (
        "柳溪镇2038年重点工作\n"
        "1.新建社区食堂2个。\n牵头单位：民政办\n完成时限：6月底前\n"
        "2.改造农村公路12公里。\n牵头单位：交通站\n完成时限：10月底前\n"
        "3.任务3项全部办结。\n牵头单位：党政办\n完成时限：年底前\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges] == [
        "新建社区食堂2个。",
        "改造农村公路12公里。",
        "任务3项全部办结。",
    ]
    assert [p.deadline for p in pledges] == [D(2038, 6, 30), D(2038, 10, 31), D(2038, 12, 31)]


def test_a_single_heading_starts_no_series(parse):
    text = (
        "柳溪镇2038年重点工作\n"
        "（一）教育\n任务1：新建幼儿园1所，新增学位180个。\n牵头单位：社事办\n完成时限：8月底前\n"
        "（二）交通\n改造农村公路12公里。\n牵头单位：交通站\n完成时限：10月底前\n"
    )
    school, road = commitments_of(parse(text))
    assert "任务1：新建幼儿园1所，新增学位180个。" in school.text  # its own words, not a heading
    assert school.owner == "社会事务办公室" and school.deadline == D(2038, 8, 31)
    assert road.owner == "交通站" and road.deadline == D(2038, 10, 31)


def test_headings_without_labels_are_sentences_still(parse):
    text = (
        "柳溪镇2038年重点工作\n"
        "一、教育\n问题1：幼儿园学位不足，新建幼儿园1所。\n问题2：校车不够，新增校车3辆。\n"
        "二、交通\n改造农村公路12公里。\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges] == [
        "问题1：幼儿园学位不足，新建幼儿园1所。",
        "问题2：校车不够，新增校车3辆。",
        "改造农村公路12公里。",
    ]


def test_chapters_numbered_di_yi_zhang_are_no_series(parse):
    text = (
        "柳溪镇2038年重点工作安排\n"
        "第一章 教育\n1.新建幼儿园1所。（牵头单位：社事办）\n"
        "2.新增校车3辆。（牵头单位：社事办）\n"
        "第二章 交通\n3.改造农村公路12公里。（牵头单位：交通站）\n"
    )
    pledges = commitments_of(parse(text))
    assert [p.text for p in pledges] == ["新建幼儿园1所。", "新增校车3辆。", "改造农村公路12公里。"]
