"""Stored corrections applied to a parsed plan (no database): each names its pledge by
wording and acts on the first pledge of that wording in the plan."""

from __future__ import annotations

from commitments.services.plan_import.edits import Correction, apply, key_of
from commitments.services.plan_import.matching import fingerprint

SPEECH = (
    "镇长在经济工作会议上的讲话\n同志们：\n二、2025年工作安排\n"
    "（一）抓产业。新建温室大棚20栋。做好安全生产工作。引进项目5个。\n"
    "（二）抓民生。做好安全生产工作。新建村级养老服务站3个。建成冷链仓储中心一处。\n"
    "同志们！谢谢大家！\n"
)


def texts(doc) -> list[list[str]]:
    return [[c.text for c in s.commitments] for s in doc.sections]


def test_a_correction_acts_on_the_first_pledge_of_its_wording_then_on_the_pledges_it_made(
    parse,
):
    doc = parse(SPEECH).documents[0]
    repeated = key_of(doc.sections[0].commitments[1])
    merged = key_of(doc.sections[1].commitments[1])
    apply(
        doc,
        [
            Correction("drop", repeated),  # the first 做好安全生产工作 only
            Correction("merge", merged),  # 养老服务站 with the pledge after it
            Correction("drop", "no such wording"),
        ],
        2025,
    )
    assert texts(doc) == [
        ["新建温室大棚20栋。", "引进项目5个。"],
        ["做好安全生产工作。", "新建村级养老服务站3个。建成冷链仓储中心一处。"],
    ]
    assert [c.code for c in doc.sections[0].commitments] == ["2025-01-01", "2025-01-02"]


def test_a_later_correction_finds_a_pledge_an_earlier_one_made(parse):
    doc = parse(SPEECH).documents[0]
    first, second = doc.sections[1].commitments[1:3]
    made = fingerprint(first.text + second.text)
    apply(doc, [Correction("merge", key_of(first)), Correction("drop", made)], 2025)
    assert texts(doc)[1] == ["做好安全生产工作。"]
