"""Small cases found while annotating the unseen documents, one rule each."""

from __future__ import annotations

from tests.importer.unseen import counts, day


def test_labels_in_brackets_after_a_full_stop_belong_to_the_whole_item(parse):
    text = (
        "2025年重点工作任务\n"
        "1.新建光伏电站5兆瓦。年底前并网发电。（责任单位：经发办；完成时限：10月底前）\n"
        "2.新建养老服务站2处。（责任单位：社会事务办）\n"
    )
    doc = parse(text).documents[0]
    assert counts(doc) == [2]
    solar, homes = doc.sections[0].commitments
    assert solar.text == "新建光伏电站5兆瓦。年底前并网发电。"
    assert (solar.owner, solar.owner_source, solar.deadline) == (
        "经济发展办公室",
        "explicit",
        day("2025-10-31"),
    )
    assert homes.owner == "社会事务办公室"


def test_a_section_that_is_only_its_heading_is_one_pledge(parse):
    doc = parse("关于2025年工作的安排\n第一，抓好项目建设。第二，抓好民生。新增就业岗位200个。\n")
    doc = doc.documents[0]
    assert [s.title for s in doc.sections] == ["抓好项目建设", "抓好民生"]
    assert [[c.text for c in s.commitments] for s in doc.sections] == [
        ["抓好项目建设。"],
        ["新增就业岗位200个。"],
    ]
